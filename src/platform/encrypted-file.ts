/**
 * Passphrase-encrypted backups: a case pack encrypted in 1 MiB chunks, so a 500 MB pack never sits in
 * memory whole, with WebCrypto only.
 *
 * Layout: `YOUJU-ENC1\n`, a 4-byte little-endian header length, the header JSON (KDF parameters and salt, chunk
 * size, nonce prefix), then chunks, each a 4-byte length and AES-GCM ciphertext with its tag. Chunk i uses nonce
 * prefix ‖ i (big-endian) and authenticates `i ‖ last-flag ‖ header` as additional data, so chunks cannot be
 * reordered, dropped, swapped between files, or the file cut after a chunk boundary without the tag failing — the
 * construction of Hoang, Reyhanitabar, Rogaway and Vizár's "online authenticated encryption" (STREAM).
 */
import { PBKDF2_ITERATIONS, fromBase64, toBase64 } from './crypto-lock.ts';

const ENCRYPTED_MAGIC = 'YOUJU-ENC1\n';
const CHUNK = 1 << 20;
const TAG = 16;

interface Header {
  readonly kdf: {
    readonly name: 'PBKDF2';
    readonly hash: 'SHA-256';
    readonly iterations: number;
    readonly salt: string;
  };
  readonly chunkSize: number;
  readonly noncePrefix: string;
}

type EncryptedFileErrorCode = 'not-encrypted' | 'corrupt' | 'wrong-passphrase' | 'truncated';

export class EncryptedFileError extends Error {
  override readonly name = 'EncryptedFileError';
  constructor(readonly code: EncryptedFileErrorCode) {
    super(code);
  }
}

export interface CryptProgress {
  readonly onProgress?: (bytesDone: number) => void;
  readonly signal?: AbortSignal;
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
const utf8 = new TextEncoder();

async function keyOf(passphrase: string, kdf: Header['kdf']): Promise<CryptoKey> {
  const material = await subtle().importKey(
    'raw',
    utf8.encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(kdf.salt), iterations: kdf.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function nonce(prefix: Uint8Array, index: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12);
  out.set(prefix.subarray(0, 8));
  new DataView(out.buffer).setUint32(8, index, false);
  return out;
}

function aad(index: number, last: boolean, header: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(5 + header.length);
  new DataView(out.buffer).setUint32(0, index, false);
  out[4] = last ? 1 : 0;
  out.set(header, 5);
  return out;
}

const u32 = (n: number): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
};

async function bytesOf(blob: Blob): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Where encrypted or decrypted bytes go, piece by piece: an OPFS file, Blob parts, a file on disk. */
interface ByteSink {
  write(chunk: Uint8Array): Promise<void> | void;
}

/** A sink that encrypts what it is given; `finish` seals the last chunk, so it must be called exactly once. */
interface EncryptingSink {
  write(chunk: Uint8Array): Promise<void>;
  finish(): Promise<void>;
}

/**
 * Encrypts a stream as it is written (a case pack straight out of the zip writer), so the plain pack is never
 * stored anywhere. Holds one plaintext chunk: a full chunk is sealed only once more bytes arrive, because
 * whether it is the last one is part of its additional data. The output is byte for byte what encryptFile makes.
 */
export async function encryptingSink(
  passphrase: string,
  out: ByteSink,
  options: { readonly iterations?: number } = {},
): Promise<EncryptingSink> {
  const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
  const prefix = random(8);
  const header: Header = {
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: options.iterations ?? PBKDF2_ITERATIONS,
      salt: toBase64(random(16)),
    },
    chunkSize: CHUNK,
    noncePrefix: toBase64(prefix),
  };
  const headerBytes = utf8.encode(JSON.stringify(header));
  const key = await keyOf(passphrase, header.kdf);
  const magic = utf8.encode(ENCRYPTED_MAGIC);
  const head = new Uint8Array(magic.length + 4 + headerBytes.length);
  head.set(magic);
  head.set(u32(headerBytes.length), magic.length);
  head.set(headerBytes, magic.length + 4);
  await out.write(head);
  const pending = new Uint8Array(CHUNK);
  let fill = 0;
  let index = 0;
  let finished = false;
  const seal = async (last: boolean) => {
    const params = {
      name: 'AES-GCM',
      iv: nonce(prefix, index),
      additionalData: aad(index, last, headerBytes),
    };
    // WebCrypto copies its input when called, so `pending` may be refilled once this resolves.
    const ct = new Uint8Array(await subtle().encrypt(params, key, pending.subarray(0, fill)));
    const framed = new Uint8Array(4 + ct.length);
    framed.set(u32(ct.length));
    framed.set(ct, 4);
    await out.write(framed);
    index++;
    fill = 0;
  };
  return {
    async write(chunk) {
      if (finished) throw new Error('encryptingSink: write after finish');
      let at = 0;
      while (at < chunk.length) {
        if (fill === CHUNK) await seal(false);
        const n = Math.min(CHUNK - fill, chunk.length - at);
        pending.set(chunk.subarray(at, at + n), fill);
        fill += n;
        at += n;
      }
    },
    async finish() {
      if (finished) return;
      finished = true;
      await seal(true);
    },
  };
}

