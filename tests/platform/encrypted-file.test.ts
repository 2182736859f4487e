// @vitest-environment node
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EncryptedFileError,
  decryptFile,
  decryptInto,
  encryptFile,
  encryptingSink,
  isEncryptedFile,
} from '../../src/platform/encrypted-file.ts';

const FAST = { iterations: 1_000 };
const MiB = 1 << 20;

async function bytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (e) {
    return e instanceof EncryptedFileError ? e.code : `other: ${String(e)}`;
  }
}

/** Locations of every chunk in an encrypted file: [start of its length field, end of its ciphertext]. */
async function chunkSpans(file: Blob): Promise<[number, number][]> {
  const all = await bytes(file);
  const view = new DataView(all.buffer, all.byteOffset);
  let offset = 11 + 4 + view.getUint32(11, true);
  const spans: [number, number][] = [];
  while (offset < all.length) {
    const len = view.getUint32(offset, true);
    spans.push([offset, offset + 4 + len]);
    offset += 4 + len;
  }
  return spans;
}

describe('passphrase-encrypted backups', () => {
  it('gives back exactly the bytes it was given, for empty, small and multi-chunk files', async () => {
    for (const size of [0, 1, MiB - 1, MiB, 2 * MiB + 17]) {
      const plain = new Uint8Array(randomBytes(size));
      const sealed = await encryptFile(new Blob([plain]), 'pass 口令', FAST);
      expect(await isEncryptedFile(sealed)).toBe(true);
      // Buffer.equals: a deep toEqual over megabytes takes vitest tens of seconds.
      const back = Buffer.from(await bytes(await decryptFile(sealed, 'pass 口令')));
      expect(back.length).toBe(size);
      expect(back.equals(Buffer.from(plain))).toBe(true);
    }
  });

  it('says "wrong passphrase" for a wrong passphrase', async () => {
    const sealed = await encryptFile(new Blob(['case pack']), 'right', FAST);
    expect(await codeOf(decryptFile(sealed, 'wrong'))).toBe('wrong-passphrase');
  });

  it('says "not encrypted" for an ordinary zip', async () => {
    expect(await codeOf(decryptFile(new Blob(['PK\x03\x04 a zip']), 'x'))).toBe('not-encrypted');
  });

  it('notices a file cut after a whole chunk, inside a chunk, or with chunks reordered or changed', async () => {
    const plain = new Uint8Array(randomBytes(3 * MiB + 5));
    const sealed = await encryptFile(new Blob([plain]), 'p', FAST);
    const all = await bytes(sealed);
    const spans = await chunkSpans(sealed);
    expect(spans).toHaveLength(4);
    const [a, b, c, d] = spans as [[number, number], [number, number], [number, number], [number, number]];
    expect(await codeOf(decryptFile(new Blob([all.slice(0, c[1])]), 'p'))).toBe('truncated');
    expect(await codeOf(decryptFile(new Blob([all.slice(0, a[1])]), 'p'))).toBe('truncated');
    expect(await codeOf(decryptFile(new Blob([all.slice(0, c[0] + 100)]), 'p'))).toBe('truncated');
    const swapped = new Blob([
      all.slice(0, a[0]),
      all.slice(...a),
      all.slice(...c),
      all.slice(...b),
      all.slice(...d),
    ]);
    expect(await codeOf(decryptFile(swapped, 'p'))).toBe('corrupt');
    const flipped = all.slice();
    flipped[b[0] + 50] = (flipped[b[0] + 50] ?? 0) ^ 1;
    expect(await codeOf(decryptFile(new Blob([flipped]), 'p'))).toBe('corrupt');
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    await expect(
      encryptFile(new Blob([new Uint8Array(10)]), 'p', { ...FAST, signal: controller.signal }),
    ).rejects.toThrow('cancelled');
  });

  it('encrypts a stream written in pieces of any size into the same chunk layout as encryptFile', async () => {
    // 2 MiB + 9 bytes written as 7 bytes, then 1 MiB + 3, then the rest: chunk edges fall inside writes.
    const plain = new Uint8Array(randomBytes(2 * MiB + 9));
    for (const cuts of [
      [7, MiB + 10, plain.length],
      [MiB, 2 * MiB, plain.length],
    ]) {
      const parts: Uint8Array[] = [];
      const sink = await encryptingSink('流 stream', { write: (c) => void parts.push(c.slice()) }, FAST);
      let at = 0;
      for (const end of cuts) {
        await sink.write(plain.subarray(at, end));
        at = end;
      }
      await sink.finish();
      const sealed = new Blob(parts as BlobPart[]);
      const whole = await encryptFile(new Blob([plain]), '流 stream', FAST);
      expect((await chunkSpans(sealed)).map(([a, b]) => b - a)).toEqual(
        (await chunkSpans(whole)).map(([a, b]) => b - a),
      );
      const back = Buffer.from(await bytes(await decryptFile(sealed, '流 stream')));
      expect(back.equals(Buffer.from(plain))).toBe(true);
    }
  });

  it('seals exactly one chunk for exactly 1 MiB written, and one empty chunk for nothing written', async () => {
    for (const size of [MiB, 0]) {
      const parts: Uint8Array[] = [];
      const sink = await encryptingSink('p', { write: (c) => void parts.push(c) }, FAST);
      await sink.write(new Uint8Array(size));
      await sink.finish();
      const sealed = new Blob(parts as BlobPart[]);
      expect(await chunkSpans(sealed)).toHaveLength(1);
      expect((await decryptFile(sealed, 'p')).size).toBe(size);
    }
  });

  it('decrypts into a sink a chunk at a time, and gives a wrong passphrase nothing at all', async () => {
    const plain = new Uint8Array(randomBytes(2 * MiB + 1));
    const sealed = await encryptFile(new Blob([plain]), 'right', FAST);
    const got: Uint8Array[] = [];
    const progress: number[] = [];
    await decryptInto(
      sealed,
      'right',
      { write: (c) => void got.push(c) },
      { onProgress: (d) => progress.push(d) },
    );
    expect(got.map((c) => c.length)).toEqual([MiB, MiB, 1]);
    expect(Buffer.concat(got).equals(Buffer.from(plain))).toBe(true);
    expect(progress.at(-1)).toBe(sealed.size);
    const none: Uint8Array[] = [];
    expect(await codeOf(decryptInto(sealed, 'wrong', { write: (c) => void none.push(c) }))).toBe(
      'wrong-passphrase',
    );
    expect(none).toHaveLength(0);
  });
});
