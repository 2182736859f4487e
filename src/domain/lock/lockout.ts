/**
 * Wrong-passphrase throttling for the app lock: the first few mistakes cost nothing (people mistype on a
 * phone keyboard), then each further failure doubles the wait, up to a cap, so guessing a passphrase by hand on a
 * lost phone becomes hopeless while the owner is never locked out for good. Pure: the caller keeps the state
 * (settings) and passes the time.
 */

export interface LockoutState {
  /** Consecutive failed attempts since the last success. */
  readonly failures: number;
  /** Epoch ms of the last failure, or null. */
  readonly lastFailureAt: number | null;
}

export const NO_FAILURES: LockoutState = { failures: 0, lastFailureAt: null };

/** Failures allowed before any wait. */
export const FREE_ATTEMPTS = 3;
/** The first wait, doubled with every further failure. */
export const BASE_DELAY_MS = 2_000;
/** The longest wait between two attempts. */
export const MAX_DELAY_MS = 15 * 60_000;

/** How long the user must wait after `failures` consecutive failures. */
export function delayAfter(failures: number): number {
  if (!Number.isSafeInteger(failures) || failures <= FREE_ATTEMPTS) return 0;
  const exponent = Math.min(failures - FREE_ATTEMPTS - 1, 30);
  return Math.min(BASE_DELAY_MS * 2 ** exponent, MAX_DELAY_MS);
}

/** Epoch ms from which the next attempt is allowed (≤ now means "now"). */
function nextAttemptAt(state: LockoutState): number {
  if (state.lastFailureAt === null) return 0;
  return state.lastFailureAt + delayAfter(state.failures);
}

export const waitMs = (state: LockoutState, now: number): number => Math.max(0, nextAttemptAt(state) - now);

export const recordFailure = (state: LockoutState, now: number): LockoutState => ({
  failures: state.failures + 1,
  lastFailureAt: now,
});
