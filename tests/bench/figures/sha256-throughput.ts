import { createHash, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sha256OfStream } from '../../../src/platform/hasher.ts';
import type { FigureSource } from '../lib/types.ts';

/** 200 MB, as the evidence-log issue asks: the size of a long call recording or a folder of photos. */
const TOTAL_MB = 200;
const CHUNK = 1 << 20;

/** A 200 MB stream in 1 MiB chunks (one random MiB repeated, so generating it costs nothing per run). */
function stream(chunk: Uint8Array): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === TOTAL_MB) controller.close();
      else {
        sent += 1;
        controller.enqueue(chunk);
      }
    },
  });
}

export const figure: FigureSource = {
  async measure() {
    const chunk = new Uint8Array(randomBytes(CHUNK));
    // hash-wasm, streaming, as the app hashes attachments.
    await sha256OfStream(stream(chunk));
    const t0 = performance.now();
    const ours = await sha256OfStream(stream(chunk));
    const wasmMs = performance.now() - t0;
    // node:crypto (OpenSSL) over the same chunks: the native reference.
    const t1 = performance.now();
    const h = createHash('sha256');
    for (let i = 0; i < TOTAL_MB; i += 1) h.update(chunk);
    const reference = h.digest('hex');
    const nativeMs = performance.now() - t1;
    const mbPerS = (ms: number) => Math.round((TOTAL_MB / (ms / 1000)) * 10) / 10;
    return [
      {
        id: 'sha256-stream-200mb',
        value: mbPerS(wasmMs),
        unit: 'MB/s',
        ratio: Math.round((nativeMs / wasmMs) * 100) / 100,
        detail: {
          nodeCryptoMBps: mbPerS(nativeMs),
          sameDigest: ours === reference,
          ratioIs: 'hash-wasm speed / node:crypto speed',
        },
      },
    ];
  },
};
