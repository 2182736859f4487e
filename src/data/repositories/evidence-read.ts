/** Reading the evidence log: list rows for the timeline, and one entry's full history from the chain. */
import type { Entry } from '../../domain/case/types.ts';
import {
  entryViews,
  type AmendmentRecord,
  type EntryView,
  type HideRecord,
} from '../../domain/evidence/amendments.ts';
import type { YoujuDb } from '../db.ts';
import type { EntryRowV2, HiddenMark } from '../schema/v2.ts';
import { toEntry } from './entries-repo.ts';
import { RepositoryError } from './repository-error.ts';

/** One timeline row: the current version of an entry and what happened to it. */
export interface EntryListItem {
  readonly entry: Entry;
  /** Save order (1, 2, 3 …). */
  readonly seq: number;
  /** Epoch ms of `entry.at`. */
  readonly at: number;
  readonly amendedCount: number;
  readonly hidden: HiddenMark | null;
}

const toListItem = (row: EntryRowV2): EntryListItem => ({
  entry: toEntry(row),
  seq: row.seq,
  at: row.at,
  amendedCount: row.amendedCount ?? 0,
  hidden: row.hidden ?? null,
});

/** Every entry row (hidden ones included, flagged), newest `at` first; equal times newest save first. */
export async function listEntryItems(db: YoujuDb): Promise<EntryListItem[]> {
  const rows = await db.entries.toArray();
  rows.sort((a, b) => b.at - a.at || b.seq - a.seq);
  return rows.map(toListItem);
}

/**
 * The entry as sealed: the original, each amendment in seal order and the hide record, all read from the chain
 * (never from the entry row, which only mirrors the latest version).
 */
export async function getEntryView(db: YoujuDb, entryId: string): Promise<EntryView> {
  return db.transaction('r', db.chain, async () => {
    const original = await db.chain.where('[kind+recordId]').equals(['entry', entryId]).first();
    if (!original) throw new RepositoryError('entry-not-found', 'entryId');
    const amendments = (await db.chain.where('kind').equals('amendment').sortBy('seq'))
      .map((r) => r.record as AmendmentRecord)
      .filter((a) => a.amends === entryId);
    const hides = (await db.chain.where('kind').equals('hide').sortBy('seq'))
      .map((r) => r.record as HideRecord)
      .filter((h) => h.hides === entryId);
    const { views } = entryViews([original.record as Entry], amendments, hides);
    const [view] = views;
    if (!view) throw new RepositoryError('entry-not-found', 'entryId');
    return view;
  });
}
