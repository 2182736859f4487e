import { createSHA256 } from 'hash-wasm';
import type { Hasher, Sha256Hex } from '../domain/shared/ports.ts';

/**
 * SHA-256 for the evidence log. Small records (canonical JSON of an entry) go through WebCrypto in one call.
 * Files (recordings, photos, PDFs) are hashed while they stream, chunk by chunk, with hash-wasm's incremental
 * SHA-256: WebCrypto has no incremental digest, and reading a 500 MB recording into one buffer would exhaust a
 * cheap phone's memory. hash-wasm compiles WebAssembly, so the page's CSP needs 'wasm-unsafe-eval' in script-src
 * once this runs in the browser.
 */
export const webCryptoHasher: Hasher = {
  async sha256(bytes) {
    const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
    return toHex(new Uint8Array(digest));
  },
};

function toHex(bytes: Uint8Array): Sha256Hex {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex as Sha256Hex;
}

interface StreamHashOptions {
  /** Called with the number of bytes hashed so far. */
  readonly onProgress?: (bytesDone: number) => void;
  readonly signal?: AbortSignal;
}

/** The SHA-256 of a file or blob read as a stream, in flat memory. Rejects with the signal's reason when aborted. */
export async function sha256OfStream(
  stream: ReadableStream<Uint8Array>,
  options: StreamHashOptions = {},
): Promise<Sha256Hex> {
  const hasher = await createSHA256();
  hasher.init();
  const reader = stream.getReader();
  let done = 0;
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const chunk = await reader.read();
      if (chunk.done) break;
      hasher.update(chunk.value);
      done += chunk.value.byteLength;
      options.onProgress?.(done);
    }
  } finally {
    reader.releaseLock();
  }
  return hasher.digest('hex') as Sha256Hex;
}

export const sha256OfBlob = (blob: Blob, options?: StreamHashOptions): Promise<Sha256Hex> =>
  sha256OfStream(blob.stream(), options);
