import { useId, type ComponentProps } from 'react';

type InputProps = Omit<ComponentProps<'input'>, 'id' | 'type' | 'aria-invalid' | 'aria-describedby'>;

interface Props extends InputProps {
  readonly label: string;
  readonly hint?: string;
  /** The translated error, if the field has one now. */
  readonly error?: string | null;
  /** Shown as plain text (the "show passphrase" box): typing blind on a phone keyboard is error-prone. */
  readonly visible: boolean;
}

/** A passphrase input with its label, hint and error, tied together for screen readers. */
export function PassphraseField({ label, hint, error, visible, ...input }: Props) {
  const uid = useId();
  const described = [hint ? `${uid}-h` : null, error ? `${uid}-e` : null].filter((x) => x !== null).join(' ');
  return (
    <div className="my-data__field">
      <label className="my-data__label" htmlFor={`${uid}-i`}>
        {label}
      </label>
      {hint && (
        <span className="my-data__hint" id={`${uid}-h`}>
          {hint}
        </span>
      )}
      <input
        {...input}
        id={`${uid}-i`}
        type={visible ? 'text' : 'password'}
        className="my-data__wide"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described === '' ? undefined : described}
      />
      {error && (
        <p id={`${uid}-e`} className="my-data__field-error" data-testid="passphrase-error">
          {error}
        </p>
      )}
    </div>
  );
}
