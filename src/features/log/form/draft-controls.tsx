import type { HTMLAttributes } from 'react';
import { Field } from '../../../components/field.tsx';
import { Select, type SelectOption } from '../../../components/select.tsx';
import { DRAFT_FIELDS, type DraftField, type EntryDraft } from './entry-draft.ts';

/** The draft a log form edits, with what each field needs: its setter, its error and a ref for focus on error. */
export interface DraftBinding {
  readonly draft: EntryDraft;
  readonly set: <K extends keyof EntryDraft>(field: K, value: EntryDraft[K]) => void;
  readonly errorOf: (field: DraftField) => string | undefined;
  readonly fieldRef: (field: DraftField) => (el: HTMLElement | null) => void;
}

type TextKey = { [K in keyof EntryDraft]: EntryDraft[K] extends string ? K : never }[keyof EntryDraft];
/** Fields holding a code from a fixed list, where the empty choice means "not said". */
type CodeKey = { [K in keyof EntryDraft]: '' extends EntryDraft[K] ? K : never }[keyof EntryDraft];

const checked = (field: keyof EntryDraft): field is DraftField =>
  (DRAFT_FIELDS as readonly string[]).includes(field);

interface DraftInputProps {
  readonly binding: DraftBinding;
  readonly field: TextKey;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly testId: string;
  readonly type?: 'text' | 'tel' | 'date' | 'datetime-local';
  readonly inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  readonly max?: string;
  /** A short box for a number of minutes or people. */
  readonly short?: boolean;
}

/** One typed draft field with its label, hint and (for the fields the draft checks) its error. */
export function DraftInput({ binding, field, label, hint, testId, type = 'text', ...rest }: DraftInputProps) {
  const { draft, set, errorOf, fieldRef } = binding;
  const { inputMode, max, short } = rest;
  return (
    <Field
      label={label}
      hint={hint}
      error={checked(field) ? errorOf(field) : undefined}
      errorTestId="log-form-error"
    >
      {(aria) => (
        <input
          {...aria}
          type={type}
          {...(inputMode ? { inputMode } : {})}
          {...(max ? { max } : {})}
          {...(type === 'text' || type === 'tel' ? { autoComplete: 'off' } : {})}
          {...(short ? { className: 'log-input--short' } : {})}
          data-testid={testId}
          ref={checked(field) ? fieldRef(field) : undefined}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
}

interface DraftSelectProps<K extends CodeKey> {
  readonly binding: DraftBinding;
  readonly field: K;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly testId: string;
  /** The empty choice's words ("don't know", "none"). */
  readonly blank: string;
  readonly options: readonly SelectOption<Exclude<EntryDraft[K], ''>>[];
}

/** One draft field picked from a list of codes, with "not said" as its first choice. */
export function DraftSelect<K extends CodeKey>({
  binding,
  field,
  label,
  hint,
  testId,
  blank,
  options,
}: DraftSelectProps<K>) {
  const { draft, set } = binding;
  return (
    <Field label={label} hint={hint} errorTestId="log-form-error">
      {(aria) => (
        <Select
          aria={aria}
          testId={testId}
          value={draft[field]}
          blank={blank}
          options={options}
          onChange={(value) => set(field, value)}
        />
      )}
    </Field>
  );
}
