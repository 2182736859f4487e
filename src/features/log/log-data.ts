/**
 * The log's one door to storage (contract A of the wave-3 brief): every read and write of the log screens goes
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
import { webCryptoHasher } from '../../platform/hasher.ts';

/** One timeline row: the current version of an entry, how often it was amended, and whether it is hidden. */
export type LogRow = Pick<EntryListItem, 'entry' | 'seq' | 'amendedCount' | 'hidden'>;

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

export interface StoreOptions {
  readonly onProgress?: (bytesDone: number) => void;
  readonly signal?: AbortSignal;
}

/**
 * Stores a file byte for byte, hashed while streaming, read back; resolves with its reference (unsealed).
 * INTERIM until contract A's storeAttachment is on main: refuses, so the form says the file was not stored.
 */
export function storeFile(
  ...args: [db: YoujuDb, file: File, source: AttachmentSource, options: StoreOptions]
): Promise<AttachmentRef> {
  void args;
  return Promise.reject(new RepositoryError('invalid-attachment', 'unavailable'));
}
