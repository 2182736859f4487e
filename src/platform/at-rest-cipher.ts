/**
 * The at-rest cipher behind the app lock (port AtRestCipher). Rows are sealed inside IndexedDB transactions,
 * which cannot await WebCrypto, so they use @noble/ciphers' audited synchronous AES-256-GCM; media slices use
 * WebCrypto. Both produce nonce (12 random bytes) ‖ ciphertext ‖ tag (16), so each opens what the other sealed.
 */
import { gcm } from '@noble/ciphers/aes.js';
import type { AtRestCipher } from '../domain/shared/ports.ts';
import type { DataKey } from './crypto-lock.ts';
import { decryptBytes, encryptBytes } from './crypto-lock.ts';

const NONCE = 12;

export function atRestCipher(dataKey: DataKey): AtRestCipher {
  const { raw, key } = dataKey;
  return {
    sealSync(plain, aad) {
      const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE));
      const ct = gcm(raw, nonce, aad).encrypt(plain);
      const out = new Uint8Array(NONCE + ct.length);
      out.set(nonce);
      out.set(ct, NONCE);
      return out;
    },
    openSync(sealed, aad) {
      if (sealed.length < NONCE + 16) throw new Error('sealed bytes too short');
      return gcm(raw, sealed.subarray(0, NONCE), aad).decrypt(sealed.subarray(NONCE));
    },
    seal: (plain, aad) => encryptBytes(key, plain, aad),
    open: (sealed, aad) => decryptBytes(key, sealed, aad),
  };
}
