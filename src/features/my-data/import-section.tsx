import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from '../../data/store/store-context.tsx';
import { useCaseCounts, useCaseMeta } from '../../data/hooks/use-case.ts';
import { formatBytes } from '../../i18n/format.ts';
import { ImportChoice } from './import-choice.tsx';
import { ImportErrors } from './import-errors.tsx';
import { useImportFlow } from './use-import-flow.ts';
import { revealOnMount } from '../../components/reveal.ts';
import { useLanguage } from '../../i18n/use-language.ts';

export function ImportSection() {
  const { t } = useTranslation('myData');
  const lng = useLanguage();
  const store = useStore();
  const counts = useCaseCounts();
  const meta = useCaseMeta();
  const { state, pickFile, confirm, reset } = useImportFlow(store);
  const inputRef = useRef<HTMLInputElement>(null);

  const cancel = () => {
    reset();
    // Clearing the input lets the same file be picked again after fixing it.
    if (inputRef.current) inputRef.current.value = '';
    inputRef.current?.focus();
  };
  const current = counts && meta ? { ...counts, timeZone: meta.timeZone } : null;

  return (
    <section className="my-data__section" aria-labelledby="import-title">
      <h2 id="import-title">{t('import.title')}</h2>
      <p className="my-data__muted">{t('import.body')}</p>
      <label className="button my-data__file">
        {t('import.choose')}
        <input
          ref={inputRef}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          data-testid="import-case-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void pickFile(file);
          }}
        />
      </label>
      <div aria-live="polite">
        {state.step === 'reading' && <p>{t('import.reading')}</p>}
        {state.step === 'done' && (
          <p className="my-data__done" data-testid="import-done">
            {t('import.done', {
              debts: t('counts.debts', { count: state.summary.debts }),
              entries: t('counts.entries', { count: state.summary.entries }),
            })}
          </p>
        )}
      </div>
      {state.step === 'too-large' && (
        <p className="my-data__problem" role="alert">
          {t('import.fileTooLarge', { size: formatBytes(state.size, lng) })}
        </p>
      )}
      {state.step === 'invalid' && (
        <ImportErrors
          title={t('import.invalidTitle', { count: state.errors.length })}
          errors={state.errors}
        />
      )}
      {(state.step === 'ready' ||
        state.step === 'importing' ||
        state.step === 'clashes' ||
        state.step === 'failed') && (
        <>
          <ImportChoice
            fileName={state.fileName}
            caseFile={state.caseFile}
            current={current}
            busy={state.step === 'importing'}
            onConfirm={(mode) => void confirm(mode)}
            onCancel={cancel}
          />
          {state.step === 'clashes' && (
            <ImportErrors
              title={t('import.clashTitle', { count: state.clashes.length })}
              errors={state.clashes}
            />
          )}
          {state.step === 'failed' && (
            <p
              className="my-data__problem"
              role="alert"
              data-testid="import-failed"
              data-code={state.quota ? 'quota' : 'failed'}
              ref={revealOnMount}
            >
              {state.quota ? t('import.failedQuota') : t('import.failed')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
