import { useTranslation } from 'react-i18next';
import { PassphraseField } from '../../components/passphrase-field.tsx';
import type { PassphraseProblem } from './unlock.ts';

interface Props {
  readonly next: string;
  readonly repeat: string;
  readonly onNext: (v: string) => void;
  readonly onRepeat: (v: string) => void;
  /** Shown only after the user tried to go on, so typing is not interrupted by errors. */
  readonly problem: PassphraseProblem;
}

const REPEAT_PROBLEMS: readonly PassphraseProblem[] = ['mismatch', 'repeat-empty'];

/**
 * A new passphrase typed twice, with the rule under the first and each error under the input it is about. The lock
 * forms have no error summary, so the error announces itself.
 */
export function PassphraseFields({ next, repeat, onNext, onRepeat, problem }: Props) {
  const { t } = useTranslation('lock');
  const message = problem && t(`passphrase.${problem}`);
  const onRepeatInput = problem !== null && REPEAT_PROBLEMS.includes(problem);
  return (
    <>
      <PassphraseField
        label={t('passphrase.new')}
        hint={t('passphrase.rule')}
        error={onRepeatInput ? null : message}
        errorTestId="lock-passphrase-error"
        announce
        className="lock__input"
        autoComplete="new-password"
        data-testid="lock-new"
        value={next}
        onChange={(e) => onNext(e.target.value)}
      />
      <PassphraseField
        label={t('passphrase.repeat')}
        error={onRepeatInput ? message : null}
        errorTestId="lock-passphrase-error"
        announce
        className="lock__input"
        autoComplete="new-password"
        data-testid="lock-repeat"
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
      />
    </>
  );
}
