// @vitest-environment node
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256OfBlob, sha256OfStream, webCryptoHasher } from '../../src/platform/hasher.ts';

const nodeSha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A stream that hands out `bytes` in chunks of the given sizes, cycling, like a file read in uneven pieces. */
function chunked(bytes: Uint8Array, sizes: readonly number[]): ReadableStream<Uint8Array> {
  let offset = 0;
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      const size = sizes[i++ % sizes.length] ?? 1;
      controller.enqueue(bytes.subarray(offset, offset + size));
      offset += size;
    },
  });
}

describe('SHA-256 of evidence files', () => {
  it('matches node:crypto on random inputs of many sizes, whatever the chunking', async () => {
    for (const size of [0, 1, 55, 56, 63, 64, 65, 1000, 65_536, 1_000_003]) {
      const bytes = new Uint8Array(randomBytes(size));
      const expected = nodeSha256(bytes);
      expect(await sha256OfStream(chunked(bytes, [1, 7, 4096, 65_537]))).toBe(expected);
      expect(await sha256OfBlob(new Blob([bytes]))).toBe(expected);
      expect(await webCryptoHasher.sha256(bytes)).toBe(expected);
    }
  });

  it('reports progress up to the full size', async () => {
    const bytes = new Uint8Array(randomBytes(300_000));
    const seen: number[] = [];
    await sha256OfStream(chunked(bytes, [100_000]), { onProgress: (n) => seen.push(n) });
    expect(seen).toEqual([100_000, 200_000, 300_000]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled by the user'));
    await expect(
      sha256OfStream(chunked(new Uint8Array(10), [1]), { signal: controller.signal }),
    ).rejects.toThrow('cancelled by the user');
  });
});
