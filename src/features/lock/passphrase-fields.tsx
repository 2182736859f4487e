import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PassphraseProblem } from './unlock.ts';

interface Props {
  readonly next: string;
  readonly repeat: string;
  readonly onNext: (v: string) => void;
  readonly onRepeat: (v: string) => void;
  /** Shown only after the user tried to go on, so typing is not interrupted by errors. */
  readonly problem: PassphraseProblem;
}

/** A new passphrase typed twice, with the rule and the error tied to the inputs for screen readers. */
export function PassphraseFields({ next, repeat, onNext, onRepeat, problem }: Props) {
  const { t } = useTranslation('lock');
  const id = useId();
  return (
    <>
      <label className="lock__label" htmlFor={`${id}-new`}>
        {t('passphrase.new')}
      </label>
      <input
        id={`${id}-new`}
        className="lock__input"
        type="password"
        autoComplete="new-password"
        data-testid="lock-new"
        value={next}
        aria-describedby={`${id}-rule${problem ? ` ${id}-error` : ''}`}
        aria-invalid={problem === 'too-short' || problem === 'empty' || problem === 'edge-space'}
        onChange={(e) => onNext(e.target.value)}
      />
      <p className="lock__hint" id={`${id}-rule`}>
        {t('passphrase.rule')}
      </p>
      <label className="lock__label" htmlFor={`${id}-repeat`}>
        {t('passphrase.repeat')}
      </label>
      <input
        id={`${id}-repeat`}
        className="lock__input"
        type="password"
        autoComplete="new-password"
        data-testid="lock-repeat"
        value={repeat}
        aria-invalid={problem === 'mismatch' || problem === 'repeat-empty'}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(e) => onRepeat(e.target.value)}
      />
      {problem && (
        <p className="lock__error" id={`${id}-error`} role="alert" data-testid="lock-passphrase-error">
          {t(`passphrase.${problem}`)}
        </p>
      )}
    </>
  );
}
