/**
 * Opens an encrypted backup (docs/case-pack.md, "Encrypted backups") in Node with node:crypto: a second, separate
 * reader of the format the app writes with WebCrypto (src/platform/encrypted-file.ts), so the format is shown to
 * be implementable from its description and the CLI keeps to its layer (domain and cli only). Streams: one chunk
 * is read, opened and written to a temporary file at a time.
 */
import { createDecipheriv, pbkdf2 } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import { promisify } from 'node:util';

const ENCRYPTED_MAGIC = 'YOUJU-ENC1\n';
const CHUNK = 1 << 20;
const TAG = 16;

type DecryptErrorCode = 'not-encrypted' | 'corrupt' | 'wrong-passphrase' | 'truncated';

export class DecryptError extends Error {
  constructor(readonly code: DecryptErrorCode) {
    super(code);
  }
}

interface Header {
  readonly kdf: { name: string; hash: string; iterations: number; salt: string };
  readonly chunkSize: number;
  readonly noncePrefix: string;
}

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** True when the file starts like an encrypted backup. */
export async function isEncryptedBackup(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    return (await readAt(fh, 0, ENCRYPTED_MAGIC.length)).toString('latin1') === ENCRYPTED_MAGIC;
  } finally {
    await fh.close();
  }
}

function parseHeader(bytes: Buffer): Header {
  let h: Header;
  try {
    h = JSON.parse(bytes.toString('utf8')) as Header;
  } catch {
    throw new DecryptError('corrupt');
  }
  const ok =
    h.kdf?.name === 'PBKDF2' &&
    h.kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(h.kdf.iterations) &&
    h.kdf.iterations >= 1 &&
    h.kdf.iterations <= 10_000_000 &&
    typeof h.kdf.salt === 'string' &&
    h.chunkSize === CHUNK &&
    typeof h.noncePrefix === 'string';
  if (!ok) throw new DecryptError('corrupt');
  return h;
}

/**
 * Decrypts `input` into `output` with the passphrase (NFC, as the app does). Throws DecryptError: a first chunk
 * that does not open means a wrong passphrase; a later one, changed bytes; a chunk that opens only with the other
 * "last" flag, or a short read, a file cut short.
 */
export async function decryptBackup(input: string, passphrase: string, output: string): Promise<void> {
  const fh = await open(input, 'r');
  const out = await open(output, 'w');
  try {
    const { size } = await fh.stat();
    if ((await readAt(fh, 0, ENCRYPTED_MAGIC.length)).toString('latin1') !== ENCRYPTED_MAGIC)
      throw new DecryptError('not-encrypted');
    const start = ENCRYPTED_MAGIC.length;
    const lenBytes = await readAt(fh, start, 4);
    if (lenBytes.length < 4) throw new DecryptError('truncated');
    const headerLength = lenBytes.readUInt32LE(0);
    if (headerLength > 4096) throw new DecryptError('corrupt');
    const headerBytes = await readAt(fh, start + 4, headerLength);
    const header = parseHeader(headerBytes);
    const key = await promisify(pbkdf2)(
      Buffer.from(passphrase.normalize('NFC'), 'utf8'),
      Buffer.from(header.kdf.salt, 'base64'),
      header.kdf.iterations,
      32,
      'sha256',
    );
    const prefix = Buffer.from(header.noncePrefix, 'base64');
    let offset = start + 4 + headerLength;
    for (let i = 0; ; i++) {
      const len = await readAt(fh, offset, 4);
      if (len.length < 4) throw new DecryptError(i === 0 ? 'corrupt' : 'truncated');
      const n = len.readUInt32LE(0);
      if (n < TAG || n > CHUNK + TAG) throw new DecryptError('corrupt');
      const ct = await readAt(fh, offset + 4, n);
      if (ct.length < n) throw new DecryptError('truncated');
      offset += 4 + n;
      const last = offset >= size;
      const openAs = (asLast: boolean): Buffer | null => {
        const nonce = Buffer.alloc(12);
        prefix.copy(nonce, 0, 0, 8);
        nonce.writeUInt32BE(i, 8);
        const aad = Buffer.alloc(5 + headerBytes.length);
        aad.writeUInt32BE(i, 0);
        aad[4] = asLast ? 1 : 0;
        headerBytes.copy(aad, 5);
        const d = createDecipheriv('aes-256-gcm', key, nonce);
        d.setAAD(aad);
        d.setAuthTag(ct.subarray(n - TAG));
        try {
          return Buffer.concat([d.update(ct.subarray(0, n - TAG)), d.final()]);
        } catch {
          return null;
        }
      };
      const plain = openAs(last);
      if (plain === null) {
        const misplaced = openAs(!last) !== null;
        throw new DecryptError(misplaced ? 'truncated' : i === 0 ? 'wrong-passphrase' : 'corrupt');
      }
      await out.write(plain);
      if (last) return;
    }
  } finally {
    await out.close();
    await fh.close();
  }
}
