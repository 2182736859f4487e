import { useTranslation } from 'react-i18next';
import { fieldById, type FieldId } from '../../domain/letters/fields.ts';
import type { LetterLang } from '../../domain/letters/types.ts';
import { fieldInputId, type FormValues } from './letter-model.ts';

interface LetterFormProps {
  readonly formId: string;
  readonly fields: readonly FieldId[];
  /** What the user typed. */
  readonly typed: FormValues;
  /** What the case already gives (as the letter writes it), shown until the user types over it. */
  readonly prefilled: FormValues;
  readonly missing: ReadonlySet<FieldId>;
  /** Labels follow the UI language. */
  readonly uiLang: LetterLang;
  readonly onChange: (field: FieldId, value: string) => void;
}

/**
 * One input per blank the letter has, in the order the letter reads. A value from the case is filled in already
 * (the user may overwrite it); a blank the letter still needs is marked and listed, and the preview's gaps jump
 * here.
 */
export function LetterForm({ formId, fields, typed, prefilled, missing, uiLang, onChange }: LetterFormProps) {
  const { t } = useTranslation('letters');
  return (
    <div className="letters-form" data-testid="letter-form">
      {fields.map((field) => {
        const def = fieldById(field);
        const inputId = fieldInputId(formId, field);
        const isMissing = missing.has(field);
        const typedValue = typed[field];
        const fromCase = typedValue === undefined && prefilled[field] !== undefined;
        const value =
          typedValue ?? (def.input === 'date' && def.source === 'user' ? '' : (prefilled[field] ?? ''));
        const hintId = `${inputId}-hint`;
        const common = {
          id: inputId,
          value,
          'data-testid': `field-${field}`,
          'aria-invalid': isMissing ? true : undefined,
          'aria-describedby': isMissing || fromCase ? hintId : undefined,
        } as const;
        return (
          <div key={field} className={isMissing ? 'letters-field letters-field--missing' : 'letters-field'}>
            <label htmlFor={inputId}>{def.labels[uiLang]}</label>
            {def.input === 'lines' ? (
              <textarea {...common} rows={3} onChange={(e) => onChange(field, e.target.value)} />
            ) : (
              <input
                {...common}
                type={def.input === 'date' && def.source === 'user' ? 'date' : 'text'}
                inputMode={
                  def.input === 'money' ? 'decimal' : def.input === 'integer' ? 'numeric' : undefined
                }
                onChange={(e) => onChange(field, e.target.value)}
              />
            )}
            {isMissing ? (
              <p id={hintId} className="letters-field__hint letters-field__hint--missing">
                {t('form.missing')}
              </p>
            ) : fromCase ? (
              <p id={hintId} className="letters-field__hint">
                {t('form.fromCase')}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
