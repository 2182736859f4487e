/**
 * Keys for the optional app lock, all through WebCrypto: no crypto library, nothing leaves the device.
 *
 * One random AES-GCM data key encrypts entry content and media. It is stored only wrapped, twice: by a key derived
 * from the passphrase (PBKDF2-SHA256, 600,000 iterations — OWASP's 2023 figure for PBKDF2-HMAC-SHA256, the issue's
 * minimum) and by a key derived from a random recovery key shown once at set-up (HKDF-SHA256: the recovery key is
 * 160 random bits, so stretching adds nothing). Changing the passphrase rewraps the data key; nothing is
 * re-encrypted. Without passphrase and recovery key the data cannot be read by anyone, us included.
 */

import type { LockRecord, WrappedKey } from '../domain/lock/lock-record.ts';

export const PBKDF2_ITERATIONS = 600_000;
const IV_BYTES = 12;
const SALT_BYTES = 16;
const RECOVERY_BYTES = 20;

export type { LockRecord, WrappedKey } from '../domain/lock/lock-record.ts';

/**
 * The unwrapped data key: the raw bytes for the synchronous row cipher (at-rest-cipher.ts) and a non-extractable
 * WebCrypto key for media. Held in memory only while unlocked; `forget()` zeroes the bytes.
 */
