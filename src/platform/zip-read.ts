/**
 * Reads a case pack from a File by random access (Blob.slice), as the CLI reads it from disk: the central
 * directory gives every entry's exact size (a streaming reader that scans for the data-descriptor signature would
 * cut a recording that happens to contain "PK\x07\x08"), and each entry is streamed through fflate's inflater and
 * hash-wasm in 1 MiB reads. Only manifest.json, case.json and history.json are kept, as text, capped.
 */
import { UnzipInflate } from 'fflate';
import { createSHA256 } from 'hash-wasm';
import type { FileFacts } from '../domain/case-pack/check-pack.ts';
import { isSupportedMethod, localHeaderAgrees } from '../domain/case-pack/zip-frame.ts';

const CHUNK = 1 << 20;
const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;

type PackReadErrorCode = 'unreadable' | 'too-large' | 'unsupported-compression' | 'cancelled';

export class PackReadError extends Error {
  override readonly name = 'PackReadError';
  /** `file`: the zip entry concerned, for `unsupported-compression`. */
  constructor(
    readonly code: PackReadErrorCode,
    readonly file?: string,
  ) {
    super(code);
  }
}

export interface ZipEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compSize: number;
  readonly size: number;
  readonly localOffset: number;
}

interface ReadPackResult {
  /** Every zip entry in central-directory order, duplicates included. */
  readonly files: readonly (readonly [string, FileFacts])[];
  readonly texts: ReadonlyMap<string, string>;
  /** The first entry of each name, for reading media back out. */
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

interface ReadPackOptions {
  readonly signal?: AbortSignal;
  /** Compressed bytes read so far, of the whole file. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly textCap?: number;
}

async function bytesAt(blob: Blob, start: number, length: number): Promise<DataView> {
  if (start < 0 || start + length > blob.size) throw new PackReadError('unreadable');
  const buf = await blob.slice(start, start + length).arrayBuffer();
  if (buf.byteLength !== length) throw new PackReadError('unreadable');
  return new DataView(buf);
}

const utf8 = new TextDecoder('utf-8');

async function centralDirectory(blob: Blob): Promise<ZipEntry[]> {
  if (blob.size < 22) throw new PackReadError('unreadable');
  const tailStart = Math.max(0, blob.size - 22 - MAX_COMMENT);
  const tail = await bytesAt(blob, tailStart, blob.size - tailStart);
  let at = -1;
  for (let i = tail.byteLength - 22; i >= 0; i--) {
    if (tail.getUint32(i, true) === EOCD_SIG && i + 22 + tail.getUint16(i + 20, true) === tail.byteLength) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new PackReadError('unreadable');
  const count = tail.getUint16(at + 10, true);
  const cdSize = tail.getUint32(at + 12, true);
  const cdOffset = tail.getUint32(at + 16, true);
  // Zip64 markers: fflate never writes them for packs under 4 GiB, and this reader does not follow them.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new PackReadError('unreadable');
  if (cdOffset + cdSize > tailStart + at || cdSize > 64 * CHUNK) throw new PackReadError('unreadable');
  const cd = await bytesAt(blob, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.byteLength || cd.getUint32(p, true) !== CEN_SIG) throw new PackReadError('unreadable');
    const nameLen = cd.getUint16(p + 28, true);
    const skip = nameLen + cd.getUint16(p + 30, true) + cd.getUint16(p + 32, true);
    if (p + 46 + skip > cd.byteLength) throw new PackReadError('unreadable');
    entries.push({
      name: utf8.decode(new Uint8Array(cd.buffer, p + 46, nameLen)),
      flags: cd.getUint16(p + 8, true),
      method: cd.getUint16(p + 10, true),
      crc: cd.getUint32(p + 16, true),
      compSize: cd.getUint32(p + 20, true),
      size: cd.getUint32(p + 24, true),
      localOffset: cd.getUint32(p + 42, true),
    });
    p += 46 + skip;
  }
  return entries;
}

/**
 * Where an entry's data starts, from its local header, which must name the same file and method as the central
 * directory (zip-frame.ts); a data descriptor after the data is not read: the SHA-256 of the bytes decides.
 */
async function dataStart(blob: Blob, e: ZipEntry): Promise<number> {
  if (e.flags & 1) throw new PackReadError('unreadable'); // encrypted
  if (!isSupportedMethod(e.method)) throw new PackReadError('unsupported-compression', e.name);
  const local = await bytesAt(blob, e.localOffset, 30);
  if (local.getUint32(0, true) !== LOC_SIG) throw new PackReadError('unreadable');
  const header = await bytesAt(blob, e.localOffset, 30 + local.getUint16(26, true));
  if (!localHeaderAgrees(new Uint8Array(header.buffer), e)) throw new PackReadError('unreadable');
  const start = e.localOffset + 30 + local.getUint16(26, true) + local.getUint16(28, true);
  if (start + e.compSize > blob.size) throw new PackReadError('unreadable');
  return start;
}

/** Streams one entry's uncompressed bytes into `sink`, reading CHUNK bytes at a time. */
async function streamEntry(
  blob: Blob,
  e: ZipEntry,
  sink: (chunk: Uint8Array) => void | Promise<void>,
  onRead?: (bytes: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  const start = await dataStart(blob, e);
  const out: Uint8Array[] = [];
  let done = false;
  let push: (chunk: Uint8Array, final: boolean) => void;
  if (e.method === 0) {
    push = (chunk, final) => {
      out.push(chunk);
      done ||= final;
    };
  } else if (e.method === 8) {
    const inflate = new UnzipInflate();
    inflate.ondata = (error, data, final) => {
      if (error) throw new PackReadError('unreadable');
      out.push(data);
      done ||= final;
    };
    push = (chunk, final) => inflate.push(chunk, final);
  } else {
    throw new PackReadError('unreadable');
  }
  const end = start + e.compSize;
  let pos = start;
  do {
    if (signal?.aborted) throw new PackReadError('cancelled');
    const length = Math.min(CHUNK, end - pos);
    const view = await bytesAt(blob, pos, length);
    pos += length;
    try {
      push(new Uint8Array(view.buffer), pos === end);
    } catch (error) {
      throw error instanceof PackReadError ? error : new PackReadError('unreadable');
    }
    for (let c = out.shift(); c !== undefined; c = out.shift()) await sink(c);
    onRead?.(length);
  } while (pos < end);
  if (!done) throw new PackReadError('unreadable');
}

/**
 * Every entry's SHA-256 and size, and the text of the entries named in `keep` (each at most `textCap` bytes,
 * else `too-large`). Throws PackReadError for anything that is not a whole zip, or when cancelled.
 */
export async function readPackBlob(
  blob: Blob,
  keep: readonly string[],
  options: ReadPackOptions = {},
): Promise<ReadPackResult> {
  const cap = options.textCap ?? 64 * CHUNK;
  try {
    const entries = await centralDirectory(blob);
    const files: (readonly [string, FileFacts])[] = [];
    const texts = new Map<string, string>();
    const byName = new Map<string, ZipEntry>();
    let read = 0;
    for (const e of entries) {
      if (!byName.has(e.name)) byName.set(e.name, e);
      const hash = await createSHA256();
      hash.init();
      let size = 0;
      const wanted = keep.includes(e.name) && !texts.has(e.name);
      const parts: Uint8Array[] = [];
      const onRead = (n: number) => {
        read += n;
        options.onProgress?.(read, blob.size);
      };
      await streamEntry(
        blob,
        e,
        (chunk) => {
          hash.update(chunk);
          size += chunk.byteLength;
          if (wanted) {
            if (size > cap) throw new PackReadError('too-large');
            parts.push(chunk.slice());
          }
        },
        onRead,
        options.signal,
      );
      if (size !== e.size) throw new PackReadError('unreadable');
      if (wanted) texts.set(e.name, await new Blob(parts as BlobPart[]).text());
      files.push([e.name, { sha256: hash.digest('hex'), size }]);
    }
    return { files, texts, entries: byName };
  } catch (e) {
    throw e instanceof PackReadError ? e : new PackReadError('unreadable');
  }
}

/**
 * An entry's original bytes as a Blob without copying them into JS memory: a slice of the file for stored entries
 * (how packs store media); deflated entries are inflated into Blob parts.
 */
export async function entryBlob(blob: Blob, e: ZipEntry, signal?: AbortSignal): Promise<Blob> {
  if (e.method === 0) {
    const start = await dataStart(blob, e);
    return blob.slice(start, start + e.compSize);
  }
  const parts: Blob[] = [];
  await streamEntry(blob, e, (chunk) => void parts.push(new Blob([chunk as BlobPart])), undefined, signal);
  return new Blob(parts);
}
