import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../data/store/store-context.tsx';
import { useCaseMeta } from '../../data/hooks/use-case.ts';
import { useChainHead } from '../../data/hooks/use-evidence.ts';
import { useSetting } from '../../data/hooks/use-setting.ts';
import { formatBytes } from '../../i18n/format.ts';
import { CaseHeadPanel } from './case-head-panel.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { backupLevel } from './backup-nudge.ts';
import { backupUrgent, useBackupDue } from './backup-reminder.ts';
import { currentIosEnv, evictionRisk } from '../../platform/ios-eviction.ts';
import { EncryptOption, useEncryptOption } from './encrypt-option.tsx';
import { packMedia } from './pack-media.ts';
import { ProgressLine } from './progress-line.tsx';
import { usePackExport, type PackExportState } from './use-pack-export.ts';

/**
 * Make a case pack (progress, cancel), optionally encrypted with a passphrase, then save or share it; reminds when
 * evidence is newer than the backup.
 */
export function PackSection() {
  const { t } = useTranslation('myData');
  const store = useStore();
  const { db } = store;
  const meta = useCaseMeta();
  const head = useChainHead();
  const lastExport = useSetting('lastExportAt');
  const media = useMemo(() => packMedia(store), [store]);
  const timeZone = meta?.timeZone ?? 'Asia/Shanghai';
  const { state, build, cancel, save } = usePackExport(store, media, timeZone);
  const now = useMemo(() => store.clock.now(), [store]);
  const lastHead = useSetting('lastExportHead');
  const encrypt = useEncryptOption();
  const risk = useMemo(() => evictionRisk(currentIosEnv()), []);
  const onBuild = async () => {
    const passphrase = encrypt.take();
    if (passphrase === null) return;
    if ((await build(passphrase)) && passphrase !== undefined) encrypt.forget();
  };
  const due = useBackupDue(
    db,
    head?.hash ?? null,
    {
      at: lastExport.loaded ? lastExport.value : undefined,
      head: lastHead.loaded ? lastHead.value : undefined,
    },
    now,
  );

  const level = backupLevel(due);

  return (
    <section className="my-data__section" aria-labelledby="pack-title" data-testid="pack-section">
      <h2 id="pack-title">{t('pack.title')}</h2>
      <p className="my-data__muted">{t('pack.body')}</p>
      {due && level !== 'none' && (
        <p
          className={`my-data__reminder${level === 'nudge' ? ' my-data__reminder--nudge' : ''}`}
          data-testid="backup-reminder"
          data-level={level}
        >
          {due.days === null
            ? t('pack.reminderNever', { count: due.count })
            : t('pack.reminder', {
                count: due.count,
                days: due.days === 0 ? t('pack.today') : t('pack.daysAgo', { count: due.days }),
              })}
          {level === 'nudge' && <span className="my-data__block">{t('pack.nudge')}</span>}
          {backupUrgent(due, risk) && (
            <strong className="my-data__block" data-testid="backup-reminder-urgent">
              {t('safari.reminder')}
            </strong>
          )}
        </p>
      )}
      <p className="my-data__move-note" data-testid="move-note">
        {t('pack.moveNote')}
      </p>
      <EncryptOption {...encrypt.props} disabled={state.step === 'building'} />
      <div aria-live="polite">
        <ExportStatus state={state} encrypting={encrypt.on} />
      </div>
      <div className="my-data__actions">
        {state.step === 'building' && (
          <button type="button" className="button" data-testid="export-pack-cancel" onClick={cancel}>
            {t('pack.cancel')}
          </button>
        )}
        {state.step === 'ready' && (
          <button
            type="button"
            className="button button--primary"
            data-testid="export-pack-save"
            onClick={() => void save()}
          >
            {state.encrypted ? t('pack.encrypt.save') : t('pack.save')}
          </button>
        )}
        {state.step !== 'building' && (
          <button
            type="button"
            className={state.step === 'ready' ? 'button' : 'button button--primary'}
            data-testid="export-pack"
            onClick={() => void onBuild()}
          >
            {encrypt.on ? t('pack.encrypt.button') : t('pack.button')}
          </button>
        )}
      </div>
      {state.step === 'saved' && <CaseHeadPanel caseHead={state.caseHead} timeZone={timeZone} />}
    </section>
  );
}

function ExportStatus({
  state,
  encrypting,
}: {
  readonly state: PackExportState;
  readonly encrypting: boolean;
}) {
  const { t } = useTranslation('myData');
  const lng = useLanguage();
  switch (state.step) {
    case 'building':
      return (
        <ProgressLine
          testId="export-pack-progress"
          done={state.done}
          total={state.total}
          label={(percent) => t(encrypting ? 'pack.encrypt.building' : 'pack.building', { percent })}
        />
      );
    case 'ready':
      return (
        <p data-testid="export-pack-ready" data-encrypted={state.encrypted}>
          {t(state.encrypted ? 'pack.encrypt.ready' : 'pack.ready', {
            size: formatBytes(state.file.size, lng),
            entries: t('pack.entries', { count: state.entries }),
          })}
        </p>
      );
    case 'saved':
      return (
        <p
          className="my-data__done"
          data-testid="export-pack-done"
          data-head={state.head}
          data-case-head={state.caseHead}
        >
          {t('pack.saved', { name: state.name })}
          {state.encrypted && <span className="my-data__block">{t('pack.encrypt.savedHint')}</span>}
        </p>
      );
    case 'cancelled':
      return <p data-testid="export-pack-cancelled">{t('pack.cancelled')}</p>;
    case 'failed':
      return (
        <p className="my-data__problem" data-testid="export-pack-failed">
          {state.code === 'quota'
            ? t('pack.failedQuota')
            : state.code === 'too-large'
              ? t('pack.failedTooLarge')
              : state.code === 'media-changed' || state.code === 'media-missing'
                ? t('pack.failedMedia')
                : t('pack.failed')}
        </p>
      );
    default:
      return null;
  }
}
