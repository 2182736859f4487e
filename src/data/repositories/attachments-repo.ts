/**
 * Attachment bytes: originals stored byte for byte in 1 MiB Blob slices (`mediaChunks`), never
 * re-encoded, never read whole into JS memory. Storing = hash while streaming → write slices in small
 * transactions → read back and hash again → metadata row `sealed: false`. saveEntry / amendEntry seal it later.
 */
import { checkDateTime } from '../../domain/case/dates.ts';
import type { AttachmentRef } from '../../domain/case/types.ts';
import type { Sha256Hex } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import { ATTACHMENT_SOURCES, type AttachmentProvenance } from '../../domain/evidence/attachment-record.ts';
import type { AttachmentRowV2 } from '../schema/v2.ts';
import type { MediaChunkRowV3 } from '../schema/v3.ts';
import { openSlice, sealSlice } from '../vault/media-seal.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage, isQuotaError } from './storage-errors.ts';

export const SLICE_BYTES = 1024 * 1024;

/** Unsealed attachments (and orphaned slices) older than this with no entry are garbage. */
export const UNSEALED_TTL_MS = 24 * 60 * 60 * 1000;

/** Streaming SHA-256 of a blob (platform `sha256OfBlob`); rejects when the signal aborts. */
export type HashBlob = (
  blob: Blob,
  options?: { readonly onProgress?: (bytesDone: number) => void; readonly signal?: AbortSignal },
) => Promise<Sha256Hex>;

export interface StoreProgress {
  readonly phase: 'hash' | 'write' | 'verify';
  readonly bytesDone: number;
  readonly bytesTotal: number;
}

interface StoreOptions {
  readonly hashBlob: HashBlob;
  readonly onProgress?: (progress: StoreProgress) => void;
  readonly signal?: AbortSignal;
  /**
   * Epoch ms of this write (default: the clock). The garbage sweep ages unsealed rows by it, not by the file's
   * `importedAt`, which a restored file keeps from its first import.
   */
  readonly now?: number;
}

function checkProvenance(p: AttachmentProvenance): void {
  if (typeof p.importedAt !== 'string' || checkDateTime(p.importedAt) !== 'ok') {
    throw new RepositoryError('invalid-attachment', 'importedAt');
  }
  if (!(ATTACHMENT_SOURCES as readonly string[]).includes(p.source))
    throw new RepositoryError('invalid-attachment', 'source');
  if (p.lastModified !== undefined && !Number.isFinite(p.lastModified)) {
    throw new RepositoryError('invalid-attachment', 'lastModified');
  }
  if (p.recovered !== undefined && checkDateTime(p.recovered.lastSliceAt) !== 'ok') {
    throw new RepositoryError('invalid-attachment', 'recovered');
  }
}

const chunkRange = (sha256: string) =>
  [
    [sha256, 0],
    [sha256, Number.MAX_SAFE_INTEGER],
  ] as const;

async function chunkRowsOf(db: YoujuDb, sha256: string): Promise<MediaChunkRowV3[]> {
  const [from, to] = chunkRange(sha256);
  const rows = await db.mediaChunks.where('[sha256+index]').between(from, to, true, true).toArray();
  return rows.sort((a, b) => a.index - b.index);
}

/** The slices' original bytes, opened outside any transaction (WebCrypto would let it commit). */
const openChunks = (db: YoujuDb, rows: readonly MediaChunkRowV3[]): Promise<Blob[]> =>
  Promise.all(rows.map((r) => openSlice(db.vault, 'mediaChunks', [r.sha256, r.index], r)));

const chunksOf = async (db: YoujuDb, sha256: string): Promise<Blob[]> =>
  openChunks(db, await chunkRowsOf(db, sha256));

async function deleteChunks(db: YoujuDb, sha256: string): Promise<void> {
  const [from, to] = chunkRange(sha256);
  await db.mediaChunks.where('[sha256+index]').between(from, to, true, true).delete();
}

const refOf = (sha256: string, size: number, p: { name?: string; type?: string }): AttachmentRef => ({
  sha256,
  size,
  ...(p.name === undefined ? {} : { name: p.name }),
  ...(p.type === undefined ? {} : { type: p.type }),
});

function failure(error: unknown, signal: AbortSignal | undefined): unknown {
  if (error instanceof RepositoryError) return error;
  if (signal?.aborted) return new RepositoryError('cancelled');
  if (isQuotaError(error)) return new RepositoryError('quota');
  return error;
}

/**
 * Stores a file's bytes and returns the ref to put in an entry. The same bytes already stored are not written
 * again. Cancel (signal) or any failure removes the slices this call wrote; resolves only after the read-back hash
 * matches.
 */
