/**
 * Deadline codes (docs/stages.md, "Deadlines"). Every deadline is law and carries its citation ids (legal-facts.md
 * §9, §8, §4, §13 Table B, §16); how its last day is found is in `counting` (§15).
 */
import type { LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { StageResult } from '../stages/types.ts';

export const DEADLINE_IDS = [
  'answer',
  'jurisdiction-objection',
  'appeal-judgment',
  'appeal-ruling',
  'review-ruling',
  'retrial-small-claims',
  'payment-order-objection',
  'set-aside-award',
  'stated',
  'hearing',
  'credit-objection-reply',
  'pboc-complaint-reply',
  'limitation',
  'enforcement-application',
  'negative-record-end',
] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/**
 * 'court-art-85': 民事诉讼法 Art. 85; 'civil-201-203': 民法典 Arts. 201–203. Both: start day not counted, a last
 * day on a rest day moves to the next working day. 'calendar': the same arithmetic without the rest-day move, for
 * a date that is not a time limit to act (the end of a credit record's retention). 'as-printed': a day printed on
 * the paper itself (a court-set period, a hearing), kept exactly and never moved.
 */
export const COUNTING_RULES = ['court-art-85', 'civil-201-203', 'calendar', 'as-printed'] as const;
export type CountingRule = (typeof COUNTING_RULES)[number];

/** 'official': the State Council table for the year was used; 'weekends-only': none is stored — check it. */
export type HolidayData = 'official' | 'weekends-only';

export const NOTE_CODES = [
  /** Limitation: installment debts run from the last installment's due date (民法典 189). */
  'installment-runs-from-last-due',
  /** Limitation: acknowledging, paying or agreeing a plan restarts it (民法典 195; SPC 诉讼时效 Art. 14). */
  'acknowledging-restarts',
  /** Limitation: a court does not apply it unless the debtor pleads it (民法典 193). */
  'must-be-pleaded',
  /** Limitation: agreeing or paying after expiry loses the defence (民法典 192; SPC 诉讼时效 Art. 19). */
  'paying-after-expiry-waives',
  /** No State Council holiday table stored for the year: weekends only; check official holidays. */
  'check-official-holidays',
  /** Jurisdiction objection: must be raised within the answer period (Art. 130). */
  'within-answer-period',
  /** Answer and appeal: 30 days for a party with no domicile in China (Arts. 285, 286). */
  'no-domicile-30-days',
  /** Payment order: pay or object in writing (Art. 227). */
  'object-in-writing',
  /** The sheet gives the period but not how its days are counted; the civil-law rule is applied as an estimate. */
  'counting-rule-assumed',
  /** A period the creditor must keep, not the borrower; can be suspended or interrupted (Art. 250). */
  'creditor-period',
  /** The credit record is deleted after this day; accurate records cannot be removed early (§8). */
  'record-kept-until',
  /** The start was a date the user entered, not a logged entry. */
  'user-entered-start',
  /**
   * A borrower's own deadline in a year with no holiday table: not moved past a weekend, because the weekend may
   * be a make-up working day (legal-facts.md §15). If the day is a rest day the period ends on the next working day.
   */
  'rest-day-unshifted',
  /** Stated and hearing days: exactly as printed on the paper, never moved. */
  'as-printed',
  /** The kind of ruling is not known, so both remedies are listed (民诉法 157, 111). */
  'ruling-kind-unknown',
  /** Preservation review: once, to the same court; the freeze stays on meanwhile (民诉法 111). */
  'review-once-freeze-stays',
  /** Small-claims retrial: the 6 months may have begun earlier if the judgment was announced at the hearing. */
  'retrial-may-have-started-earlier',
  /** Small claims are final at first instance: no appeal, only retrial (民诉法 165; 解释 424). */
  'small-claims-no-appeal',
  /** An objection to small-claims procedure must be made before the hearing (民诉法 169; 解释 279). */
  'small-claims-object-before-hearing',
  /** Simple or small-claims procedure: the court sets the periods; use the day on its notice (解释 266, 275). */
  'court-sets-periods',
  /** Arbitration award: 3 months under the 2025 law; for older awards too, to be safe (R106). */
  'set-aside-three-months-to-be-safe',
  /** Limitation: the start lies after today, so the period has not begun. */
  'period-not-begun',
  /** Limitation: if the lender declared the whole loan due early, the period may have begun earlier (R81). */
  'acceleration-may-start-earlier',
  /** Limitation: the estimate has passed; it may have expired — check before acknowledging or paying (R83). */
  'may-have-expired',
  /** Negative record: counted from the day the debt was paid off (征信条例 Art. 16). */
  'runs-from-paid-off',
] as const;
export type NoteCode = (typeof NOTE_CODES)[number];

export interface Deadline {
  readonly id: DeadlineId;
  readonly debtId: string;
  /** The last day (after any rest-day move). */
  readonly due: LocalDate;
  /** The day the period starts from (not itself counted). */
  readonly startDay: LocalDate;
  /** The entry the start day comes from. */
  readonly from?: string;
  readonly counting: CountingRule;
  readonly holidayData: HolidayData;
  /** The last day before a rest day pushed it to `due`. */
  readonly movedFrom?: LocalDate;
  readonly citationIds: readonly CitationId[];
  /** True when the date depends on facts the log may not hold (limitation) or on an assumed counting rule. */
  readonly estimate: boolean;
  /** The first of `notes`, for a one-line display. */
  readonly note?: NoteCode;
  readonly notes: readonly NoteCode[];
  /** `due` is before the `today` the set was computed for. */
  readonly passed: boolean;
  /** Length of the period as the source states it; absent for a day printed on the paper ('as-printed'). */
  readonly period?: { readonly unit: 'days' | 'months' | 'years'; readonly count: number };
  /** Limitation only: the start day lies after today, so the period has not begun (民法典 189). */
  readonly notBegun?: true;
}

/**
 * A last day printed on a letter that is not a court or arbitration paper (a collector's "pay by" date): shown as
 * the sender's date, never as a deadline (docs/stages.md).
 */
export interface SenderDate {
  readonly day: LocalDate;
  readonly from: string;
}

/** Dates the log cannot hold, entered by the user, per debt id. */
export interface UserDebtDates {
  /** The day the debt was paid off or otherwise ended (征信条例 Art. 16). */
  readonly debtEndedOn?: LocalDate;
  /** The day the enforcement period starts (the sheet gives "2 years, Art. 250" but no start day). */
  readonly enforcementStartOn?: LocalDate;
  /** The day the borrower lodged a credit-report objection (征信条例 Art. 25). */
  readonly creditObjectionOn?: LocalDate;
  /** The day the borrower complained to the PBOC branch (征信条例 Art. 26). */
  readonly pbocComplaintOn?: LocalDate;
}
export type UserDates = Readonly<Record<string, UserDebtDates>>;

export interface DeadlineSet {
  readonly debtId: string;
  readonly stage: StageResult;
  /** Sorted by due, then id. */
  readonly deadlines: readonly Deadline[];
  /** Deadlines that apply or may apply but need a date the user has not entered. */
  readonly needsDate: readonly DeadlineId[];
  /** Days printed on other letters: the sender's dates, not deadlines. */
  readonly senderDates: readonly SenderDate[];
}

export interface DeadlineOptions {
  readonly today: LocalDate;
  readonly extra?: UserDates;
}
