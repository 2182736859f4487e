import { checkDateTime, isLocalDate as isDomainLocalDate } from '../../domain/case/dates.ts';
import { DEBT_KINDS, ENTRY_KINDS } from '../../domain/case/types.ts';

// Write-side checks of the repositories. They guard the store against programming mistakes (a form or importer
// that skipped its own validation); user-facing validation with field messages lives in the domain.

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isLocalDate = (value: unknown): value is string =>
  typeof value === 'string' && isDomainLocalDate(value);

const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const optional = (v: unknown, check: (v: unknown) => boolean) => v === undefined || check(v);

/** The first invalid field of a debt, or null. */
export function invalidDebtField(value: unknown): string | null {
  if (!isRecord(value)) return '$';
  if (!nonEmptyString(value.id)) return 'id';
  if (!nonEmptyString(value.creditor)) return 'creditor';
  if (!(DEBT_KINDS as readonly unknown[]).includes(value.kind)) return 'kind';
  if (!optional(value.principal, (p) => typeof p === 'number' && Number.isFinite(p) && p >= 0))
    return 'principal';
  for (const key of [
    'firstMissedDueDate',
    'lastPaymentDate',
    'outsourcingNoticeOn',
    'finalDueDate',
    'paidOffOn',
  ] as const) {
    if (!optional(value[key], isLocalDate)) return key;
  }
  if (!optional(value.agreements, Array.isArray)) return 'agreements';
  return null;
}

/** The first invalid field of an entry, or null. */
export function invalidEntryField(value: unknown): string | null {
  if (!isRecord(value)) return '$';
  if (!nonEmptyString(value.id)) return 'id';
  if (!(ENTRY_KINDS as readonly unknown[]).includes(value.kind)) return 'kind';
  if (typeof value.at !== 'string' || checkDateTime(value.at) !== 'ok') return 'at';
  if (!optional(value.debtId, nonEmptyString)) return 'debtId';
  return null;
}

/** A shallow copy without the given keys. */
export function omitKeys(value: object, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));
}
