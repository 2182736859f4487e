/**
 * The log's one door to storage (the storage repositories): every read and write of the log screens goes
 * through here, over H1's sealed-chain repositories.
 */
import type { AttachmentRef, Entry } from '../../domain/case/types.ts';
import type { EntryView } from '../../domain/evidence/amendments.ts';
import { evaluate, type Finding } from '../../domain/rules/evaluate.ts';
import type { YoujuDb } from '../../data/db.ts';
import { useEntryRows } from '../../data/hooks/use-evidence.ts';
import { exportCaseFile } from '../../data/repositories/case-repo.ts';
import { getEntryView, type EntryListItem } from '../../data/repositories/evidence-read.ts';
import {
  amendEntry,
  hideEntry,
  saveEntry,
  type AmendInput,
  type HideInput,
} from '../../data/repositories/evidence-repo.ts';
import { RepositoryError } from '../../data/repositories/repository-error.ts';
import { storeAttachment, type StoreProgress } from '../../data/repositories/attachments-repo.ts';
import { systemClock } from '../../platform/clock.ts';
import { sha256OfBlob, webCryptoHasher } from '../../platform/hasher.ts';

/** One timeline row: the current version of an entry, how often it was amended, and whether it is hidden. */
export type LogRow = Pick<EntryListItem, 'entry' | 'seq' | 'at' | 'amendedCount' | 'hidden'>;

/** All rows (hidden ones flagged), newest first; `undefined` while loading. */
export const useLogRows = (): readonly LogRow[] | undefined => useEntryRows();

/** Resolves only after the entry is sealed and the stored records re-hash as written (STYLE.md §2.5). */
export async function saveNewEntry(db: YoujuDb, entry: Entry): Promise<Entry> {
  return (await saveEntry(db, entry, webCryptoHasher)).entry;
}

export type { AmendInput, HideInput };

export async function amend(db: YoujuDb, input: AmendInput): Promise<void> {
  await amendEntry(db, input, webCryptoHasher);
}

export async function hide(db: YoujuDb, input: HideInput): Promise<void> {
  await hideEntry(db, input, webCryptoHasher);
}

/** The entry with its history from the chain; null when it is not on this device. */
export async function loadEntryView(db: YoujuDb, entryId: string): Promise<EntryView | null> {
  try {
    return await getEntryView(db, entryId);
  } catch (error) {
    if (error instanceof RepositoryError && error.code === 'entry-not-found') return null;
    throw error;
  }
}

/**
 * The findings that rest on one entry, over the case as exported (hidden entries left out). Run right after a
 * save so the borrower hears at once, calmly, what the entry shows.
 */
export async function findingsForEntry(
  db: YoujuDb,
  entryId: string,
  now: number,
): Promise<readonly Finding[]> {
  const file = await exportCaseFile(db);
  return evaluate(file, { now }).filter((f) => f.entryIds.includes(entryId));
}

export type AttachmentSource = 'file' | 'camera' | 'recording';

interface StoreFileOptions {
  /** 0…1 over the three passes (hash, write, read-back hash). */
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
}

const PHASES = ['hash', 'write', 'verify'] as const;

/**
 * Stores a file byte for byte with its provenance (name, type, lastModified, import time, source), hashed while
 * streaming and read back; resolves with its reference, unsealed until the entry that uses it is saved.
 */
export async function storeFile(
  db: YoujuDb,
  file: File,
  source: AttachmentSource,
  options: StoreFileOptions,
): Promise<AttachmentRef> {
  const { onProgress, signal } = options;
  return storeAttachment(
    db,
    file,
    {
      ...(file.name ? { name: file.name } : {}),
      ...(file.type ? { type: file.type } : {}),
      ...(Number.isFinite(file.lastModified) ? { lastModified: file.lastModified } : {}),
      importedAt: new Date(systemClock.now()).toISOString(),
      source,
    },
    {
      hashBlob: sha256OfBlob,
      ...(onProgress
        ? {
            onProgress: (p: StoreProgress) =>
              onProgress((PHASES.indexOf(p.phase) + (p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 1)) / 3),
          }
        : {}),
      ...(signal ? { signal } : {}),
    },
  );
}
