import '../../../components/field.css';
import { useId } from 'react';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface ChoiceButtonsProps<V extends string> {
  readonly label: string;
  readonly choices: readonly Choice<V>[];
  readonly value: V | '';
  readonly onChange: (value: V | '') => void;
  readonly testId: string;
  readonly error?: string | undefined;
  readonly buttonRef?: (el: HTMLButtonElement | null) => void;
}

/**
 * A few big toggle buttons for one answer (yes / no, answered / not): one tap each, ≥48 px, and a second tap on
 * the chosen one clears it, so "not said" stays possible. `aria-pressed` tells screen readers which one is on.
 */
export function ChoiceButtons<V extends string>(props: ChoiceButtonsProps<V>) {
  const { label, choices, value, onChange, testId, error, buttonRef } = props;
  const uid = useId();
  return (
    <div className="field" role="group" aria-labelledby={`${uid}-l`} data-testid={testId}>
      <span id={`${uid}-l`} className="field__label">
        {label}
      </span>
      <div className="log-choices">
        {choices.map((c, i) => (
          <button
            key={c.value}
            type="button"
            ref={i === 0 ? buttonRef : undefined}
            className="log-choice"
            aria-pressed={value === c.value}
            aria-describedby={error ? `${uid}-e` : undefined}
            data-value={c.value}
            onClick={() => onChange(value === c.value ? '' : c.value)}
          >
            {c.label}
          </button>
        ))}
      </div>
      {error && (
        <p id={`${uid}-e`} className="field__error" data-testid="log-form-error">
          {error}
        </p>
      )}
    </div>
  );
}
