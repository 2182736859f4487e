import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { eraseEverything } from '../../data/repositories/restore-repo.ts';

type Step = 'closed' | 'confirming' | 'erasing' | 'done' | 'failed';

/**
 * "Erase everything", worded plainly, behind two steps: open the confirmation, then type the confirmation word.
 * Deleting evidence is the one thing in the app that cannot be undone.
 */
export function EraseSection() {
  const { t } = useTranslation('myData');
  const db = useDb();
  const [step, setStep] = useState<Step>('closed');
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const word = t('erase.word');
  const matches = typed.trim().toLowerCase() === word.toLowerCase();

  const erase = async () => {
    if (!matches || step === 'erasing') return;
    setStep('erasing');
    try {
      await eraseEverything(db);
      setStep('done');
      setTyped('');
    } catch {
      setStep('failed');
    }
  };

  return (
    <section
      className="my-data__section my-data__danger"
      aria-labelledby="erase-title"
      data-testid="erase-section"
    >
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.body')}</p>
      {step === 'closed' || step === 'done' ? (
        <div className="my-data__actions">
          <button
            type="button"
            className="button button--danger"
            data-testid="erase-start"
            onClick={() => setStep('confirming')}
          >
            {t('erase.start')}
          </button>
        </div>
      ) : (
        <div role="group" aria-labelledby={`${inputId}-title`} data-testid="erase-confirm-box">
          <p id={`${inputId}-title`}>
            <strong>{t('erase.confirmTitle')}</strong>
          </p>
          <p>{t('erase.confirmBody', { word })}</p>
          <label htmlFor={inputId} className="my-data__block">
            {t('erase.inputLabel')}
          </label>
          <input
            id={inputId}
            className="my-data__wide"
            data-testid="erase-word"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
          <div className="my-data__actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="erase-confirm"
              aria-disabled={!matches || step === 'erasing'}
              onClick={() => void erase()}
            >
              {step === 'erasing' ? t('erase.erasing') : t('erase.confirm')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="erase-back"
              onClick={() => {
                setStep('closed');
                setTyped('');
              }}
            >
              {t('erase.back')}
            </button>
          </div>
        </div>
      )}
      <div aria-live="polite">
        {step === 'done' && (
          <p className="my-data__done" data-testid="erase-done">
            {t('erase.done')}
          </p>
        )}
        {step === 'failed' && <p className="my-data__problem">{t('erase.failed')}</p>}
      </div>
    </section>
  );
}
