/**
 * Zip I/O for case packs in Node, streamed both ways: a pack may hold hundreds of MB of recordings, so no file and
 * never the whole pack is held in memory; only manifest.json and case.json are kept as text (capped).
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { UnzipInflate, Zip, ZipDeflate } from 'fflate';
import type { FileFacts } from '../domain/case-pack/check-pack.ts';
import { fitsZip32, isSupportedMethod, localHeaderAgrees } from '../domain/case-pack/zip-frame.ts';
import type { PackFile } from '../domain/case-pack/manifest.ts';
import type { Hasher, Sha256Hex } from '../domain/shared/ports.ts';

const CHUNK = 1 << 20;

/** The Hasher port over node:crypto, for records (canonical JSON of entries and manifests). */
export const nodeHasher: Hasher = {
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex') as Sha256Hex),
};

/** SHA-256 and size of a file, read as a stream. */
export async function hashFile(path: string): Promise<FileFacts> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    size += chunk.length;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * A file of the pack: text is deflated; a file on disk (media, already compressed) goes through deflate at level 0,
 * whose stored blocks keep its bytes as they are. A plain stored entry cannot be streamed without a data
 * descriptor, which streaming readers (Java's ZipInputStream, Android) refuse on stored entries.
 */
export type PackSource =
  | { readonly path: string; readonly text: string }
  | { readonly path: string; readonly file: string; readonly sha256: string };

export class PackWriteError extends Error {
  constructor(
    readonly code: 'media-changed' | 'zip-failed' | 'too-large',
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

/**
 * Writes `sources` then the text `lastText(files)` returns (the manifest, which needs every other file's hash) to
 * `out`, through `out.partial` renamed at the end so that a failed export leaves nothing behind.
 */
export async function writePack(
  out: string,
  sources: readonly PackSource[],
  last: { readonly path: string; readonly text: (files: readonly PackFile[]) => Promise<string> },
  mtime: Date,
): Promise<readonly PackFile[]> {
  const sizes = await Promise.all(
    sources.map(async (s) => ('text' in s ? Buffer.byteLength(s.text) : (await stat(s.file)).size)),
  );
  if (!fitsZip32(sizes)) throw new PackWriteError('too-large', out);
  const tmp = `${out}.partial`;
  const ws = createWriteStream(tmp);
  let failure: Error | null = null;
  ws.on('error', (e) => (failure ??= e));
  const zip = new Zip((e, chunk, final) => {
    if (e) failure ??= e;
    else ws.write(chunk);
    if (final) ws.end();
  });
  const drain = async () => {
    if (ws.writableNeedDrain && failure === null) await once(ws, 'drain');
  };
  const files: PackFile[] = [];
  const addText = (path: string, text: string) => {
    const entry = new ZipDeflate(path, { level: 9 });
    entry.mtime = mtime;
    zip.add(entry);
    const bytes = Buffer.from(text, 'utf8');
    entry.push(bytes, true);
    const sha256 = createHash('sha256').update(bytes).digest('hex') as Sha256Hex;
    return { path, sha256, size: bytes.length };
  };
  try {
    for (const src of sources) {
      if ('text' in src) {
        files.push(addText(src.path, src.text));
      } else {
        const entry = new ZipDeflate(src.path, { level: 0 });
        entry.mtime = mtime;
        zip.add(entry);
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of createReadStream(src.file, {
          highWaterMark: CHUNK,
        }) as AsyncIterable<Buffer>) {
          hash.update(chunk);
          size += chunk.length;
          entry.push(chunk);
          await drain();
        }
        entry.push(new Uint8Array(0), true);
        const sha256 = hash.digest('hex') as Sha256Hex;
        // The bytes written must be the bytes checked before: a file swapped mid-export is not evidence.
        if (sha256 !== src.sha256) throw new PackWriteError('media-changed', src.file);
        files.push({ path: src.path, sha256, size });
      }
      await drain();
      if (failure !== null) throw failure;
    }
    addText(last.path, await last.text(files));
    zip.end();
    await finished(ws);
    if (failure !== null) throw failure;
    await rename(tmp, out);
    return files;
  } catch (e) {
    ws.destroy();
    await rm(tmp, { force: true });
    throw e instanceof PackWriteError ? e : new PackWriteError('zip-failed', out);
  }
}

export class PackReadError extends Error {
  /** `file`: the zip entry concerned, for `unsupported-compression`. */
  constructor(
    readonly code: 'unreadable' | 'too-large' | 'unsupported-compression',
    readonly file?: string,
  ) {
    super(code);
  }
}

interface ReadPack {
  /** Every zip entry in central-directory order, duplicates included. */
  readonly files: readonly (readonly [string, FileFacts])[];
  readonly texts: ReadonlyMap<string, string>;
}

interface CentralEntry {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;
const MAX_COMMENT = 0xffff;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead !== length) throw new PackReadError('unreadable');
  return buf;
}

/**
 * The central directory, read from the end of the file. Streaming readers that scan local headers (fflate's
 * `Unzip`) look for the data-descriptor signature inside stored data to find where a file ends, and a recording
 * that happens to contain the bytes "PK\x07\x08" would be cut short; the central directory gives exact sizes.
 */
async function centralDirectory(fh: FileHandle, fileSize: number): Promise<CentralEntry[]> {
  if (fileSize < 22) throw new PackReadError('unreadable');
  const tailStart = Math.max(0, fileSize - 22 - MAX_COMMENT);
  const tail = await readAt(fh, tailStart, fileSize - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG && i + 22 + tail.readUInt16LE(i + 20) === tail.length) {
      at = i;
      break;
    }
  }
  if (at < 0) throw new PackReadError('unreadable');
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  // Zip64 markers: fflate never writes them for packs under 4 GiB, and this reader does not follow them.
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    throw new PackReadError('unreadable');
  if (cdOffset + cdSize > tailStart + at || cdSize > 64 * CHUNK) throw new PackReadError('unreadable');
  const cd = await readAt(fh, cdOffset, cdSize);
  const entries: CentralEntry[] = [];
  let p = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN_SIG) throw new PackReadError('unreadable');
    const nameLen = cd.readUInt16LE(p + 28);
    const skip = nameLen + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    if (p + 46 + skip > cd.length) throw new PackReadError('unreadable');
    entries.push({
      name: cd.toString('utf8', p + 46, p + 46 + nameLen),
      flags: cd.readUInt16LE(p + 8),
      method: cd.readUInt16LE(p + 10),
      crc: cd.readUInt32LE(p + 16),
      compSize: cd.readUInt32LE(p + 20),
      size: cd.readUInt32LE(p + 24),
      localOffset: cd.readUInt32LE(p + 42),
    });
    p += 46 + skip;
  }
  return entries;
}

