/**
 * Unlocking with the passphrase or the recovery key, throttled (domain/lock/lockout.ts): the count of wrong tries
 * is stored, so reloading the page does not reset the wait. Crypto loads with the lock screen, not the first screen.
 */
import type { YoujuDb } from '../../data/db.ts';
import { finishLockPhase, readAppLock } from '../../data/repositories/app-lock-repo.ts';
import { deleteSetting, getSetting, setSetting } from '../../data/repositories/settings-repo.ts';
import { NO_FAILURES, recordFailure, waitMs } from '../../domain/lock/lockout.ts';
import { checkNewPassphrase, type PassphraseCheck } from '../../domain/lock/passphrase-rules.ts';
import { atRestCipher } from '../../platform/at-rest-cipher.ts';
import { unlockWithPassphrase, unlockWithRecoveryKey, type DataKey } from '../../platform/crypto-lock.ts';
import { closeSession, openSession } from './lock-session.ts';

export type PassphraseProblem = NonNullable<PassphraseCheck['passphrase'] | PassphraseCheck['repeat']> | null;

/** The first problem of a new passphrase typed twice (domain/lock/passphrase-rules.ts), or null. */
export function passphraseProblem(next: string, repeat: string): PassphraseProblem {
  const check = checkNewPassphrase(next, repeat);
  return check.passphrase ?? check.repeat;
}

type Secret = { readonly passphrase: string } | { readonly recoveryKey: string };

type UnlockOutcome =
  | { readonly kind: 'ok'; readonly dataKey: DataKey }
  | { readonly kind: 'wrong'; readonly waitMs: number }
  | { readonly kind: 'wait'; readonly waitMs: number };

/** Checks the secret against the stored lock; does not open the session. */
export async function tryUnlock(db: YoujuDb, secret: Secret, now: () => number): Promise<UnlockOutcome> {
  const lockout = (await getSetting(db, 'lockout')) ?? NO_FAILURES;
  const wait = waitMs(lockout, now());
  if (wait > 0) return { kind: 'wait', waitMs: wait };
  const setting = await readAppLock(db);
  if (!setting) throw new Error('the app lock is off');
  const dataKey =
    'passphrase' in secret
      ? await unlockWithPassphrase(setting.record, secret.passphrase)
      : await unlockWithRecoveryKey(setting.record, secret.recoveryKey);
  if (!dataKey) {
    const next = recordFailure(lockout, now());
    await setSetting(db, 'lockout', next);
    return { kind: 'wrong', waitMs: waitMs(next, now()) };
  }
  if (lockout.failures > 0) await deleteSetting(db, 'lockout');
  return { kind: 'ok', dataKey };
}

/** Opens the vault with the key, finishes an interrupted turning on or off, then opens the session. */
export async function enterWith(db: YoujuDb, dataKey: DataKey): Promise<void> {
  const cipher = atRestCipher(dataKey);
  db.vault.open(cipher);
  await finishLockPhase(db);
  if (await readAppLock(db)) openSession(db, cipher, dataKey.forget);
  else {
    // An interrupted "turn off" just finished: the profile is clear again.
    dataKey.forget();
    closeSession();
  }
}
