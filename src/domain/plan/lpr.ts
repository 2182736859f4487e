/**
 * The 1-year Loan Prime Rate as dated data. ONLY what legal-facts.md gives (§7(g); §13 Table B): 3.0 % set on
 * 2025-05-20 (the cut date is recalled, R), still 3.0 % in sources dated 2026-08 (V-sec). The sheet names 3.1 % as
 * the rate before the cut but gives no start day for it, so no earlier value is stored: for a contract made before
 * 2025-05-20 the calculator says the sheet has no value instead of guessing one. The LPR is fixed on the 20th of
 * each month; check this record before every release (§7(g), §14 item 6).
 */
import type { LocalDate } from '../case/types.ts';

interface LprRecord {
  /** Basis points: 300 = 3.00 %. */
  readonly oneYearBp: number;
  readonly since: LocalDate;
  /** The sheet recalls this day rather than quoting a source for it. */
  readonly sinceRecalled: boolean;
  /** Latest month in which the sheet's sources still report this value (YYYY-MM): the data's as-of date. */
  readonly asOf: string;
  readonly confidence: 'V-sec' | 'R';
  readonly source: string;
}

export const LPR_ONE_YEAR: readonly LprRecord[] = [
  {
    oneYearBp: 300,
    since: '2025-05-20',
    sinceRecalled: true,
    asOf: '2026-08',
    confidence: 'V-sec',
    source: '§7(g); §13 Table B',
  },
];

export type LprLookup =
  | { readonly found: true; readonly record: LprRecord; readonly afterAsOf: boolean }
  | { readonly found: false; readonly earliest: LprRecord | undefined };

/** The record in force on `day`; `afterAsOf` when the day is later than the data is known to be current. */
export function lprOn(day: LocalDate): LprLookup {
  const record = [...LPR_ONE_YEAR].reverse().find((r) => r.since <= day);
  if (record === undefined) return { found: false, earliest: LPR_ONE_YEAR[0] };
  return { found: true, record, afterAsOf: day.slice(0, 7) > record.asOf };
}