/**
 * Streams one entry's data through the decoder into `deliver`, in CHUNK-sized reads. The central directory gives
 * the sizes; the local header must name the same file and method (zip-frame.ts); a data descriptor is not read.
 */
async function streamEntry(
  fh: FileHandle,
  e: CentralEntry,
  limit: number,
  deliver: (chunk: Uint8Array) => void,
): Promise<void> {
  if (e.flags & 1) throw new PackReadError('unreadable'); // encrypted
  if (!isSupportedMethod(e.method)) throw new PackReadError('unsupported-compression', e.name);
  const local = await readAt(fh, e.localOffset, 30);
  if (local.readUInt32LE(0) !== LOC_SIG) throw new PackReadError('unreadable');
  const header = await readAt(fh, e.localOffset, 30 + local.readUInt16LE(26));
  if (!localHeaderAgrees(header, e)) throw new PackReadError('unreadable');
  const start = e.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + e.compSize > limit) throw new PackReadError('unreadable');
  const sink = deliver;
  let done = false;
  let push: (chunk: Uint8Array, final: boolean) => void;
  if (e.method === 0) {
    push = (chunk, final) => {
      sink(chunk);
      done ||= final;
    };
  } else if (e.method === 8) {
    const inflate = new UnzipInflate();
    inflate.ondata = (error, data, final) => {
      if (error) throw new PackReadError('unreadable');
      sink(data);
      done ||= final;
    };
    push = (chunk, final) => inflate.push(chunk, final);
  } else {
    throw new PackReadError('unreadable');
  }
  let pos = start;
  const end = start + e.compSize;
  do {
    const length = Math.min(CHUNK, end - pos);
    const buf = await readAt(fh, pos, length);
    pos += length;
    try {
      push(buf, pos === end);
    } catch (error) {
      throw error instanceof PackReadError ? error : new PackReadError('unreadable');
    }
  } while (pos < end);
  if (!done) throw new PackReadError('unreadable');
}

/**
 * Reads a pack: the SHA-256 and size of every entry, and the text of the entries named in `keep` (each at most
 * `textCap` bytes, else `too-large`). Throws PackReadError('unreadable') for anything that is not a whole zip.
 */
export async function readPack(
  file: string,
  keep: readonly string[],
  textCap = 64 * CHUNK,
): Promise<ReadPack> {
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch {
    throw new PackReadError('unreadable');
  }
  try {
    const { size: fileSize } = await fh.stat();
    const entries = await centralDirectory(fh, fileSize);
    const files: (readonly [string, FileFacts])[] = [];
    const texts = new Map<string, string>();
    for (const e of entries) {
      const hash = createHash('sha256');
      let size = 0;
      const wanted = keep.includes(e.name) && !texts.has(e.name);
      const parts: Uint8Array[] = [];
      await streamEntry(fh, e, fileSize, (chunk) => {
        hash.update(chunk);
        size += chunk.length;
        if (wanted) {
          if (size > textCap) throw new PackReadError('too-large');
          parts.push(chunk.slice());
        }
      });
      if (size !== e.size) throw new PackReadError('unreadable');
      if (wanted) texts.set(e.name, Buffer.concat(parts).toString('utf8'));
      files.push([e.name, { sha256: hash.digest('hex'), size }]);
    }
    return { files, texts };
  } catch (e) {
    throw e instanceof PackReadError ? e : new PackReadError('unreadable');
  } finally {
    await fh.close();
  }
}
