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
import { RecoveryStep } from './recovery-step.tsx';
import { passphraseProblem, type PassphraseProblem } from './unlock.ts';

type Step =
  | { readonly kind: 'passphrase' }
  | { readonly kind: 'creating' }
  | { readonly kind: 'recovery'; readonly lock: NewLock }
  | { readonly kind: 'sealing'; readonly progress: LockProgress | null };

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
        <RecoveryStep lock={step.lock} onConfirmed={() => void confirm(step.lock)} onCancel={onCancel} />
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
