import { useId, type ReactNode } from 'react';

/** What the wrapped input needs to point at its hint and error. */
interface FieldAria {
  readonly id: string;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-describedby': string | undefined;
}

interface CheckedFieldProps {
  readonly label: string;
  readonly hint?: string;
  /** The translated error for this field, if it has one. */
  readonly error?: string | null;
  readonly children: (aria: FieldAria) => ReactNode;
}

/** A labelled input of the log forms with its optional hint and its error, tied together for screen readers. */
export function CheckedField({ label, hint, error, children }: CheckedFieldProps) {
  const uid = useId();
  const described = [hint ? `${uid}-h` : null, error ? `${uid}-e` : null].filter((x) => x !== null).join(' ');
  return (
    <div className="log-field">
      <label className="log-field__label" htmlFor={`${uid}-i`}>
        {label}
      </label>
      {hint && (
        <span className="log-field__hint" id={`${uid}-h`}>
          {hint}
        </span>
      )}
      {children({
        id: `${uid}-i`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': described === '' ? undefined : described,
      })}
      {error && (
        <p id={`${uid}-e`} className="log-field__error" data-testid="log-form-error">
          {error}
        </p>
      )}
    </div>
  );
}
