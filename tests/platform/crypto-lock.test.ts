// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  PBKDF2_ITERATIONS,
  DecryptError,
  changePassphrase,
  createLock,
  decryptBytes,
  encryptBytes,
  formatRecoveryKey,
  parseRecoveryKey,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
} from '../../src/platform/crypto-lock.ts';

// Most tests use few iterations so they run in milliseconds; one test checks the real default.
const FAST = 1_000;
const text = (s: string) => new TextEncoder().encode(s);

async function roundTrips(encryptWith: CryptoKey, decryptWith: CryptoKey | null): Promise<boolean> {
  if (!decryptWith) return false;
  const sealed = await encryptBytes(encryptWith, text('对方说明天上门'));
  try {
    return new TextDecoder().decode(await decryptBytes(decryptWith, sealed)) === '对方说明天上门';
  } catch {
    return false;
  }
}

describe('app lock keys', () => {
  it('derives the passphrase key with PBKDF2-SHA256 at 600,000 iterations by default', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { record } = await createLock('correct horse');
    expect(record.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 });
  }, 30_000);

  it('opens with the right passphrase and refuses a wrong one', async () => {
    const { record, dataKey } = await createLock('我的口令 2026', FAST);
    const opened = await unlockWithPassphrase(record, '我的口令 2026');
    expect(opened).not.toBeNull();
    expect(await roundTrips(dataKey.key, opened?.key ?? null)).toBe(true);
    expect(await unlockWithPassphrase(record, '我的口令 2027')).toBeNull();
  });

  it('opens with the recovery key as typed by hand: lower case, spaces, O for 0', async () => {
    const { record, dataKey, recoveryKey } = await createLock('pass', FAST);
    expect(recoveryKey).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o');
    const opened = await unlockWithRecoveryKey(record, typed);
    expect(opened).not.toBeNull();
    expect(await roundTrips(dataKey.key, opened?.key ?? null)).toBe(true);
  });

  it('refuses a wrong or malformed recovery key', async () => {
    const { record, recoveryKey } = await createLock('pass', FAST);
    const last = recoveryKey.at(-1) === '0' ? '1' : '0';
    expect(await unlockWithRecoveryKey(record, recoveryKey.slice(0, -1) + last)).toBeNull();
    expect(await unlockWithRecoveryKey(record, 'not a key')).toBeNull();
  });

  it('keeps no secret in the stored record', async () => {
    const { record, recoveryKey } = await createLock('secret passphrase', FAST);
    const stored = JSON.stringify(record);
    expect(stored).not.toContain('secret passphrase');
    expect(stored).not.toContain(recoveryKey.replace(/-/g, ''));
  });

  it('sets a new passphrase after a recovery-key unlock without changing the data key', async () => {
    const { record, dataKey, recoveryKey } = await createLock('forgotten', FAST);
    const next = await changePassphrase(record, { recoveryKey }, 'new one');
    expect(next).not.toBeNull();
    const opened = await unlockWithPassphrase(next as NonNullable<typeof next>, 'new one');
    expect(await roundTrips(dataKey.key, opened?.key ?? null)).toBe(true);
    expect(await unlockWithPassphrase(next as NonNullable<typeof next>, 'forgotten')).toBeNull();
    expect(await unlockWithRecoveryKey(next as NonNullable<typeof next>, recoveryKey)).not.toBeNull();
    expect(await changePassphrase(record, { passphrase: 'wrong' }, 'x')).toBeNull();
  });

  it('detects changed ciphertext and ciphertext moved to another place (aad)', async () => {
    const { dataKey } = await createLock('p', FAST);
    const sealed = await encryptBytes(dataKey.key, text('chunk 1'), text('sha:0'));
    const flipped = sealed.slice();
    flipped[20] = (flipped[20] ?? 0) ^ 1;
    await expect(decryptBytes(dataKey.key, flipped, text('sha:0'))).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptBytes(dataKey.key, sealed, text('sha:1'))).rejects.toBeInstanceOf(DecryptError);
    expect(new TextDecoder().decode(await decryptBytes(dataKey.key, sealed, text('sha:0')))).toBe('chunk 1');
  });

  it('formats and parses recovery keys both ways for random bytes', () => {
    for (let i = 0; i < 50; i++) {
      const bytes = crypto.getRandomValues(new Uint8Array(20));
      expect(parseRecoveryKey(formatRecoveryKey(bytes))).toEqual(bytes);
    }
  });
});
