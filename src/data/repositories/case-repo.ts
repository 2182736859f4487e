import { CASE_FORMAT, CASE_VERSION, type CaseFile, type Debt, type Entry } from '../../domain/case/types.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import type { DebtRowV1 } from '../schema/v1.ts';
import type { EntryRowV2 } from '../schema/v2.ts';
import { attachmentsToSeal, markAttachmentsSealed } from './attachment-records.ts';
import { readCaseFields, toCaseMeta, writeCaseFields } from './case-meta-repo.ts';
import { sealBacklog } from './chain-backlog.ts';
import { writeSealed, type PendingRecord } from './chain-repo.ts';
import { RepositoryError } from './repository-error.ts';
import { nextSeq } from './debts-repo.ts';
import { entryRow, isVisible, nextEntrySeq } from './entries-repo.ts';
import { invalidDebtField, isRecord, omitKeys } from './validate.ts';

export type ImportMode = 'replace' | 'merge';

/** Why a merge was refused. Nothing is written when there is any. */
export type ImportClashCode = 'debt-id-exists' | 'entry-id-exists';

export interface ImportClash {
  readonly code: ImportClashCode;
  /** Where in the imported file, e.g. `debts[2].id`. */
  readonly path: string;
  readonly params: { readonly id: string };
}

export interface ImportSummary {
  readonly mode: ImportMode;
  readonly debts: number;
  readonly entries: number;
  /** The profile's time zone after the import (a merge keeps the profile's own). */
  readonly timeZone: string;
}

export type ImportResult =
  | { readonly ok: true; readonly value: ImportSummary }
  | { readonly ok: false; readonly errors: readonly ImportClash[] };

export interface ImportOptions {
  readonly mode: ImportMode;
  /** Epoch ms recorded as the creation time of the imported rows. */
  readonly now: number;
  /** Seals the imported entries (and their stored attachments) into the evidence chain. */
  readonly hasher: Hasher;
}

/** Rolls the import transaction back when a merge clashes; carries the clashes out. */
class MergeRefused extends Error {
  override readonly name = 'MergeRefused';
  constructor(readonly clashes: readonly ImportClash[]) {
    super('merge refused');
  }
}

/** Each entry, then each of its stored attachments not sealed yet (replace: sealed again into the new chain). */
async function importRecords(db: YoujuDb, caseFile: CaseFile, mode: ImportMode): Promise<PendingRecord[]> {
  const out: PendingRecord[] = [];
  const queued = new Set<string>();
  for (const entry of caseFile.entries) {
    out.push({ kind: 'entry', recordId: entry.id, record: entry });
    out.push(
      ...(await attachmentsToSeal(db, entry.attachments, { queued, resealSealed: mode === 'replace' })),
    );
  }
  return out;
}

/** The app's extension field for a debt the user archived (team brief, "App extension fields"). */
const ARCHIVED_FIELD = 'archived';

export function topLevelFields(caseFile: CaseFile): Record<string, unknown> {
  return omitKeys(caseFile, ['debts', 'entries']);
}

export function debtRow(debt: Debt, seq: number, now: number): DebtRowV1 {
  const field = invalidDebtField(debt);
  if (field) throw new RepositoryError('invalid-debt', field);
  const { [ARCHIVED_FIELD]: archived, ...rest } = debt as Debt & Record<string, unknown>;
  const data = archived === true ? rest : { ...debt };
  const row = { id: debt.id, seq, data, createdAt: now, updatedAt: now };
  return archived === true ? { ...row, archivedAt: now } : row;
}

export function checkCaseFile(caseFile: CaseFile): void {
  if (!isRecord(caseFile) || caseFile.format !== CASE_FORMAT || caseFile.version !== CASE_VERSION) {
    throw new RepositoryError('invalid-case-file', '$');
  }
  if (!Array.isArray(caseFile.debts)) throw new RepositoryError('invalid-case-file', 'debts');
  if (!Array.isArray(caseFile.entries)) throw new RepositoryError('invalid-case-file', 'entries');
  if (typeof caseFile.timeZone !== 'string') throw new RepositoryError('invalid-case-file', 'timeZone');
}

async function findClashes(db: YoujuDb, caseFile: CaseFile): Promise<ImportClash[]> {
  const clashes: ImportClash[] = [];
  const debtHits = await db.debts.bulkGet(caseFile.debts.map((d) => d.id));
  debtHits.forEach((hit, i) => {
    const id = caseFile.debts[i]?.id;
    if (hit && id !== undefined)
      clashes.push({ code: 'debt-id-exists', path: `debts[${i}].id`, params: { id } });
  });
  const entryHits = await db.entries.bulkGet(caseFile.entries.map((e) => e.id));
  entryHits.forEach((hit, i) => {
    const id = caseFile.entries[i]?.id;
    if (hit && id !== undefined)
      clashes.push({ code: 'entry-id-exists', path: `entries[${i}].id`, params: { id } });
  });
  return clashes;
}

