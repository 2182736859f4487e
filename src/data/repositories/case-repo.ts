import { CASE_FORMAT, CASE_VERSION, type CaseFile, type Debt, type Entry } from '../../domain/case/types.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import type { DebtRowV1 } from '../schema/v1.ts';
import { readCaseFields, toCaseMeta } from './case-meta-repo.ts';
import { RepositoryError } from './repository-error.ts';
import { isVisible } from './entries-repo.ts';
import { invalidDebtField, isRecord, omitKeys } from './validate.ts';

export type ImportMode = 'replace' | 'merge';

/** Why a merge was refused. Nothing is written when there is any. */
type ImportClashCode = 'debt-id-exists' | 'entry-id-exists';

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

/** The app's extension field for a debt the user archived (docs/case-file.md, app extension fields). */
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
