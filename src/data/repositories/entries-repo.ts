import { instantOf } from '../../domain/case/dates.ts';
import type { Entry } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import type { EntryRowV2 } from '../schema/v2.ts';
import { RepositoryError } from './repository-error.ts';
import { invalidEntryField } from './validate.ts';

// Entries are written only through evidence-repo.ts (saveEntry, amendEntry, hideEntry) and case import, which
// seal them into the chain. Rows hold the CURRENT version of each entry.

/** Rows were validated on the way in, so the stored object is an Entry (plus fields this version does not know). */
export const toEntry = (row: EntryRowV2): Entry => row.data as unknown as Entry;

export function checkEntry(entry: Entry, code: 'invalid-entry' = 'invalid-entry'): void {
  const field = invalidEntryField(entry);
  if (field) throw new RepositoryError(code, field);
}

export function entryRow(entry: Entry, seq: number): EntryRowV2 {
  checkEntry(entry);
  const row = { id: entry.id, seq, at: instantOf(entry.at), kind: entry.kind, data: { ...entry } };
  return entry.debtId === undefined ? row : { ...row, debtId: entry.debtId };
}

/** A hidden entry is "deleted" for the user: it stays in the chain and in history, not in lists or exports. */
export const isVisible = (row: EntryRowV2): boolean => row.hidden === undefined;

/** Current versions of the entries not hidden, in the order they were recorded or imported. */
export async function listEntries(db: YoujuDb): Promise<Entry[]> {
  return (await db.entries.orderBy('seq').toArray()).filter(isVisible).map(toEntry);
}

export async function listEntriesForDebt(db: YoujuDb, debtId: string): Promise<Entry[]> {
  const rows = await db.entries.where('debtId').equals(debtId).toArray();
  return rows
    .filter(isVisible)
    .sort((a, b) => a.seq - b.seq)
    .map(toEntry);
}

export async function nextEntrySeq(db: YoujuDb): Promise<number> {
  const last = await db.entries.orderBy('seq').last();
  return last ? last.seq + 1 : 1;
}
