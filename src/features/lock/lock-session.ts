/**
 * The app lock's state for this page: whether the lock is on, and whether this page holds the key. The
 * key lives only here and in the database's vault while unlocked; locking forgets both. Kept out of React state
 * so the shell, the lock screen and the security settings share one truth without importing each other. Loads no
 * crypto: the first screen stays small.
 */
import { useSyncExternalStore } from 'react';
import type { YoujuDb } from '../../data/db.ts';
import type { AtRestCipher } from '../../domain/shared/ports.ts';

/** checking: not read yet; off: no lock; locked: lock on, no key; open: unlocked. */
type LockStatus = 'checking' | 'off' | 'locked' | 'open';

interface Session {
  readonly status: LockStatus;
  readonly forget: (() => void) | null;
  readonly db?: YoujuDb;
  /**
   * This page just turned the lock on (true) or off (false): until the stored setting says the same, what the
   * live query reports is older than what this page did, and is not acted on.
   */
  readonly expect?: boolean;
}

let session: Session = { status: 'checking', forget: null };
const listeners = new Set<() => void>();

function set(next: Session): void {
  session = next;
  for (const l of listeners) l();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};

export const lockStatus = (): LockStatus => session.status;

export const useLockStatus = (): LockStatus => useSyncExternalStore(subscribe, lockStatus, () => 'checking');

/** After the database opened: the lock is on (the vault refuses sealed data until unlocked) or off. */
function startSession(db: YoujuDb, lockOn: boolean): void {
  if (lockOn) db.vault.lock();
  set({ status: lockOn ? 'locked' : 'off', forget: null, db });
}

/**
 * The stored lock setting, as the live query reports it: starts the session, locks this page when another tab
 * turned the lock on, and closes the session when another tab turned it off.
 */
export function observeLockSetting(db: YoujuDb, on: boolean): void {
  if (session.expect !== undefined) {
    if (session.expect === on) set({ status: session.status, forget: session.forget, db });
    return;
  }
  if (session.status === 'checking' || (session.status === 'off' && on)) startSession(db, on);
  else if (session.status === 'open' && !on) {
    db.vault.clear();
    closeSession();
  }
}

/** This page is about to turn the lock on or off. */
export function expectLock(on: boolean): void {
  set({ ...session, expect: on });
}

/** The key was unwrapped (unlock, or the lock was just turned on); `forget` zeroes its bytes on lock. */
export function openSession(db: YoujuDb, cipher: AtRestCipher, forget: () => void): void {
  db.vault.open(cipher);
  if (session.forget !== forget) session.forget?.();
  set({ ...session, status: 'open', forget, db });
}

/**
 * Locks now. The screens unmount first (status `locked`), then the shell calls `sealVault` once they are gone, so
 * no screen reads the database after its key was dropped.
 */
export function lockNow(): void {
  if (session.status !== 'open' || session.db?.vault.held) return;
  set({ ...session, status: 'locked' });
}

export function sealVault(db: YoujuDb): void {
  db.vault.lock();
  session.forget?.();
  set({ status: session.status, forget: null, db });
}

/** The lock was turned off (here or in another tab). */
export function closeSession(): void {
  session.forget?.();
  set({ ...session, status: 'off', forget: null });
}

/** The screens went away (the database closed, or a test ended): forget the key, read the lock again next time. */
export function endSession(): void {
  session.forget?.();
  set({ status: 'checking', forget: null });
}
