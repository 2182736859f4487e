import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeCaseFile } from '../../domain/case/serialize.ts';
import { useStore } from '../../data/store/store-context.tsx';
import { useCaseExport, useCaseMeta } from '../../data/hooks/use-case.ts';
import { useSetting } from '../../data/hooks/use-setting.ts';
import { exportCaseFile } from '../../data/repositories/case-repo.ts';
import { setSetting } from '../../data/repositories/settings-repo.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { todayIn } from '../../platform/clock.ts';
import { saveTextFile } from '../../platform/download.ts';
import { useLanguage } from '../../i18n/use-language.ts';

type ExportStatus =
  { readonly kind: 'idle' } | { readonly kind: 'done'; readonly name: string } | { readonly kind: 'failed' };

const exportFileName = (today: string): string => `youju-case-${today}.json`;

export function ExportSection() {
  const { t } = useTranslation('myData');
  const lng = useLanguage();
  const store = useStore();
  const { db, clock } = store;
  const meta = useCaseMeta();
  // Kept ready so that the share sheet opens straight from the click (see useCaseExport).
  const ready = useCaseExport();
  const lastExport = useSetting('lastExportAt');
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const timeZone = meta?.timeZone ?? 'Asia/Shanghai';

  const exportNow = async () => {
    if (busy) return;
    setBusy(true);
    setStatus({ kind: 'idle' });
    try {
      const caseFile = ready ?? (await exportCaseFile(db));
      const name = exportFileName(todayIn(timeZone, clock));
      const result = await saveTextFile(name, serializeCaseFile(caseFile));
      if (result !== 'cancelled') {
        await setSetting(db, 'lastExportAt', clock.now());
        setStatus({ kind: 'done', name });
      }
    } catch {
      setStatus({ kind: 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="my-data__section" aria-labelledby="export-title">
      <h2 id="export-title">{t('export.title')}</h2>
      <p className="my-data__muted">{t('export.body')}</p>
      <button
        type="button"
        className="button button--primary my-data__wide"
        data-testid="export-case"
        aria-disabled={busy}
        onClick={() => void exportNow()}
      >
        {busy ? t('export.preparing') : t('export.button')}
      </button>
      <div aria-live="polite">
        {status.kind === 'done' && <p className="my-data__done">{t('export.done', { name: status.name })}</p>}
        {status.kind === 'failed' && <p className="my-data__problem">{t('export.failed')}</p>}
      </div>
      {lastExport.loaded && (
        <p className="my-data__muted">
          {lastExport.value === undefined
            ? t('export.never')
            : t('export.last', { time: formatDateTime(lastExport.value, lng, timeZone) })}
        </p>
      )}
    </section>
  );
}
