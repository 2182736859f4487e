import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format.ts';
import { useLanguage } from '../../../i18n/use-language.ts';
import type { VisitDraft } from './visit-draft.ts';
import { CallPolice } from './visit-steps.tsx';

export type SaveState = 'editing' | 'saving' | 'failed' | 'saved';

interface FinishStepProps {
  readonly draft: VisitDraft;
  readonly set: (patch: Partial<VisitDraft>) => void;
  readonly timeZone: string;
  readonly save: SaveState;
  /** A recording was running but could not be kept: said before the user relies on it. */
  readonly recordingLost: boolean;
  readonly onSave: () => void;
}

/** The last step: when it began, free notes, and the one save that seals the visit into the log. */
export function FinishStep({ draft, set, timeZone, save, recordingLost, onSave }: FinishStepProps) {
  const { t } = useTranslation('recorder');
  const lng = useLanguage();
  return (
    <>
      <p>{t('visit.finish.summary', { time: formatDateTime(draft.startedAt, lng, timeZone) })}</p>
      <label className="visit-field">
        <span>{t('visit.finish.notes')}</span>
        <textarea
          rows={4}
          value={draft.notes}
          data-testid="visit-notes"
          onChange={(e) => set({ notes: e.target.value })}
        />
      </label>
      {recordingLost && <p role="alert">{t('visit.finish.recordingFailed')}</p>}
      {save === 'failed' && (
        <p role="alert" data-testid="visit-save-failed">
          {t('visit.finish.failed')}
        </p>
      )}
      <button
        type="button"
        className="button button--primary visit-save"
        data-testid="visit-save"
        disabled={save === 'saving'}
        onClick={onSave}
      >
        {save === 'saving' ? t('visit.finish.saving') : t('visit.finish.save')}
      </button>
      <CallPolice />
    </>
  );
}