export async function storeAttachment(
  db: YoujuDb,
  blob: Blob,
  provenance: AttachmentProvenance,
  options: StoreOptions,
): Promise<AttachmentRef> {
  checkProvenance(provenance);
  const { hashBlob, onProgress, signal } = options;
  const size = blob.size;
  const type = provenance.type ?? (blob.type === '' ? undefined : blob.type);
  const meta = { ...provenance, ...(type === undefined ? {} : { type }) };
  const progress = (phase: StoreProgress['phase']) => (bytesDone: number) =>
    onProgress?.({ phase, bytesDone, bytesTotal: size });

  let sha256: Sha256Hex;
  try {
    signal?.throwIfAborted();
    sha256 = await hashBlob(blob, { onProgress: progress('hash'), signal });
  } catch (error) {
    throw failure(error, signal);
  }
  if (await db.attachments.get(sha256)) return refOf(sha256, size, meta);

  const chunkCount = Math.ceil(size / SLICE_BYTES);
  const writtenAt = options.now ?? Date.now();
  try {
    for (let index = 0; index < chunkCount; index++) {
      signal?.throwIfAborted();
      const slice = blob.slice(index * SLICE_BYTES, Math.min(size, (index + 1) * SLICE_BYTES));
      const stored = await sealSlice(db.vault, 'mediaChunks', [sha256, index], slice);
      await db.mediaChunks.put({ sha256, index, ...stored, at: writtenAt });
      progress('write')(Math.min(size, (index + 1) * SLICE_BYTES));
    }
    const back = new Blob(await chunksOf(db, sha256));
    const again = await hashBlob(back, { onProgress: progress('verify'), signal });
    if (back.size !== size || again !== sha256) throw new RepositoryError('read-back-mismatch', sha256);
    const row: AttachmentRowV2 = {
      ...meta,
      sha256,
      size,
      chunkCount,
      createdAt: writtenAt,
      sealed: false,
    };
    await db.transaction('rw', db.attachments, async () => {
      // Another tab may have stored the same bytes meanwhile; its row (maybe sealed already) wins.
      if (!(await db.attachments.get(sha256))) await db.attachments.add(row);
    });
    return refOf(sha256, size, meta);
  } catch (error) {
    await cleanUp(db, sha256);
    throw failure(error, signal);
  }
}

/** Removes the slices of a write that did not finish, unless another writer completed the same bytes. */
async function cleanUp(db: YoujuDb, sha256: string): Promise<void> {
  try {
    await db.transaction('rw', db.attachments, db.mediaChunks, async () => {
      if (!(await db.attachments.get(sha256))) await deleteChunks(db, sha256);
    });
  } catch {
    // Left for the sweep on the next start (orphaned slices older than a day).
  }
}

/**
 * Removes one stored attachment that nothing sealed or references (e.g. what a cancelled restore stored). Sealed
 * or referenced ones are evidence and are kept; resolves with whether it was removed.
 */
export async function discardUnsealedAttachment(db: YoujuDb, sha256: string): Promise<boolean> {
  return guardStorage(() =>
    db.transaction('rw', db.attachments, db.mediaChunks, db.entries, async () => {
      const row = await db.attachments.get(sha256);
      if (!row || row.sealed || row.legacy === true) return false;
      const referenced = await db.entries
        .filter((e) =>
          ((e.data as { attachments?: readonly AttachmentRef[] }).attachments ?? []).some(
            (a) => a.sha256 === sha256,
          ),
        )
        .count();
      if (referenced > 0) return false;
      await db.attachments.delete(sha256);
      await deleteChunks(db, sha256);
      return true;
    }),
  );
}

/** The stored file as one Blob composed of its slices (the browser keeps them on disk). */
export async function attachmentBlob(db: YoujuDb, sha256: string): Promise<Blob> {
  const { row, chunks } = await db.transaction('r', db.attachments, db.mediaChunks, async () => {
    const found = await db.attachments.get(sha256);
    if (!found) throw new RepositoryError('attachment-not-found', sha256);
    return { row: found, chunks: await chunkRowsOf(db, sha256) };
  });
  return new Blob(await openChunks(db, chunks), row.type === undefined ? {} : { type: row.type });
}

export async function getAttachment(db: YoujuDb, sha256: string): Promise<AttachmentRowV2 | undefined> {
  return db.attachments.get(sha256);
}

/**
 * Deletes what a store left behind and no entry took: unsealed attachments older than a day that no entry
 * references, and slices older than a day with no attachment row (a write cut off by a crash). v1 attachments
 * (`legacy`) and sealed ones are never touched. Resolves with the number of files removed.
 */
export async function sweepUnsealedAttachments(db: YoujuDb, now: number): Promise<number> {
  const cutoff = now - UNSEALED_TTL_MS;
  const rows = await db.attachments.toArray();
  const stale = rows.filter((r) => !r.sealed && r.legacy !== true && r.createdAt < cutoff);
  let removed = 0;
  if (stale.length > 0) {
    const referenced = new Set<string>();
    for (const entry of await db.entries.toArray()) {
      const refs = (entry.data as { attachments?: readonly AttachmentRef[] }).attachments ?? [];
      for (const ref of refs) referenced.add(ref.sha256);
    }
    for (const row of stale.filter((r) => !referenced.has(r.sha256))) {
      await db.transaction('rw', db.attachments, db.mediaChunks, async () => {
        const current = await db.attachments.get(row.sha256);
        if (!current || current.sealed) return;
        await db.attachments.delete(row.sha256);
        await deleteChunks(db, row.sha256);
        removed++;
      });
    }
  }
  const known = new Set(rows.map((r) => r.sha256));
  const keys = await db.mediaChunks.toCollection().primaryKeys();
  const orphans = new Set(
    keys.map((k) => String((k as unknown as [string, number])[0])).filter((s) => !known.has(s)),
  );
  for (const sha256 of orphans) {
    await db.transaction('rw', db.attachments, db.mediaChunks, async () => {
      if (await db.attachments.get(sha256)) return;
      const [from, to] = chunkRange(sha256);
      const chunks = await db.mediaChunks.where('[sha256+index]').between(from, to, true, true).toArray();
      if (chunks.every((c) => c.at !== undefined && c.at < cutoff)) {
        await deleteChunks(db, sha256);
        removed++;
      }
    });
  }
  return removed;
}
