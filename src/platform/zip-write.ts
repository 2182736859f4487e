/**
 * Streams a case pack into a sink, the way the app exports and the bench measures: media Blobs are read chunk by
 * chunk, hashed again while they stream (hash-wasm, incremental) and written through deflate at level 0, whose
 * stored blocks keep the bytes as they are (never re-encoded, never whole in memory): a plain stored entry cannot
 * be streamed without a data descriptor, which streaming readers (Java's ZipInputStream, Android) refuse on stored
 * entries. Texts are deflated. Every chunk fflate emits is handed to the sink before the
 * next one is read, so memory stays at about one chunk whatever the media size.
 */
import { Zip, ZipDeflate } from 'fflate';
import { createSHA256 } from 'hash-wasm';
import type { PackFile } from '../domain/case-pack/manifest.ts';
import { fitsZip32 } from '../domain/case-pack/zip-frame.ts';
import type { Hasher, Sha256Hex } from '../domain/shared/ports.ts';

export type PackSource =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly blob: Blob; readonly sha256: string };

/** Where the zip's bytes go: a Blob of parts, an OPFS file, or a byte counter. */
export interface PackSink {
  write(chunk: Uint8Array): Promise<void> | void;
}

export type PackExportErrorCode = 'media-changed' | 'media-missing' | 'too-large' | 'cancelled' | 'failed';

export class PackExportError extends Error {
  override readonly name = 'PackExportError';
  constructor(
    readonly code: PackExportErrorCode,
    readonly path?: string,
  ) {
    super(path === undefined ? code : `${code}: ${path}`);
  }
}

interface StreamPackOptions {
  /** Modification time written in every zip entry (the export time). */
  readonly mtime: Date;
  /** For the texts (small, in one call). */
  readonly hasher: Hasher;
  readonly signal?: AbortSignal;
  /** Bytes of files done so far and in all (before compression). */
  readonly onProgress?: (done: number, total: number) => void;
}

const encoder = new TextEncoder();

const sizeOf = (s: PackSource): number => ('text' in s ? s.text.length * 3 : s.blob.size);

/**
 * Writes `sources` in order, then `last` (the manifest, which lists every other file's hash and size). Throws a
 * PackExportError: `cancelled` when the signal aborts, `media-changed` when a Blob's bytes no longer hash to the
 * sha256 it was stored under, `failed` otherwise. The caller discards what the sink received.
 */
export async function streamPack(
  sources: readonly PackSource[],
  last: { readonly path: string; readonly text: (files: readonly PackFile[]) => Promise<string> },
  sink: PackSink,
  options: StreamPackOptions,
): Promise<readonly PackFile[]> {
  const queue: Uint8Array[] = [];
  let zipError: Error | null = null;
  let ended = false;
  const zip = new Zip((e, chunk, final) => {
    if (e) zipError ??= e;
    else queue.push(chunk);
    if (final) ended = true;
  });
  const flush = async () => {
    for (let chunk = queue.shift(); chunk !== undefined; chunk = queue.shift()) await sink.write(chunk);
    if (zipError !== null) throw zipError;
  };
  const check = () => {
    if (options.signal?.aborted) throw new PackExportError('cancelled');
  };
  const total = sources.reduce((n, s) => n + sizeOf(s), 0);
  // fflate writes no Zip64 records, and the readers here do not follow them: a zip must stay under 4 GiB.
  if (!fitsZip32(sources.map(sizeOf))) throw new PackExportError('too-large');
  let done = 0;
  const files: PackFile[] = [];
  const addText = async (path: string, text: string): Promise<PackFile> => {
    const entry = new ZipDeflate(path, { level: 9 });
    entry.mtime = options.mtime;
    zip.add(entry);
    const bytes = encoder.encode(text);
    entry.push(bytes, true);
    await flush();
    return { path, sha256: await options.hasher.sha256(bytes), size: bytes.length };
  };
  try {
    for (const src of sources) {
      check();
      if ('text' in src) {
        files.push(await addText(src.path, src.text));
        done += sizeOf(src);
        options.onProgress?.(done, total);
        continue;
      }
      const entry = new ZipDeflate(src.path, { level: 0 });
      entry.mtime = options.mtime;
      zip.add(entry);
      const hash = await createSHA256();
      hash.init();
      let size = 0;
      const reader = src.blob.stream().getReader();
      try {
        for (;;) {
          check();
          const { done: end, value } = await reader.read();
          if (end) break;
          hash.update(value);
          size += value.byteLength;
          entry.push(value);
          await flush();
          done += value.byteLength;
          options.onProgress?.(done, total);
        }
      } finally {
        reader.releaseLock();
      }
      entry.push(new Uint8Array(0), true);
      await flush();
      const sha256 = hash.digest('hex') as Sha256Hex;
      // The bytes written must be the bytes that were sealed: a stored file that changed is not evidence.
      if (sha256 !== src.sha256) throw new PackExportError('media-changed', src.path);
      files.push({ path: src.path, sha256, size });
    }
    check();
    await addText(last.path, await last.text(files));
    zip.end();
    await flush();
    if (!ended) throw new PackExportError('failed');
    return files;
  } catch (e) {
    zip.terminate();
    if (e instanceof PackExportError) throw e;
    throw new PackExportError(options.signal?.aborted ? 'cancelled' : 'failed');
  }
}

/** A sink that only counts bytes (the bench: what the export itself costs, without keeping the output). */
export function countingSink(): PackSink & { readonly bytes: () => number } {
  let bytes = 0;
  return {
    write: (chunk) => void (bytes += chunk.byteLength),
    bytes: () => bytes,
  };
}
