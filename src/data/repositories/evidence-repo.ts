/**
 * Writing the evidence log. Saved entries are never overwritten (STYLE.md §2.5): an edit seals an
 * amendment holding the whole new version, a deletion seals a hide record with a reason. Each write is one sealed
 * transaction (chain-repo.ts `writeSealed`) and resolves only after the read-back re-hash.
 */
import { checkDateTime } from '../../domain/case/dates.ts';
import type { Entry } from '../../domain/case/types.ts';
import { canonicalJson } from '../../domain/evidence/canonical-json.ts';
import type { ChainLink } from '../../domain/evidence/chain.ts';
import type { AmendmentRecord, HideRecord } from '../../domain/evidence/amendments.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import type { EntryRowV2 } from '../schema/v2.ts';
import { attachmentsToSeal, markAttachmentsSealed } from './attachment-records.ts';
import { sealBacklog } from './chain-backlog.ts';
import { isSealed, linkOf, writeSealed, type ChainRow } from './chain-repo.ts';
import { checkEntry, entryRow, nextEntrySeq, toEntry } from './entries-repo.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage } from './storage-errors.ts';

const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isInstant = (v: unknown): v is string => typeof v === 'string' && checkDateTime(v) === 'ok';

function firstLink(rows: readonly ChainRow[]): ChainLink {
  const [first] = rows;
  if (!first) throw new Error('unreachable: a sealed write without rows');
  return linkOf(first);
}

async function checkDebt(db: YoujuDb, entry: Entry): Promise<void> {
  if (entry.debtId !== undefined && !(await db.debts.get(entry.debtId))) {
    throw new RepositoryError('debt-not-found', 'debtId');
  }
}

/** Confirms the entry row now holds exactly `entry` (canonical JSON), after the chain read-back. */
async function readBackEntry(db: YoujuDb, entry: Entry): Promise<void> {
  const row = await db.entries.get(entry.id);
  const stored = row && canonicalJson(row.data);
  const written = canonicalJson(entry);
  if (!stored?.ok || !written.ok || stored.value !== written.value) {
    throw new RepositoryError('read-back-mismatch', entry.id);
  }
}

const refShas = (entry: Entry): Set<string> => new Set((entry.attachments ?? []).map((a) => a.sha256));

/**
 * Validates and seals a new entry, then every attachment it references that is not sealed yet (same
 * transaction, entry link first). Each attachment must have been stored (storeAttachment) before.
 */
export async function saveEntry(
  db: YoujuDb,
  entry: Entry,
  hasher: Hasher,
): Promise<{ entry: Entry; link: ChainLink }> {
  checkEntry(entry);
  await sealBacklog(db, hasher);
  const { rows } = await writeSealed(db, hasher, {
    tables: [db.entries, db.debts, db.attachments],
    prepare: async () => [
      { kind: 'entry', recordId: entry.id, record: entry },
      ...(await attachmentsToSeal(db, entry.attachments, { required: refShas(entry) })),
    ],
    apply: async (rows) => {
      if (await db.entries.get(entry.id)) throw new RepositoryError('entry-id-exists', 'id');
      await checkDebt(db, entry);
      await db.entries.add(entryRow(entry, await nextEntrySeq(db)));
      await markAttachmentsSealed(db, rows);
    },
  });
  await guardStorage(() => readBackEntry(db, entry));
  return { entry, link: firstLink(rows) };
}

export interface AmendInput {
  /** Id of the amendment record (not of the entry). */
  readonly id: string;
  readonly entryId: string;
  /** ISO instant the correction was made. */
  readonly at: string;
  /** The whole corrected entry; its id must stay `entryId`. */
  readonly entry: Entry;
  readonly reason?: string;
}

function amendmentRecord(input: AmendInput): AmendmentRecord {
  if (!nonEmpty(input.id)) throw new RepositoryError('invalid-amendment', 'id');
  if (!isInstant(input.at)) throw new RepositoryError('invalid-amendment', 'at');
  if (input.reason !== undefined && typeof input.reason !== 'string') {
    throw new RepositoryError('invalid-amendment', 'reason');
  }
  checkEntry(input.entry);
  if (input.entry.id !== input.entryId) throw new RepositoryError('invalid-amendment', 'entry.id');
  const record = { id: input.id, amends: input.entryId, at: input.at, entry: input.entry };
  return input.reason === undefined ? record : { ...record, reason: input.reason };
}

async function existingRow(db: YoujuDb, entryId: string): Promise<EntryRowV2> {
  const row = await db.entries.get(entryId);
  if (!row) throw new RepositoryError('entry-not-found', 'entryId');
  return row;
}

/**
 * Seals a correction: the entry row shows the new version (amendedCount + 1), the original stays in the chain.
 * Attachments the correction adds must be stored first; those it keeps may point at files not on this device.
 */
export async function amendEntry(
  db: YoujuDb,
  input: AmendInput,
  hasher: Hasher,
): Promise<{ amendment: AmendmentRecord; link: ChainLink }> {
  const amendment = amendmentRecord(input);
  await sealBacklog(db, hasher);
  const { rows } = await writeSealed(db, hasher, {
    tables: [db.entries, db.debts, db.attachments],
    prepare: async () => {
      const current = await db.entries.get(input.entryId);
      const before = current ? refShas(toEntry(current)) : new Set<string>();
      const added = new Set([...refShas(amendment.entry)].filter((sha) => !before.has(sha)));
      return [
        { kind: 'amendment', recordId: amendment.id, record: amendment },
        ...(await attachmentsToSeal(db, amendment.entry.attachments, { required: added })),
      ];
    },
    apply: async (rows) => {
      const row = await existingRow(db, input.entryId);
      if (await isSealed(db, 'amendment', amendment.id)) throw new RepositoryError('record-id-exists', 'id');
      await checkDebt(db, amendment.entry);
      const next = entryRow(amendment.entry, row.seq);
      const hidden = row.hidden === undefined ? {} : { hidden: row.hidden };
      await db.entries.put({ ...next, ...hidden, amendedCount: (row.amendedCount ?? 0) + 1 });
      await markAttachmentsSealed(db, rows);
    },
  });
  await guardStorage(() => readBackEntry(db, amendment.entry));
  return { amendment, link: firstLink(rows) };
}

export interface HideInput {
  readonly id: string;
  readonly entryId: string;
  readonly at: string;
  readonly reason: string;
}

/** Seals a hide record: the entry leaves lists and exports but stays in the chain and its history. */
export async function hideEntry(
  db: YoujuDb,
  input: HideInput,
  hasher: Hasher,
): Promise<{ hide: HideRecord; link: ChainLink }> {
  if (!nonEmpty(input.id)) throw new RepositoryError('invalid-hide', 'id');
  if (!isInstant(input.at)) throw new RepositoryError('invalid-hide', 'at');
  if (!nonEmpty(input.reason)) throw new RepositoryError('invalid-hide', 'reason');
  const hide: HideRecord = { id: input.id, hides: input.entryId, at: input.at, reason: input.reason };
  await sealBacklog(db, hasher);
  const { rows } = await writeSealed(db, hasher, {
    tables: [db.entries],
    prepare: () => Promise.resolve([{ kind: 'hide', recordId: hide.id, record: hide }]),
    apply: async () => {
      const row = await existingRow(db, input.entryId);
      if (row.hidden) throw new RepositoryError('entry-hidden', 'entryId');
      if (await isSealed(db, 'hide', hide.id)) throw new RepositoryError('record-id-exists', 'id');
      await db.entries.put({ ...row, hidden: { at: hide.at, reason: hide.reason } });
    },
  });
  return { hide, link: firstLink(rows) };
}
