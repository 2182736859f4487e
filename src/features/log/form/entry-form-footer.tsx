import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { revealOnMount } from '../../../components/reveal.ts';
import type { useEntryForm } from './use-entry-form.ts';

interface EntryFormFooterProps {
  readonly form: ReturnType<typeof useEntryForm>;
  /** An amendment asks why the original is being corrected; the chain keeps both (docs/case-file.md). */
  readonly amending: boolean;
  readonly onCancel: () => void;
}

/** The end of the log form: an amendment's reason, what stops the save (announced), and save / cancel. */
export function EntryFormFooter({ form, amending, onCancel }: EntryFormFooterProps) {
  const { t } = useTranslation('log');
  return (
    <>
      {amending && (
        <Field label={t('form.amendReason')} errorTestId="log-form-error">
          {(aria) => (
            <input
              {...aria}
              type="text"
              autoComplete="off"
              data-testid="log-amend-reason"
              value={form.reason}
              onChange={(e) => form.setReason(e.target.value)}
            />
          )}
        </Field>
      )}
      <div className="log-form__status" role="alert">
        {form.errors.length > 0 && <p>{t('form.fixErrors', { count: form.errors.length })}</p>}
        {form.problem && (
          <p data-testid="log-save-error" data-code={form.problem} ref={revealOnMount}>
            {t(`form.problem.${form.problem}`)}
          </p>
        )}
      </div>
      <FormActions
        testIdPrefix="log"
        className="log-form__actions"
        saving={form.saving}
        dirty={form.dirty}
        words={{
          save: t('form.save'),
          saving: t('form.saving'),
          cancel: t('form.cancel'),
          discard: t('form.discardConfirm'),
        }}
        onCancel={onCancel}
      />
    </>
  );
}
