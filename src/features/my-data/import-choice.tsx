import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../domain/case/types.ts';
import type { ImportMode } from '../../data/repositories/case-rows.ts';

interface ImportChoiceProps {
  readonly fileName: string;
  readonly caseFile: CaseFile;
  /** What the profile holds now, or null while unknown. */
  readonly current: { readonly debts: number; readonly entries: number; readonly timeZone: string } | null;
  readonly busy: boolean;
  readonly onConfirm: (mode: ImportMode) => void;
  readonly onCancel: () => void;
}

/** The summary of a valid file and, when the phone already holds data, the replace/merge choice. */
export function ImportChoice({ fileName, caseFile, current, busy, onConfirm, onCancel }: ImportChoiceProps) {
  const { t } = useTranslation('myData');
  const [mode, setMode] = useState<ImportMode>('merge');
  const uid = useId();
  const hasData = current !== null && current.debts + current.entries > 0;
  const counts = (debts: number, entries: number) => ({
    debts: t('counts.debts', { count: debts }),
    entries: t('counts.entries', { count: entries }),
  });

  return (
    <div className="import-choice">
      <div data-testid="import-summary">
        <h3 className="import-choice__title">{t('import.summaryTitle')}</h3>
        <p>
          {t('import.summary', {
            name: fileName,
            timeZone: caseFile.timeZone,
            ...counts(caseFile.debts.length, caseFile.entries.length),
          })}
        </p>
      </div>
      {hasData && (
        <fieldset className="import-choice__modes">
          <legend>{t('import.hasData', counts(current.debts, current.entries))}</legend>
          <label className="import-choice__mode">
            <input
              type="radio"
              name={`${uid}-mode`}
              value="merge"
              data-testid="import-mode-merge"
              checked={mode === 'merge'}
              onChange={() => setMode('merge')}
              aria-describedby={`${uid}-merge-hint`}
            />
            <span>
              {t('import.modeMerge')}
              <span className="import-choice__hint" id={`${uid}-merge-hint`}>
                {t('import.modeMergeHint')}
              </span>
            </span>
          </label>
          <label className="import-choice__mode">
            <input
              type="radio"
              name={`${uid}-mode`}
              value="replace"
              data-testid="import-mode-replace"
              checked={mode === 'replace'}
              onChange={() => setMode('replace')}
            />
            <span>{t('import.modeReplace')}</span>
          </label>
          {mode === 'replace' && (
            <p className="import-choice__warning" role="alert">
              {t('import.modeReplaceWarning', counts(current.debts, current.entries))}
            </p>
          )}
          {mode === 'merge' && current.timeZone !== caseFile.timeZone && (
            <p className="import-choice__hint">{t('import.timeZoneKept', { timeZone: current.timeZone })}</p>
          )}
        </fieldset>
      )}
      <div className="my-data__actions">
        <button
          type="button"
          className={mode === 'replace' && hasData ? 'button button--danger' : 'button button--primary'}
          data-testid="import-confirm"
          aria-disabled={busy || current === null}
          onClick={() => {
            // Until the phone's own counts are known, "replace" could not be offered honestly: wait.
            if (busy || current === null) return;
            onConfirm(hasData ? mode : 'replace');
          }}
        >
          {busy ? t('import.importing') : t('import.confirm')}
        </button>
        <button type="button" className="button" data-testid="import-cancel" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </div>
  );
}
