import type { ComponentProps } from 'react';
import { Field } from './field.tsx';

type InputProps = Omit<
  ComponentProps<'input'>,
  'id' | 'type' | 'aria-invalid' | 'aria-describedby' | 'aria-required'
>;

interface PassphraseFieldProps extends InputProps {
  readonly label: string;
  readonly hint?: string | undefined;
  /** The translated error, if the field has one now. */
  readonly error?: string | null | undefined;
  /** Shown as plain text (a "show passphrase" box): typing blind on a phone keyboard is error-prone. */
  readonly visible?: boolean;
  readonly errorTestId: string;
  /** See Field: the error announces itself where the form has no summary. */
  readonly announce?: boolean;
}

/**
 * A passphrase input with its label, hint and error. The phone keyboard must not capitalise, correct or remember
 * it: any of these silently changes what was typed, and the data then cannot be opened.
 */
export function PassphraseField({
  label,
  hint,
  error,
  visible = false,
  errorTestId,
  announce,
  ...input
}: PassphraseFieldProps) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      errorTestId={errorTestId}
      {...(announce ? { announce } : {})}
    >
      {(aria) => (
        <input
          {...input}
          {...aria}
          type={visible ? 'text' : 'password'}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
        />
      )}
    </Field>
  );
}
