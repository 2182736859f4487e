import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCaseMeta } from '../../data/hooks/use-case.ts';
import { useSetting } from '../../data/hooks/use-setting.ts';
import {
  estimateStorage,
  persistenceStatus,
  type PersistResult,
  type StorageEstimateResult,
} from '../../platform/storage.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { currentIosEnv, evictionRisk } from '../../platform/ios-eviction.ts';
import { formatPercent } from './percent.ts';

/** Above this share of the quota, new recordings and photos may no longer fit (quota errors). */
const NEAR_FULL = 0.8;

const MB = 1024 * 1024;

/** Megabytes in the UI language, e.g. "1.2 MB"; phones report storage in binary steps. */
function formatMegabytes(bytes: number, lng: string, fractionDigits: number): string {
  return new Intl.NumberFormat(lng, {
    style: 'unit',
    unit: 'megabyte',
    unitDisplay: 'short',
    maximumFractionDigits: fractionDigits,
  }).format(bytes / MB);
}

type PersistView = 'checking' | 'granted' | 'denied' | 'unsupported' | 'notAsked';

/** What the browser says now wins; the stored answer tells "asked and refused" from "not asked yet". */
function persistView(live: PersistResult | null, asked: boolean): PersistView {
  if (live === null) return 'checking';
  if (live === 'granted' || live === 'unsupported') return live;
  return asked ? 'denied' : 'notAsked';
}

export function StorageSection() {
  const { t } = useTranslation('myData');
  const lng = useLanguage();
  const meta = useCaseMeta();
  const stored = useSetting('persistResult');
  const [live, setLive] = useState<PersistResult | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimateResult | null | 'checking'>('checking');
  const [risk] = useState(() => evictionRisk(currentIosEnv()));
  const storedValue = stored.loaded ? stored.value : undefined;

  // Asked again when the stored answer changes (a first save just requested persistence).
  useEffect(() => {
    let active = true;
    void persistenceStatus().then((r) => active && setLive(r));
    void estimateStorage().then((e) => active && setEstimate(e));
    return () => {
      active = false;
    };
  }, [storedValue]);

  const persist = stored.loaded ? persistView(live, stored.value !== undefined) : 'checking';

  return (
    <section className="my-data__section" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <dl className="my-data__facts">
        <dt>{t('storage.persist.label')}</dt>
        <dd data-testid="persist-status" data-status={persist}>
          {t(`storage.persist.${persist}`)}
          {risk && (
            <span className="my-data__problem my-data__block" data-testid="persist-safari">
              {t('safari.storage')}
            </span>
          )}
        </dd>
        <dt>{t('storage.estimate.label')}</dt>
        <dd data-testid="storage-estimate">
          {estimate === 'checking'
            ? t('storage.estimate.checking')
            : estimate === null
              ? t('storage.estimate.unknown')
              : t('storage.estimate.value', {
                  usage: formatMegabytes(estimate.usage, lng, 1),
                  quota: formatMegabytes(estimate.quota, lng, 0),
                })}
          {estimate !== 'checking' && estimate !== null && estimate.quota > 0 && (
            <Gauge usage={estimate.usage} quota={estimate.quota} />
          )}
        </dd>
        <dt>{t('storage.timeZone.label')}</dt>
        <dd>
          <span data-testid="case-timezone">{meta?.timeZone ?? ''}</span>
          <span className="my-data__muted my-data__block">{t('storage.timeZone.body')}</span>
        </dd>
      </dl>
    </section>
  );
}

function Gauge({ usage, quota }: { readonly usage: number; readonly quota: number }) {
  const { t } = useTranslation('myData');
  const lng = useLanguage();
  const ratio = Math.min(1, usage / quota);
  const near = ratio >= NEAR_FULL;
  return (
    <>
      <meter
        className="my-data__gauge"
        data-testid="storage-gauge"
        min={0}
        max={1}
        low={0.6}
        high={NEAR_FULL}
        optimum={0}
        value={ratio}
        aria-label={t('gauge.label')}
      />
      {near && (
        <span className="my-data__problem my-data__block" data-testid="storage-near-full">
          {t('gauge.near', { percent: formatPercent(ratio, lng) })}
        </span>
      )}
    </>
  );
}
