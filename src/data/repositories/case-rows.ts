/**
 * What importing a case file and restoring a pack share: the import's options and result, the check of a parsed
 * case file, and the rows it becomes. Both importers (case-import.ts, restore-repo.ts) build on this, and
 * case-repo.ts only loads the import on demand, so no two of them import each other.
 */
import { CASE_FORMAT, CASE_VERSION, type CaseFile, type Debt } from '../../domain/case/types.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { DebtRowV1 } from '../schema/v1.ts';
import { RepositoryError } from './repository-error.ts';
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
export const ARCHIVED_FIELD = 'archived';

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
