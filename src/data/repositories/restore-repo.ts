/**
 * Restoring sealed history (a pack's history.json) and erasing the profile. Restore re-seals the
 * records exactly as given, in order, so a restore into an empty profile reproduces the exporter's chain head; the
 * effects (entry rows, amendments, hides, attachment rows) are applied in the same transaction.
 */
import { isSha256Hex, type Hasher } from '../../domain/shared/ports.ts';
import type { CaseFile, Debt, Entry } from '../../domain/case/types.ts';
import type { AmendmentRecord, HideRecord } from '../../domain/evidence/amendments.ts';
import { CHAIN_RECORD_KINDS, type ChainLink } from '../../domain/evidence/chain.ts';
import type { YoujuDb } from '../db.ts';
import type { AttachmentRowV2 } from '../schema/v2.ts';
import { ensureCaseMeta, writeCaseFields } from './case-meta-repo.ts';
import { checkCaseFile, debtRow, topLevelFields } from './case-rows.ts';
import { sealBacklog } from './chain-backlog.ts';
import { chainHead, isSealed, linkOf, writeSealed, type PendingRecord } from './chain-repo.ts';
import { entryRow, nextEntrySeq } from './entries-repo.ts';
import { nextSeq } from './debts-repo.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage } from './storage-errors.ts';
import { invalidEntryField, isRecord } from './validate.ts';

const PROVENANCE_KEYS = ['name', 'type', 'lastModified', 'importedAt', 'source', 'recovered'] as const;

/** Refuses a record that could not have come from this app's chain, before anything is hashed or written. */
function checkRecord(r: PendingRecord, index: number): void {
  const where = `records[${index}]`;
  const rec: unknown = r.record;
  if (!(CHAIN_RECORD_KINDS as readonly string[]).includes(r.kind) || !isRecord(rec)) {
    throw new RepositoryError('invalid-record', where);
  }
  const bad =
    (r.kind === 'entry' && (invalidEntryField(rec) !== null || rec.id !== r.recordId)) ||
    (r.kind === 'amendment' &&
      (rec.id !== r.recordId ||
        typeof rec.amends !== 'string' ||
        invalidEntryField(rec.entry) !== null ||
        (rec.entry as Entry).id !== rec.amends)) ||
    (r.kind === 'hide' &&
      (rec.id !== r.recordId || typeof rec.hides !== 'string' || typeof rec.reason !== 'string')) ||
    (r.kind === 'attachment' && (!isSha256Hex(rec.sha256) || rec.sha256 !== r.recordId));
  if (bad) throw new RepositoryError('invalid-record', where);
}

async function checkDebtOf(db: YoujuDb, entry: Entry): Promise<void> {
  if (entry.debtId !== undefined && !(await db.debts.get(entry.debtId))) {
    throw new RepositoryError('debt-not-found', entry.debtId);
  }
}

async function applyRecord(db: YoujuDb, r: PendingRecord): Promise<void> {
  switch (r.kind) {
    case 'entry': {
      const entry = r.record as Entry;
      if (await db.entries.get(entry.id)) throw new RepositoryError('entry-id-exists', entry.id);
      await checkDebtOf(db, entry);
      await db.entries.add(entryRow(entry, await nextEntrySeq(db)));
      return;
    }
    case 'amendment': {
      const a = r.record as AmendmentRecord;
      const row = await db.entries.get(a.amends);
      if (!row) throw new RepositoryError('entry-not-found', a.amends);
      await checkDebtOf(db, a.entry);
      const hidden = row.hidden === undefined ? {} : { hidden: row.hidden };
      await db.entries.put({
        ...entryRow(a.entry, row.seq),
        ...hidden,
        amendedCount: (row.amendedCount ?? 0) + 1,
      });
      return;
    }
    case 'hide': {
      const h = r.record as HideRecord;
      const row = await db.entries.get(h.hides);
      if (!row) throw new RepositoryError('entry-not-found', h.hides);
      // The first hide wins (domain entryViews); a later one is sealed but changes nothing shown.
      if (!row.hidden) await db.entries.put({ ...row, hidden: { at: h.at, reason: h.reason } });
      return;
    }
    case 'attachment': {
      const row = await db.attachments.get(r.recordId);
      if (!row) throw new RepositoryError('attachment-not-found', r.recordId);
      const rec = r.record as Record<string, unknown>;
      const next: Record<string, unknown> = { ...row, sealed: true };
      delete next.legacy;
      for (const key of PROVENANCE_KEYS) if (rec[key] !== undefined) next[key] = rec[key];
      await db.attachments.put(next as unknown as AttachmentRowV2);
      return;
    }
  }
}