/**
 * Writes a parsed case file into the profile in ONE read-write transaction: either all of it lands or nothing
 * changes (case-file v1: "Nothing is partly imported"). The entries are sealed into the evidence chain in the same
 * transaction (hashes computed before it, see chain-repo.ts).
 * - `replace` clears debts, entries, case meta and the chain first, and starts a new chain. Attachment bytes and
 *   settings are kept: media is addressed by hash and may be referenced again, and losing evidence is never
 *   acceptable.
 * - `merge` adds to what is there and extends the chain; any debt or entry id that already exists refuses the
 *   whole import. The profile's own time zone, borrower and other top-level fields win over the file's.
 */
export async function importCaseFile(
  db: YoujuDb,
  caseFile: CaseFile,
  options: ImportOptions,
): Promise<ImportResult> {
  checkCaseFile(caseFile);
  const { mode, now, hasher } = options;
  // Validate every row before any hashing or writing (seq numbers are re-assigned inside the transaction).
  caseFile.debts.forEach((d, i) => debtRow(d, i, now));
  caseFile.entries.forEach((e, i) => entryRow(e, i));
  if (mode === 'merge') await sealBacklog(db, hasher);
  try {
    const { result } = await writeSealed(db, hasher, {
      tables: [db.meta, db.debts, db.entries, db.attachments],
      replace: mode === 'replace',
      prepare: () => importRecords(db, caseFile, mode),
      apply: async (rows): Promise<ImportSummary> => {
        let fields = topLevelFields(caseFile);
        if (mode === 'merge') {
          const clashes = await findClashes(db, caseFile);
          if (clashes.length > 0) throw new MergeRefused(clashes);
          const current = await readCaseFields(db);
          if (current) fields = { ...fields, ...current };
        } else {
          await Promise.all([db.meta.clear(), db.debts.clear(), db.entries.clear()]);
        }
        const debtSeq = await nextSeq(db.debts);
        const entrySeq = await nextEntrySeq(db);
        const debtRows = caseFile.debts.map((d, i) => debtRow(d, debtSeq + i, now));
        const entryRows: EntryRowV2[] = caseFile.entries.map((e, i) => entryRow(e, entrySeq + i));
        await writeCaseFields(db, fields);
        await db.debts.bulkAdd(debtRows);
        await db.entries.bulkAdd(entryRows);
        await markAttachmentsSealed(db, rows);
        return {
          mode,
          debts: debtRows.length,
          entries: entryRows.length,
          timeZone: toCaseMeta(fields).timeZone,
        };
      },
    });
    return { ok: true, value: result };
  } catch (error) {
    if (error instanceof MergeRefused) return { ok: false, errors: error.clashes };
    throw error;
  }
}

/**
 * The whole profile as a case file: top-level fields as stored (unknown ones included), debts in the order they
 * were added or imported (archived ones carry `"archived": true`), entries in the order they were recorded or
 * imported. Read in one transaction so the snapshot is consistent.
 */
export async function exportCaseFile(db: YoujuDb): Promise<CaseFile> {
  return db.transaction('r', db.meta, db.debts, db.entries, async () => {
    const fields = (await readCaseFields(db)) ?? {};
    const debtRows = await db.debts.orderBy('seq').toArray();
    const entryRows = await db.entries.orderBy('seq').toArray();
    const debts = debtRows.map((row) =>
      row.archivedAt === undefined ? row.data : { ...row.data, [ARCHIVED_FIELD]: true },
    );
    // A hidden entry was "deleted" by the user; it stays in the chain, not in the case file.
    const entries = entryRows.filter(isVisible).map((row) => row.data);
    const caseFile = {
      ...fields,
      format: CASE_FORMAT,
      version: CASE_VERSION,
      timeZone: toCaseMeta(fields).timeZone,
      debts: debts as unknown as Debt[],
      entries: entries as unknown as Entry[],
    };
    return caseFile;
  });
}

/** How much case data the profile holds; the import screen offers replace/merge only when there is some. */
export async function countCaseData(db: YoujuDb): Promise<{ debts: number; entries: number }> {
  return db.transaction('r', db.debts, db.entries, async () => ({
    debts: await db.debts.count(),
    entries: await db.entries.count(),
  }));
}
