/** Ports: the domain asks for time and ids instead of reading them from the platform (STYLE.md §2.4). */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export interface IdGen {
  /** A new id, unique within the case. */
  next(prefix: string): string;
}

/** Lower-case hex SHA-256, 64 characters. */
export type Sha256Hex = string & { readonly __brand: 'Sha256Hex' };

export const isSha256Hex = (value: unknown): value is Sha256Hex =>
  typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);

/** SHA-256 over bytes; WebCrypto or hash-wasm in the browser, node:crypto in the CLI. */
export interface Hasher {
  sha256(bytes: Uint8Array): Promise<Sha256Hex>;
}

/**
 * Encryption at rest (the app lock), one AES-GCM key behind two doors. Rows are sealed inside IndexedDB
 * transactions, which commit as soon as nothing is pending, so they cannot await WebCrypto: `sealSync`/`openSync`
 * run synchronously. Media slices are large and sealed outside any transaction, so `seal`/`open` use WebCrypto.
 * Both write nonce ‖ ciphertext ‖ tag, and either can open what the other sealed. `aad` binds bytes to their place.
 */
export interface AtRestCipher {
  sealSync(plain: Uint8Array, aad: Uint8Array): Uint8Array;
  /** Throws when the key is wrong or the bytes or their place changed. */
  openSync(sealed: Uint8Array, aad: Uint8Array): Uint8Array;
  seal(plain: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
  open(sealed: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
}