interface AppendOptions {
  /** Clear the entries and the chain first and start a new chain (restore); otherwise append after the head. */
  readonly replace: boolean;
  /**
   * With `replace`: the pack's case.json, whose top-level fields and debts replace the profile's in the same
   * transaction (its entries are ignored: the records carry them). `now` = creation time of the debt rows.
   */
  readonly caseFile?: { readonly value: CaseFile; readonly now: number };
  /**
   * Without `replace` (adding a pack to a profile that has data): the pack's debts this profile lacks are added in
   * the same transaction as the records, so a failure leaves neither behind. The profile's own debts win.
   */
  readonly missingDebts?: { readonly debts: readonly Debt[]; readonly now: number };
}

async function addMissingDebtRows(db: YoujuDb, debts: readonly Debt[], now: number): Promise<void> {
  await ensureCaseMeta(db);
  let seq = await nextSeq(db.debts);
  for (const d of debts) {
    if (await db.debts.get(d.id)) continue;
    await db.debts.add(debtRow(d, seq++, now));
  }
}

async function replaceCaseHeader(db: YoujuDb, caseFile: CaseFile, now: number): Promise<void> {
  await Promise.all([db.meta.clear(), db.debts.clear()]);
  await writeCaseFields(db, topLevelFields(caseFile));
  const first = await nextSeq(db.debts);
  await db.debts.bulkAdd(caseFile.debts.map((d, i) => debtRow(d, first + i, now)));
}

/**
 * Seals `records` (e.g. a pack's history.json) in order with their effects, in one transaction. Attachment records
 * need their bytes stored first (storeAttachment); entry ids must be new. Resolves with the new head.
 */
export async function appendSealedRecords(
  db: YoujuDb,
  records: readonly PendingRecord[],
  hasher: Hasher,
  options: AppendOptions,
): Promise<{ head: ChainLink | null; count: number }> {
  records.forEach(checkRecord);
  const seen = new Set<string>();
  records.forEach((r, i) => {
    const key = `${r.kind}:${r.recordId}`;
    if (seen.has(key)) throw new RepositoryError('invalid-record', `records[${i}]`);
    seen.add(key);
  });
  const header = options.replace ? options.caseFile : undefined;
  if (header) {
    checkCaseFile(header.value);
    header.value.debts.forEach((d, i) => debtRow(d, i, header.now));
  }
  const extraDebts = options.replace ? undefined : options.missingDebts;
  extraDebts?.debts.forEach((d, i) => debtRow(d, i, extraDebts.now));
  if (!options.replace) await sealBacklog(db, hasher);
  let pending: PendingRecord[] = [];
  const { rows } = await writeSealed(db, hasher, {
    tables: [db.entries, db.attachments, db.meta, db.debts],
    replace: options.replace,
    prepare: async () => {
      pending = [];
      for (const { kind, recordId, record } of records) {
        // Appending: a file this chain sealed already stays sealed once (two links for one record id would make
        // the verifier compare one link against the other's record).
        if (!options.replace && kind === 'attachment' && (await isSealed(db, kind, recordId))) continue;
        pending.push({ kind, recordId, record });
      }
      return pending;
    },
    apply: async () => {
      if (options.replace) await db.entries.clear();
      if (header) await replaceCaseHeader(db, header.value, header.now);
      if (extraDebts) await addMissingDebtRows(db, extraDebts.debts, extraDebts.now);
      for (const r of pending) {
        if (!options.replace && r.kind !== 'entry' && (await isSealed(db, r.kind, r.recordId))) {
          throw new RepositoryError('record-id-exists', r.recordId);
        }
        await applyRecord(db, r);
      }
    },
  });
  const last = rows.at(-1);
  return { head: last ? linkOf(last) : await guardStorage(() => chainHead(db)), count: rows.length };
}

/**
 * Deletes everything on this device: case, evidence chain, media, recordings and settings, in one transaction (all
 * or nothing). The user asked for it in so many words (my data, "erase everything"); nothing else calls it.
 */
export async function eraseEverything(db: YoujuDb): Promise<void> {
  await guardStorage(() =>
    db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((t) => t.clear()));
    }),
  );
  // The app lock's record went with the settings: from now on rows are written clear, never sealed with a key
  // nothing on the phone can unwrap any more.
  db.vault.clear();
}
