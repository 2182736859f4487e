/**
 * What the app lock stores in the clear: the KDF parameters and the data key wrapped twice, by the
 * passphrase and by the recovery key. It holds no secret. `phase` makes turning the lock on or off resumable: the
 * rows and media are sealed (or opened) in steps, and a closed page picks up where it stopped after the next unlock.
 */

export interface WrappedKey {
  /** Base64 of the 12-byte AES-GCM nonce. */
  readonly iv: string;
  /** Base64 of the wrapped raw key with its tag. */
  readonly ct: string;
}

export interface LockRecord {
  readonly version: 1;
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly byPassphrase: WrappedKey;
  readonly recoverySalt: string;
  readonly byRecovery: WrappedKey;
}

/** sealing: turning on, not every row sealed yet; on: done; unsealing: turning off, not every row opened yet. */
type LockPhase = 'sealing' | 'on' | 'unsealing';

export interface AppLockSetting {
  readonly record: LockRecord;
  readonly phase: LockPhase;
  /** Minutes without a touch or key press before the app locks itself. */
  readonly autoLockMinutes: number;
}

export const AUTO_LOCK_CHOICES = [1, 5, 15, 30] as const;
export const DEFAULT_AUTO_LOCK_MINUTES = 5;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isBase64 = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]+=*$/.test(v);
const isWrapped = (v: unknown): v is WrappedKey => isObject(v) && isBase64(v.iv) && isBase64(v.ct);

function isLockRecord(v: unknown): v is LockRecord {
  if (!isObject(v) || v.version !== 1 || !isObject(v.kdf)) return false;
  const { kdf } = v;
  return (
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(kdf.iterations) &&
    (kdf.iterations as number) >= 1_000 &&
    isBase64(kdf.salt) &&
    isWrapped(v.byPassphrase) &&
    isBase64(v.recoverySalt) &&
    isWrapped(v.byRecovery)
  );
}

export function isAppLockSetting(v: unknown): v is AppLockSetting {
  return (
    isObject(v) &&
    isLockRecord(v.record) &&
    (v.phase === 'sealing' || v.phase === 'on' || v.phase === 'unsealing') &&
    (AUTO_LOCK_CHOICES as readonly unknown[]).includes(v.autoLockMinutes)
  );
}
