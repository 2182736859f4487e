import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/hooks/db-context.tsx';
import { turnLockOn, type LockProgress } from '../../data/repositories/app-lock-repo.ts';
import { DEFAULT_AUTO_LOCK_MINUTES } from '../../domain/lock/lock-record.ts';
import { atRestCipher } from '../../platform/at-rest-cipher.ts';
import { createLock, type NewLock } from '../../platform/crypto-lock.ts';
import { expectLock, openSession } from './lock-session.ts';
import { HiddenUsername } from './hidden-username.tsx';
import { PassphraseFields } from './passphrase-fields.tsx';
import { passphraseProblem, type PassphraseProblem } from './unlock.ts';

type Step =
  | { readonly kind: 'passphrase' }
  | { readonly kind: 'creating' }
  | { readonly kind: 'recovery'; readonly lock: NewLock }
  | { readonly kind: 'sealing'; readonly progress: LockProgress | null };

const lastGroup = (key: string) => key.split('-').at(-1) ?? '';

/**
 * Turning the lock on: passphrase twice → the key is made (PBKDF2 takes a moment) → the recovery key, shown once,
 * must be confirmed by typing its last group → only then is anything stored, and existing data is sealed.
 */
interface Props {
  readonly onCancel: () => void;
  /** Sealing ended; `failed` when some of it is left for the next unlock. */
  readonly onDone: (failed: boolean) => void;
}

export function SetupFlow({ onCancel, onDone }: Props) {
  const { t } = useTranslation('lock');
  const db = useDb();
  const [step, setStep] = useState<Step>({ kind: 'passphrase' });
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<PassphraseProblem>(null);
  const [typed, setTyped] = useState('');
  const [confirmWrong, setConfirmWrong] = useState(false);
  const [copied, setCopied] = useState(false);
  const [storeFailed, setStoreFailed] = useState(false);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const p = passphraseProblem(next, repeat);
    setProblem(p);
    if (p) return;
    setStep({ kind: 'creating' });
    setStoreFailed(false);
    try {
      const lock = await createLock(next);
      setNext('');
      setRepeat('');
      setStep({ kind: 'recovery', lock });
    } catch {
      // WebCrypto refused (e.g. out of memory): nothing was stored, the passphrase is still typed in.
      setStoreFailed(true);
      setStep({ kind: 'passphrase' });
    }
  };

  const confirm = async (lock: NewLock) => {
    if (typed.trim().toUpperCase() !== lastGroup(lock.recoveryKey)) {
      setConfirmWrong(true);
      return;
    }
    setStep({ kind: 'sealing', progress: null });
    const cipher = atRestCipher(lock.dataKey);
    expectLock(true);
    let stored = false;
    let failed = false;
    try {
      await turnLockOn(
        db,
        { record: lock.record, autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES },
        cipher,
        (progress) => setStep({ kind: 'sealing', progress }),
        () => {
          stored = true;
          openSession(db, cipher, lock.dataKey.forget);
        },
      );
    } catch {
      failed = true;
    }
    if (!stored) {
      // The lock record could not be stored (e.g. a full disk): nothing was sealed, the lock stays off.
      expectLock(false);
      lock.dataKey.forget();
      setTyped('');
      setStoreFailed(true);
      setStep({ kind: 'passphrase' });
      return;
    }
    onDone(failed);
  };

  switch (step.kind) {
    case 'passphrase':
      return (
        <form className="lock__form" onSubmit={(e) => void create(e)} data-testid="lock-setup">
          <HiddenUsername />
          {storeFailed && (
            <p className="lock__error" role="alert">
              {t('security.storeFailed')}
            </p>
          )}
          <PassphraseFields
            next={next}
            repeat={repeat}
            onNext={setNext}
            onRepeat={setRepeat}
            problem={problem}
          />
          <div className="lock__actions">
            <button type="submit" className="button button--primary" data-testid="lock-setup-next">
              {t('security.turnOn')}
            </button>
            <button type="button" className="button" onClick={onCancel}>
              {t('security.cancel')}
            </button>
          </div>
        </form>
      );
    case 'creating':
      return <p role="status">{t('security.creating')}</p>;
    case 'recovery':
      return (
        <div className="lock__form" data-testid="lock-recovery">
          <h2 className="lock__subtitle">{t('security.recoveryTitle')}</h2>
          <p className="lock__warning">{t('security.recoveryWarning')}</p>
          <p className="lock__key" data-testid="lock-recovery-key" translate="no">
            {step.lock.recoveryKey}
          </p>
          <div className="lock__actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                void navigator.clipboard?.writeText(step.lock.recoveryKey).then(() => setCopied(true));
              }}
            >
              {t('security.copy')}
            </button>
          </div>
          {copied && <p role="status">{t('security.copied')}</p>}
          <label className="lock__label" htmlFor="lock-confirm-last">
            {t('security.confirmLabel')}
          </label>
          <input
            id="lock-confirm-last"
            className="lock__input lock__input--short"
            data-testid="lock-confirm-last"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={4}
            value={typed}
            aria-invalid={confirmWrong}
            aria-describedby={confirmWrong ? 'lock-confirm-error' : undefined}
            onChange={(e) => {
              setTyped(e.target.value);
              setConfirmWrong(false);
            }}
          />
          {confirmWrong && (
            <p className="lock__error" id="lock-confirm-error" role="alert">
              {t('security.confirmWrong')}
            </p>
          )}
          <div className="lock__actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="lock-confirm"
              onClick={() => void confirm(step.lock)}
            >
              {t('security.confirm')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                step.lock.dataKey.forget();
                onCancel();
              }}
            >
              {t('security.cancel')}
            </button>
          </div>
        </div>
      );
    case 'sealing':
      return (
        <div role="status" className="lock__progress" data-testid="lock-sealing">
          <p>
            {step.progress
              ? t('security.sealing', { done: step.progress.done, total: step.progress.total })
              : t('security.sealingRows')}
          </p>
          {step.progress && step.progress.total > 0 && (
            <progress max={step.progress.total} value={step.progress.done} />
          )}
        </div>
      );
  }
}
