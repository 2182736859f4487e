import { useId, type ReactNode } from 'react';
import './field.css';

/** What the wrapped control needs to point at its label, hint and error. */
export interface FieldAria {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-required'?: true;
}

interface FieldProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The translated error for this field, if it has one now. */
  readonly error?: string | null | undefined;
  /** Words beside the label saying whether the field must be filled ("required" / "optional"). */
  readonly need?: string;
  readonly required?: boolean;
  /** The control's id; a generated one when the form does not need to know it. */
  readonly id?: string;
  /** The error paragraph's test id (each form's tests look for their own). */
  readonly errorTestId: string;
  /**
   * The error is announced by itself (role="alert") where the form has no summary that is; otherwise the summary
   * announces and a focused invalid field reads its own error through aria-describedby.
   */
  readonly announce?: boolean;
  readonly children: (aria: FieldAria) => ReactNode;
}

/**
 * A label, its hint, the control and the field's own error right under it, in the order a sighted user meets them;
 * aria-describedby names the error first, so a screen reader says what is wrong before the hint (WCAG 3.3.1).
 */
export function Field({
  label,
  hint,
  error,
  need,
  required = false,
  id,
  errorTestId,
  announce,
  children,
}: FieldProps) {
  const uid = useId();
  const inputId = id ?? `${uid}-i`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const described = [error ? errorId : null, hint ? hintId : null].filter((x) => x !== null).join(' ');
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={inputId}>
        {label}
        {need && <span className="field__need">{need}</span>}
      </label>
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {children({
        id: inputId,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described === '' ? undefined : described,
        ...(required ? { 'aria-required': true } : {}),
      })}
      {error && (
        <p
          className="field__error"
          id={errorId}
          data-testid={errorTestId}
          {...(announce ? { role: 'alert' } : {})}
        >
          {error}
        </p>
      )}
    </div>
  );
}
