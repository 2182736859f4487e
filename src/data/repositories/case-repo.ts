import { CASE_FORMAT, CASE_VERSION, type CaseFile, type Debt, type Entry } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import { readCaseFields, toCaseMeta } from './case-meta-repo.ts';
import { isVisible } from './entries-repo.ts';
import { ARCHIVED_FIELD, type ImportOptions, type ImportResult } from './case-rows.ts';

/**
 * Writes a parsed case file into the profile in ONE read-write transaction, sealing its entries into the evidence
 * chain: all of it lands or nothing changes (case-file v1: "Nothing is partly imported"). See case-import.ts.
 */
export async function importCaseFile(
  db: YoujuDb,
  caseFile: CaseFile,
  options: ImportOptions,
): Promise<ImportResult> {
  // Loaded on demand: the first screen reads the case through this module and must not download the chain code.
  const { importSealed } = await import('./case-import.ts');
  return importSealed(db, caseFile, options);
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
