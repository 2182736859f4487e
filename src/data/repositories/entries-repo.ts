import { instantOf } from '../../domain/case/dates.ts';
import type { Entry } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import type { EntryRowV1 } from '../schema/v1.ts';
import { RepositoryError } from './repository-error.ts';
import { nextSeq } from './debts-repo.ts';
import { invalidEntryField } from './validate.ts';

/** Rows were validated on the way in, so the stored object is an Entry (plus fields this version does not know). */
const toEntry = (row: EntryRowV1): Entry => row.data as unknown as Entry;

export function entryRow(entry: Entry, seq: number): EntryRowV1 {
  const field = invalidEntryField(entry);
  if (field) throw new RepositoryError('invalid-entry', field);
  const row = { id: entry.id, seq, at: instantOf(entry.at), kind: entry.kind, data: { ...entry } };
  return entry.debtId === undefined ? row : { ...row, debtId: entry.debtId };
}

/** All entries in the order they were recorded or imported. */
export async function listEntries(db: YoujuDb): Promise<Entry[]> {
  return (await db.entries.orderBy('seq').toArray()).map(toEntry);
}

export async function listEntriesForDebt(db: YoujuDb, debtId: string): Promise<Entry[]> {
  const rows = await db.entries.where('debtId').equals(debtId).toArray();
  return rows.sort((a, b) => a.seq - b.seq).map(toEntry);
}

export async function countEntries(db: YoujuDb): Promise<number> {
  return db.entries.count();
}

export async function addEntry(db: YoujuDb, entry: Entry): Promise<Entry> {
  return db.transaction('rw', db.entries, db.debts, async () => {
    if (entry.debtId !== undefined && !(await db.debts.get(entry.debtId))) {
      throw new RepositoryError('debt-not-found', 'debtId');
    }
    const row = entryRow(entry, await nextSeq(db.entries));
    await db.entries.add(row);
    return toEntry(row);
  });
}
