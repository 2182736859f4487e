/**
 * Before a letter that acknowledges the debt or offers payment: is the 3-year limitation period (民法典 188) near
 * its end or past it? Sending such a letter restarts the period (民法典 195(2); SPC 诉讼时效 Art. 14), and after
 * expiry agreeing to pay loses the defence (民法典 192; SPC Art. 19). The estimate is the one deadlines/ computes
 * (restarted by logged demands and payments), so the Today screen and the letter never disagree.
 */
import type { Debt, Entry, LocalDate } from '../case/types.ts';
import { CASE_FORMAT, CASE_VERSION } from '../case/types.ts';
import { daysBetween } from '../calendar/days.ts';
import type { CitationId } from '../citations/citations.ts';
import { computeDeadlines } from '../deadlines/compute.ts';

type LimitationLevel = 'none' | 'near' | 'past' | 'unknown';

/**
 * "Near" means the estimated last day is at most this many days away. An app choice, not law: six months is the
 * window in which 民法典 194 starts to matter, and long enough for a letter to be thought over.
 */
export const LIMITATION_NEAR_DAYS = 183;

interface LimitationBasis {
  /** 'estimate': from a logged or entered start day; 'no-start': the case has no day to count from; 'court-decided':
   * a judgment or enforcement notice is logged, so the enforcement period matters instead; 'paid-off': the debt
   * was recorded as paid off (`paidOffOn`), so no period is counted (docs/case-file.md). */
  readonly reason: 'estimate' | 'no-start' | 'court-decided' | 'paid-off';
  /** The day the debt was recorded as paid off, with reason 'paid-off'. */
  readonly paidOffOn?: LocalDate;
  /** The estimated last day of the period. */
  readonly due?: LocalDate;
  /** The day it is counted from (the latest demand, payment, agreement or missed due date). */
  readonly startDay?: LocalDate;
  /** The logged entry that gave the start day. */
  readonly fromEntryId?: string;
  /** Days from today to `due` (negative when past). */
  readonly daysLeft?: number;
  readonly nearDays: number;
  readonly citationIds: readonly CitationId[];
}

export interface LimitationWarning {
  readonly level: LimitationLevel;
  readonly basis: LimitationBasis;
}

const SOURCES: readonly CitationId[] = [
  'minfadian-188',
  'minfadian-195',
  'spc-limitation-14',
  'minfadian-192',
  'spc-limitation-19',
];

export function limitationWarning(
  debt: Debt,
  entries: readonly Entry[],
  today: LocalDate,
  timeZone: string,
): LimitationWarning {
  const [set] = computeDeadlines(
    { format: CASE_FORMAT, version: CASE_VERSION, timeZone, debts: [debt], entries },
    { today },
  );
  const base = { nearDays: LIMITATION_NEAR_DAYS, citationIds: SOURCES };
  const deadline = set?.deadlines.find((d) => d.id === 'limitation');
  if (deadline === undefined && debt.paidOffOn !== undefined) {
    return { level: 'unknown', basis: { ...base, reason: 'paid-off', paidOffOn: debt.paidOffOn } };
  }
  if (deadline === undefined) {
    const reason = set?.needsDate.includes('limitation') === true ? 'no-start' : 'court-decided';
    return { level: 'unknown', basis: { ...base, reason } };
  }
  const daysLeft = daysBetween(today, deadline.due);
  const level: LimitationLevel = daysLeft < 0 ? 'past' : daysLeft <= LIMITATION_NEAR_DAYS ? 'near' : 'none';
  return {
    level,
    basis: {
      ...base,
      reason: 'estimate',
      due: deadline.due,
      startDay: deadline.startDay,
      ...(deadline.from === undefined ? {} : { fromEntryId: deadline.from }),
      daysLeft,
    },
  };
}
