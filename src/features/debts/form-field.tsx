import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldAria {
  readonly id: string;
  readonly 'aria-describedby': string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-required'?: boolean;
}

interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly required?: boolean;
  readonly children: (aria: FieldAria) => ReactNode;
}

/**
 * A label, the control, a hint and the field's own error right under it. The error is linked with
 * aria-describedby so a screen reader reads it when the (focused) field is announced.
 */
export function FormField({ id, label, hint, error, required = false, children }: FormFieldProps) {
  const { t } = useTranslation('debtForm');
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        <span className="field__need">{required ? t('form.required') : t('form.optional')}</span>
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': Boolean(error),
        ...(required ? { 'aria-required': true } : {}),
      })}
      {error && (
        <p className="field__error" id={errorId} data-testid="debt-form-error">
          {error}
        </p>
      )}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
