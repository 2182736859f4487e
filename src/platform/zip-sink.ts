/**
 * Where an exported pack goes in the browser, so that it is never one ArrayBuffer in JS memory: an OPFS file
 * (origin-private file system, written through a swap file that only becomes the file on close) where the browser
 * can write one from a page, else a Blob built from Blobs of a few MiB each (browsers keep large Blob data out of
 * the JS heap and may page it to disk).
 */
import type { PackSink } from './zip-write.ts';

interface ExportSink extends PackSink {
  /** The finished pack. */
  finish(): Promise<Blob>;
  /** Throws away everything written; nothing of a cancelled export stays behind. */
  discard(): Promise<void>;
}

const PART = 4 << 20;
const EXPORT_PREFIX = 'youju-export-';
/** A decrypted backup being restored: the same data the database holds, kept only while the restore needs it. */
const RESTORE_PREFIX = 'youju-restore-';

/** Collects chunks into Blobs of about 4 MiB, so that only the current part is held as JS arrays. */
function blobSink(type = 'application/zip'): ExportSink {
  let parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingSize = 0;
  const seal = () => {
    if (pending.length === 0) return;
    parts.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingSize = 0;
  };
  return {
    write(chunk) {
      pending.push(chunk);
      pendingSize += chunk.byteLength;
      if (pendingSize >= PART) seal();
    },
    finish() {
      seal();
      const blob = new Blob(parts, { type });
      parts = [];
      return Promise.resolve(blob);
    },
    discard() {
      parts = [];
      pending = [];
      return Promise.resolve();
    },
  };
}

interface WritableLike {
  write(data: BlobPart): Promise<void>;
  close(): Promise<void>;
  abort(): Promise<void>;
}

type OpfsRoot = FileSystemDirectoryHandle;

async function opfsRoot(): Promise<OpfsRoot | null> {
  try {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.getDirectory !== 'function') return null;
    return await storage.getDirectory();
  } catch {
    return null;
  }
}

/** An OPFS file written through createWritable (Chromium; Safari offers it only in workers), else null. */
async function opfsSink(root: OpfsRoot, name: string): Promise<ExportSink | null> {
  try {
    const handle = await root.getFileHandle(name, { create: true });
    const open = (handle as unknown as { createWritable?: () => Promise<WritableLike> }).createWritable;
    if (typeof open !== 'function') {
      await root.removeEntry(name);
      return null;
    }
    const writable = await open.call(handle);
    // Batched into 1 MiB writes: each write is a round trip to the browser's file backend.
    let pending: Uint8Array[] = [];
    let pendingSize = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const blob = new Blob(pending as BlobPart[]);
      pending = [];
      pendingSize = 0;
      await writable.write(blob);
    };
    return {
      async write(chunk) {
        pending.push(chunk);
        pendingSize += chunk.byteLength;
        if (pendingSize >= 1 << 20) await flush();
      },
      async finish() {
        await flush();
        await writable.close();
        return handle.getFile();
      },
      async discard() {
        pending = [];
        await writable.abort().catch(() => undefined);
        await root.removeEntry(name).catch(() => undefined);
      },
    };
  } catch {
    return null;
  }
}

async function clearOld(prefix: string): Promise<void> {
  const root = await opfsRoot();
  if (root === null) return;
  try {
    const names: string[] = [];
    for await (const key of (root as unknown as { keys(): AsyncIterable<string> }).keys()) {
      if (key.startsWith(prefix)) names.push(key);
    }
    for (const n of names) await root.removeEntry(n).catch(() => undefined);
  } catch {
    // Nothing to clean, or OPFS is unavailable in this context.
  }
}

/** Removes packs of earlier exports left in OPFS (kept until then so a download or share could read them). */
export const clearOldExports = (): Promise<void> => clearOld(EXPORT_PREFIX);

/** Removes decrypted backups that a restore left behind when the page was closed or crashed mid-way. */
export const clearOldRestores = (): Promise<void> => clearOld(RESTORE_PREFIX);

/** The sink for an export: OPFS where the page can write it, else Blob parts. */
export async function exportSink(stamp: string): Promise<ExportSink> {
  const root = await opfsRoot();
  const opfs = root === null ? null : await opfsSink(root, `${EXPORT_PREFIX}${stamp}.zip`);
  return opfs ?? blobSink();
}

/** Where a decrypted backup is written before it is checked and restored: OPFS, else Blob parts. */
export async function restoreSink(stamp: string): Promise<ExportSink> {
  const root = await opfsRoot();
  const opfs = root === null ? null : await opfsSink(root, `${RESTORE_PREFIX}${stamp}.zip`);
  return opfs ?? blobSink();
}
