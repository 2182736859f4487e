import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormGuard } from '../../components/form-guard.tsx';
import type { DebtDraftField } from '../../domain/case/debt-draft.ts';
import { DEBT_KINDS, type Debt } from '../../domain/case/types.ts';
import { useDb } from '../../data/hooks/db-context.tsx';
import { FIELD_GROUP, fieldErrorMessage } from './field-messages.ts';
import { Field } from '../../components/field.tsx';
import { Select } from '../../components/select.tsx';
import { useDebtForm } from './use-debt-form.ts';
import { FormActions } from '../../components/form-actions.tsx';
import { revealOnMount } from '../../components/reveal.ts';

interface DebtFormProps {
  readonly editing?: Debt;
  readonly today: string;
  readonly onSaved: (debt: Debt) => void;
  readonly onCancel: () => void;
}

const TEST_IDS = {
  creditor: 'debt-creditor',
  kind: 'debt-kind',
  principal: 'debt-principal',
  firstMissedDueDate: 'debt-first-missed',
  lastPaymentDate: 'debt-last-payment',
  finalDueDate: 'debt-final-due',
  paidOffOn: 'debt-paid-off',
} as const satisfies Record<DebtDraftField, string>;

export function DebtForm({ editing, today, onSaved, onCancel }: DebtFormProps) {
  const { t } = useTranslation('debtForm');
  const { t: tDebts } = useTranslation('debts');
  const db = useDb();
  const form = useDebtForm({ db, today, onSaved, ...(editing ? { editing } : {}) });
  useFormGuard(form.dirty);
  const uid = useId();
  const titleId = `${uid}-title`;
  const titleRef = useRef<HTMLHeadingElement>(null);
  // The form replaces the whole list: without this, focus falls to <body> and the screen may stay scrolled to
  // where the tapped row was, below the form's start.
  useEffect(() => titleRef.current?.focus(), []);

  const errorOf = (field: DebtDraftField) => {
    const error = form.errors.find((e) => e.field === field);
    return error && fieldErrorMessage(t, error);
  };
  const fieldProps = (field: DebtDraftField, required = false) => ({
    id: `${uid}-${field}`,
    label: t(`form.${FIELD_GROUP[field]}.label`),
    hint: t(`form.${FIELD_GROUP[field]}.hint`),
    error: errorOf(field),
    required,
    need: required ? t('form.required') : t('form.optional'),
    errorTestId: 'debt-form-error',
  });
  const control = (field: DebtDraftField) => ({
    ref: form.fieldRef(field),
    value: form.draft[field],
    'data-testid': TEST_IDS[field],
    onChange: (event: { target: { value: string } }) => form.setField(field, event.target.value),
  });

  return (
    <form
      className="debt-form"
      data-testid="debt-form"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.submit();
      }}
    >
      <h2 id={titleId} className="debt-form__title" tabIndex={-1} ref={titleRef}>
        {editing ? t('form.editTitle') : t('form.addTitle')}
      </h2>
      <Field {...fieldProps('creditor', true)}>
        {(aria) => <input type="text" autoComplete="off" {...aria} {...control('creditor')} />}
      </Field>
      <Field {...fieldProps('kind', true)}>
        {(aria) => (
          <Select
            aria={aria}
            testId={TEST_IDS.kind}
            selectRef={form.fieldRef('kind')}
            value={form.draft.kind}
            blank={t('form.kind.placeholder')}
            options={DEBT_KINDS.map((kind) => ({ value: kind, label: tDebts(`kinds.${kind}`) }))}
            onChange={(value) => form.setField('kind', value)}
          />
        )}
      </Field>
      <Field {...fieldProps('principal')}>
        {(aria) => (
          <input type="text" inputMode="decimal" autoComplete="off" {...aria} {...control('principal')} />
        )}
      </Field>
      <Field {...fieldProps('firstMissedDueDate')}>
        {(aria) => <input type="date" max={today} {...aria} {...control('firstMissedDueDate')} />}
      </Field>
      <Field {...fieldProps('lastPaymentDate')}>
        {(aria) => <input type="date" max={today} {...aria} {...control('lastPaymentDate')} />}
      </Field>
      <Field {...fieldProps('finalDueDate')}>
        {(aria) => <input type="date" {...aria} {...control('finalDueDate')} />}
      </Field>
      <Field {...fieldProps('paidOffOn')}>
        {(aria) => <input type="date" max={today} {...aria} {...control('paidOffOn')} />}
      </Field>
      <div className="debt-form__status" role="alert">
        {form.errors.length > 0 && <p>{t('form.fixErrors', { count: form.errors.length })}</p>}
        {form.saveFailed && (
          <p data-testid="debt-save-error" data-code={form.saveFailed} ref={revealOnMount}>
            {form.saveFailed === 'quota' ? t('form.saveFailedQuota') : t('form.saveFailed')}
          </p>
        )}
      </div>
      <FormActions
        testIdPrefix="debt"
        className="debt-form__actions"
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
    </form>
  );
}
