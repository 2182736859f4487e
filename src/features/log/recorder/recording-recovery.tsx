import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../domain/case/types.ts';
import { useCaseMeta } from '../../../data/hooks/use-case.ts';
import { useDebts } from '../../../data/hooks/use-debts.ts';
import { useInterruptedRecordings } from '../../../data/hooks/use-recordings.ts';
import type { RecordingRowV2 } from '../../../data/schema/v2.ts';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import { idGen } from '../../../platform/id.ts';
import { extensionOf } from '../../../platform/recorder.ts';
import { useRoute } from '../../../platform/use-route.ts';
import { durationText } from './recorder-format.ts';
import { useStore } from '../../../data/store/store-context.tsx';
import type { YoujuStore } from '../../../data/store/store.ts';
import { isRecordingActive, useActiveRecordingsVersion } from './recording-session.ts';
import './recorder.css';

type ItemState = 'idle' | 'confirm-discard' | 'busy' | 'failed';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Keeps what a cut-off recording holds as evidence: the joined slices become an attachment marked `recovered`
 * with the time of the last slice, and a note entry says plainly that nothing after that time was recorded.
 */
async function recover(
  store: YoujuStore,
  row: RecordingRowV2,
  debtId: string,
  noteText: string,
): Promise<boolean> {
  const blob = await store.recordings.blob(row.id);
  if (blob.size === 0) {
    await store.recordings.discard(row.id);
    return false;
  }
  const ref = await store.storeAttachment(blob, {
    name: `recording-${iso(row.startedAt).replace(/[:.]/g, '-')}.${extensionOf(row.mimeType)}`,
    type: row.mimeType,
    importedAt: iso(store.clock.now()),
    source: 'recording',
    recovered: { lastSliceAt: iso(row.lastSliceAt) },
  });
  const entry: Entry = {
    id: idGen.next('e'),
    kind: 'note',
    at: iso(row.startedAt),
    ...(debtId ? { debtId } : {}),
    notes: noteText,
    attachments: [ref],
  };
  await store.saveEntry(entry);
  await store.recordings.markSaved(row.id);
  return true;
}

function RecoveryItem({ row, onRecovered }: { row: RecordingRowV2; onRecovered: () => void }) {
  const { t } = useTranslation('recorder');
  const lng = useLanguage();
  const store = useStore();
  const timeZone = useCaseMeta()?.timeZone ?? 'Asia/Shanghai';
  const debts = useDebts();
  const [debtId, setDebtId] = useState(row.debtId ?? '');
  const [state, setState] = useState<ItemState>('idle');
  const at = (ms: number) => formatDateTime(ms, lng, timeZone);
  const length = durationText(row.lastSliceAt - row.startedAt, t);

  const onRecover = async () => {
    setState('busy');
    const note = t('recovery.note', {
      last: at(row.lastSliceAt),
      start: at(row.startedAt),
      recoveredAt: at(store.clock.now()),
    });
    try {
      if (await recover(store, row, debtId, note)) onRecovered();
    } catch {
      setState('failed');
    }
  };

  return (
    <li className="recovery__item" data-testid="recovery-item" data-recording-id={row.id}>
      <p className="recovery__what">{t(`recovery.purpose.${row.purpose}`)}</p>
      <p>{t('recovery.item', { start: at(row.startedAt), length })}</p>
      <p className="recovery__muted">{t('recovery.lastSlice', { last: at(row.lastSliceAt) })}</p>
      {debts && debts.length > 0 && (
        <label className="recovery__debt">
          <span>{t('recovery.debt')}</span>
          <select
            value={debtId}
            onChange={(e) => setDebtId(e.target.value)}
            data-testid="recovery-debt"
            disabled={state === 'busy'}
          >
            <option value="">{t('recovery.noDebt')}</option>
            {debts.map(({ debt }) => (
              <option key={debt.id} value={debt.id}>
                {debt.creditor}
              </option>
            ))}
          </select>
        </label>
      )}
      {state === 'busy' && <p role="status">{t('recovery.recovering')}</p>}
      {state === 'failed' && <p role="alert">{t('recovery.failed')}</p>}
      {state === 'confirm-discard' ? (
        <div className="recovery__confirm" role="alertdialog" aria-label={t('recovery.discardConfirm')}>
          <p>{t('recovery.discardConfirm')}</p>
          <div className="recorder__actions">
            <button
              type="button"
              className="button button--small"
              data-testid="recovery-discard-confirm"
              onClick={() => void store.recordings.discard(row.id).catch(() => setState('failed'))}
            >
              {t('recovery.discardYes')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="recovery-discard-cancel"
              onClick={() => setState('idle')}
            >
              {t('recovery.discardNo')}
            </button>
          </div>
        </div>
      ) : (
        <div className="recorder__actions">
          <button
            type="button"
            className="button button--primary"
            data-testid="recovery-recover"
            disabled={state === 'busy'}
            onClick={() => void onRecover()}
          >
            {t('recovery.recover')}
          </button>
          <button
            type="button"
            className="button button--small"
            data-testid="recovery-discard"
            disabled={state === 'busy'}
            onClick={() => setState('confirm-discard')}
          >
            {t('recovery.discard')}
          </button>
        </div>
      )}
    </li>
  );
}

// Visit mode is the one screen where this card would be in the way.
const useOnVisitScreen = (): boolean => useRoute().area === 'visit';

/** Offers recordings cut off by a crash, a closed tab or a dead battery; shows nothing when there are none. */
export function RecordingRecovery() {
  const { t } = useTranslation('recorder');
  const rows = useInterruptedRecordings();
  useActiveRecordingsVersion();
  const [recovered, setRecovered] = useState(0);
  const onVisit = useOnVisitScreen();
  const waiting = (rows ?? []).filter((r) => !isRecordingActive(r.id));
  // Someone is at the door: nothing else on screen until visit mode is done (the card waits on every other screen).
  if (onVisit || (waiting.length === 0 && recovered === 0)) return null;
  return (
    <section className="recovery" data-testid="recovery" aria-labelledby="recovery-title">
      {waiting.length > 0 && (
        <>
          <h2 id="recovery-title" className="recovery__title">
            {t('recovery.title', { count: waiting.length })}
          </h2>
          <p>{t('recovery.intro')}</p>
          <ul className="recovery__list">
            {waiting.map((row) => (
              <RecoveryItem key={row.id} row={row} onRecovered={() => setRecovered((n) => n + 1)} />
            ))}
          </ul>
        </>
      )}
      {recovered > 0 && (
        <div className="recovery__done">
          <p className="recorder-saved" role="status" data-testid="recovery-done">
            {t('recovery.recovered')}
          </p>
          {waiting.length === 0 && (
            <button type="button" className="button button--small" onClick={() => setRecovered(0)}>
              {t('recovery.dismiss')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
