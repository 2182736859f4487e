/**
 * The sealing half of importCaseFile (case-repo.ts), loaded on demand so that the first screen does not download
 * the chain code.
 */
import type { CaseFile } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import type { EntryRowV2 } from '../schema/v2.ts';
import { attachmentsToSeal, markAttachmentsSealed } from './attachment-records.ts';
import { readCaseFields, toCaseMeta, writeCaseFields } from './case-meta-repo.ts';
import {
  checkCaseFile,
  debtRow,
  topLevelFields,
  type ImportClash,
  type ImportMode,
  type ImportOptions,
  type ImportResult,
  type ImportSummary,
} from './case-rows.ts';
import { sealBacklog } from './chain-backlog.ts';
import { writeSealed, type PendingRecord } from './chain-repo.ts';
import { nextSeq } from './debts-repo.ts';
import { entryRow, nextEntrySeq } from './entries-repo.ts';

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
export async function importSealed(
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