export interface DataKey {
  readonly raw: Uint8Array;
  readonly key: CryptoKey;
  forget(): void;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const random = (n: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(n));

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

// Crockford's base32: no I, L, O or U, so a key copied by hand from the screen reads back the same.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 bytes → 32 characters in groups of four: `7K3M-…`. */
export function formatRecoveryKey(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? '';
}

/** Reads a recovery key as typed: any case, spaces or dashes, O for 0 and I/L for 1. Null when malformed. */
export function parseRecoveryKey(text: string): Uint8Array<ArrayBuffer> | null {
  const clean = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (clean.length !== Math.ceil((RECOVERY_BYTES * 8) / 5)) return null;
  const out = new Uint8Array(RECOVERY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = ((value << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (value >>> (bits - 8)) & 255;
      bits -= 8;
    }
  }
  return out;
}

async function passphraseKek(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const material = await subtle().importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function recoveryKek(recovery: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>) {
  const material = await subtle().importKey('raw', recovery, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: new TextEncoder().encode('youju recovery key v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

async function wrap(dataKey: CryptoKey, kek: CryptoKey): Promise<WrappedKey> {
  const iv = random(IV_BYTES);
  const ct = await subtle().wrapKey('raw', dataKey, kek, { name: 'AES-GCM', iv });
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

async function dataKeyOf(extractable: CryptoKey): Promise<DataKey> {
  const raw = new Uint8Array(await subtle().exportKey('raw', extractable));
  const key = await subtle().importKey('raw', raw, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  return { raw, key, forget: () => raw.fill(0) };
}

/** The data key; null when the wrapping key is wrong (the GCM tag fails). */
async function unwrap(wrapped: WrappedKey, kek: CryptoKey): Promise<DataKey | null> {
  let extractable: CryptoKey;
  try {
    extractable = await subtle().unwrapKey(
      'raw',
      fromBase64(wrapped.ct),
      kek,
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv) },
      { name: 'AES-GCM', length: 256 },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
  return dataKeyOf(extractable);
}

export interface NewLock {
  readonly record: LockRecord;
  readonly dataKey: DataKey;
  /** Shown once; never stored. */
  readonly recoveryKey: string;
}

export async function createLock(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<NewLock> {
  const extractable = await subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, [
    'encrypt',
    'decrypt',
  ]);
  const salt = random(SALT_BYTES);
  const recovery = random(RECOVERY_BYTES);
  const recoverySalt = random(SALT_BYTES);
  const record: LockRecord = {
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    byPassphrase: await wrap(extractable, await passphraseKek(passphrase, salt, iterations)),
    recoverySalt: toBase64(recoverySalt),
    byRecovery: await wrap(extractable, await recoveryKek(recovery, recoverySalt)),
  };
  return { record, dataKey: await dataKeyOf(extractable), recoveryKey: formatRecoveryKey(recovery) };
}

export async function unlockWithPassphrase(record: LockRecord, passphrase: string): Promise<DataKey | null> {
  const kek = await passphraseKek(passphrase, fromBase64(record.kdf.salt), record.kdf.iterations);
  return unwrap(record.byPassphrase, kek);
}

export async function unlockWithRecoveryKey(
  record: LockRecord,
  recoveryKey: string,
): Promise<DataKey | null> {
  const recovery = parseRecoveryKey(recoveryKey);
  if (!recovery) return null;
  return unwrap(record.byRecovery, await recoveryKek(recovery, fromBase64(record.recoverySalt)));
}

/**
 * A new passphrase for the same data key (after a recovery-key unlock, or a change). Needs the old passphrase or
 * the recovery key to have produced `unlocked`; re-derives the data key wrap from the extractable original.
 */
export async function changePassphrase(
  record: LockRecord,
  unlockWith: { readonly passphrase: string } | { readonly recoveryKey: string },
  newPassphrase: string,
  iterations = record.kdf.iterations,
): Promise<LockRecord | null> {
  const kek =
    'passphrase' in unlockWith
      ? await passphraseKek(unlockWith.passphrase, fromBase64(record.kdf.salt), record.kdf.iterations)
      : await (async () => {
          const recovery = parseRecoveryKey(unlockWith.recoveryKey);
          return recovery ? recoveryKek(recovery, fromBase64(record.recoverySalt)) : null;
        })();
  if (!kek) return null;
  const wrapped = 'passphrase' in unlockWith ? record.byPassphrase : record.byRecovery;
  let extractable: CryptoKey;
  try {
    extractable = await subtle().unwrapKey(
      'raw',
      fromBase64(wrapped.ct),
      kek,
      { name: 'AES-GCM', iv: fromBase64(wrapped.iv) },
      { name: 'AES-GCM', length: 256 },
      true,
      ['encrypt', 'decrypt'],
    );
  } catch {
    return null;
  }
  const salt = random(SALT_BYTES);
  return {
    ...record,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    byPassphrase: await wrap(extractable, await passphraseKek(newPassphrase, salt, iterations)),
  };
}

/** A new passphrase for the unlocked data key (after a recovery-key unlock, or a change in settings). */
export async function rewrapPassphrase(
  record: LockRecord,
  dataKey: DataKey,
  newPassphrase: string,
  iterations = record.kdf.iterations,
): Promise<LockRecord> {
  const extractable = await subtle().importKey(
    'raw',
    dataKey.raw as Uint8Array<ArrayBuffer>,
    { name: 'AES-GCM', length: 256 },
    true,
    ['encrypt', 'decrypt'],
  );
  const salt = random(SALT_BYTES);
  return {
    ...record,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    byPassphrase: await wrap(extractable, await passphraseKek(newPassphrase, salt, iterations)),
  };
}

/** AES-GCM with a fresh random nonce: returns nonce ‖ ciphertext ‖ tag. `aad` binds the bytes to their place. */
export async function encryptBytes(key: CryptoKey, plain: Uint8Array, aad?: Uint8Array): Promise<Uint8Array> {
  const iv = random(IV_BYTES);
  const params: AesGcmParams = aad
    ? { name: 'AES-GCM', iv, additionalData: aad as Uint8Array<ArrayBuffer> }
    : { name: 'AES-GCM', iv };
  const ct = new Uint8Array(await subtle().encrypt(params, key, plain as Uint8Array<ArrayBuffer>));
  const out = new Uint8Array(IV_BYTES + ct.length);
  out.set(iv);
  out.set(ct, IV_BYTES);
  return out;
}

export class DecryptError extends Error {
  override readonly name = 'DecryptError';
}

export async function decryptBytes(
  key: CryptoKey,
  sealed: Uint8Array,
  aad?: Uint8Array,
): Promise<Uint8Array> {
  if (sealed.length < IV_BYTES + 16) throw new DecryptError('too short');
  const iv = sealed.slice(0, IV_BYTES);
  const params: AesGcmParams = aad
    ? { name: 'AES-GCM', iv, additionalData: aad as Uint8Array<ArrayBuffer> }
    : { name: 'AES-GCM', iv };
  try {
    return new Uint8Array(await subtle().decrypt(params, key, sealed.slice(IV_BYTES)));
  } catch {
    throw new DecryptError('wrong key, or the bytes were changed');
  }
}