export async function encryptFile(
  plain: Blob,
  passphrase: string,
  options: CryptProgress & { readonly iterations?: number } = {},
): Promise<Blob> {
  // Each part becomes its own Blob, so the browser may keep finished chunks out of the JS heap.
  const parts: Blob[] = [];
  const sink = await encryptingSink(
    passphrase,
    { write: (c) => void parts.push(new Blob([c as BlobPart])) },
    options,
  );
  const count = Math.max(1, Math.ceil(plain.size / CHUNK));
  for (let i = 0; i < count; i++) {
    options.signal?.throwIfAborted();
    await sink.write(await bytesOf(plain.slice(i * CHUNK, (i + 1) * CHUNK)));
    options.onProgress?.(Math.min((i + 1) * CHUNK, plain.size));
  }
  await sink.finish();
  return new Blob(parts, { type: 'application/octet-stream' });
}

/** True when the file starts like an encrypted backup (cheap check before asking for a passphrase). */
export async function isEncryptedFile(file: Blob): Promise<boolean> {
  const head = new TextDecoder().decode(await bytesOf(file.slice(0, ENCRYPTED_MAGIC.length)));
  return head === ENCRYPTED_MAGIC;
}

async function readHeader(file: Blob): Promise<{ header: Header; headerBytes: Uint8Array; offset: number }> {
  if (!(await isEncryptedFile(file))) throw new EncryptedFileError('not-encrypted');
  const start = ENCRYPTED_MAGIC.length;
  const lenBytes = await bytesOf(file.slice(start, start + 4));
  if (lenBytes.length < 4) throw new EncryptedFileError('truncated');
  const len = new DataView(lenBytes.buffer).getUint32(0, true);
  if (len > 4096) throw new EncryptedFileError('corrupt');
  const headerBytes = await bytesOf(file.slice(start + 4, start + 4 + len));
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(headerBytes)) as Header;
  } catch {
    throw new EncryptedFileError('corrupt');
  }
  const ok =
    header.kdf?.name === 'PBKDF2' &&
    header.kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(header.kdf.iterations) &&
    header.kdf.iterations >= 1 &&
    header.kdf.iterations <= 10_000_000 &&
    typeof header.kdf.salt === 'string' &&
    header.chunkSize === CHUNK &&
    typeof header.noncePrefix === 'string';
  if (!ok) throw new EncryptedFileError('corrupt');
  return { header, headerBytes, offset: start + 4 + len };
}

/** The plain file back; rejects with EncryptedFileError (wrong passphrase, truncated, changed) and writes nothing. */
export async function decryptFile(
  file: Blob,
  passphrase: string,
  options: CryptProgress = {},
): Promise<Blob> {
  const parts: Blob[] = [];
  await decryptInto(file, passphrase, { write: (c) => void parts.push(new Blob([c as BlobPart])) }, options);
  return new Blob(parts);
}

/**
 * Decrypts chunk by chunk into `out` (an OPFS file, say), so neither the encrypted nor the plain file is held
 * whole. Rejects with EncryptedFileError; what `out` received by then is not to be trusted (every chunk written
 * was authenticated, but the file is incomplete), so the caller throws it away.
 */
export async function decryptInto(
  file: Blob,
  passphrase: string,
  out: ByteSink,
  options: CryptProgress = {},
): Promise<void> {
  const { header, headerBytes, offset: first } = await readHeader(file);
  const key = await keyOf(passphrase, header.kdf);
  const prefix = fromBase64(header.noncePrefix);
  let offset = first;
  for (let i = 0; ; i++) {
    options.signal?.throwIfAborted();
    const lenBytes = await bytesOf(file.slice(offset, offset + 4));
    if (lenBytes.length < 4) throw new EncryptedFileError(i === 0 ? 'corrupt' : 'truncated');
    const len = new DataView(lenBytes.buffer).getUint32(0, true);
    if (len < TAG || len > CHUNK + TAG) throw new EncryptedFileError('corrupt');
    const ct = await bytesOf(file.slice(offset + 4, offset + 4 + len));
    if (ct.length < len) throw new EncryptedFileError('truncated');
    offset += 4 + len;
    const last = offset >= file.size;
    const open = (asLast: boolean) =>
      subtle().decrypt(
        { name: 'AES-GCM', iv: nonce(prefix, i), additionalData: aad(i, asLast, headerBytes) },
        key,
        ct,
      );
    let plain: ArrayBuffer;
    try {
      plain = await open(last);
    } catch {
      // A chunk that opens with the other last-flag is intact but in the wrong place: the file was cut after it
      // (or had chunks appended). Otherwise the first chunk failing means a wrong key; a later one, changed bytes.
      const misplaced = await open(!last).then(
        () => true,
        () => false,
      );
      throw new EncryptedFileError(misplaced ? 'truncated' : i === 0 ? 'wrong-passphrase' : 'corrupt');
    }
    await out.write(new Uint8Array(plain));
    options.onProgress?.(offset);
    if (last) return;
  }
}
