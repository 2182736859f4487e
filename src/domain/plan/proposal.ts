/**
 * A repayment proposal for one debt: equal monthly installments (the last one takes the remainder), no interest
 * or fees during repayment. Whether the lender charges interest or fees during a plan is itself part of what is
 * negotiated (信用卡办法 Art. 70 lists it among the terms a plan must state), so the schedule shows the amounts
 * the borrower proposes, not what the lender will accept.
 */
import type { DebtKind, LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import { addMonths } from '../calendar/days.ts';

/**
 * Longest plan the sheet gives a rule for: credit cards, up to 5 years (信用卡办法 Art. 70 — the bank MAY agree;
 * it is not a right). For other kinds the sheet found no binding rule (legal-facts.md §6.7), so the calculator
 * applies only its own sanity limit and says so.
 */
export const CREDIT_CARD_MAX_MONTHS = 60;
const APP_MAX_MONTHS = 120;

interface MonthLimit {
  readonly months: number;
  /** 'rule' = from a cited source; 'app' = the calculator's own limit, not a legal one. */
  readonly basis: 'rule' | 'app';
  readonly citationIds: readonly CitationId[];
}

export const monthLimitFor = (kind: DebtKind): MonthLimit =>
  kind === 'credit-card'
    ? { months: CREDIT_CARD_MAX_MONTHS, basis: 'rule', citationIds: ['xinyongka-70'] }
    : { months: APP_MAX_MONTHS, basis: 'app', citationIds: [] };

interface ScheduleRow {
  /** 1-based installment number. */
  readonly index: number;
  readonly date: LocalDate;
  /** Fen. */
  readonly amount: number;
  /** Fen still owed after this installment. */
  readonly remaining: number;
}

interface ProposalInput {
  /** Fen owed (the balance the borrower proposes to repay). */
  readonly balance: number;
  /** Fen per month the borrower can afford (affordableMonthly). */
  readonly affordable: number;
  readonly firstDate: LocalDate;
  readonly kind: DebtKind;
  /** Ask for this many months instead of the fewest affordable ones. */
  readonly months?: number;
}

type ProposalProblemCode = 'balance-invalid' | 'affordable-invalid' | 'months-invalid' | 'nothing-affordable';

/** Notes the UI explains beside the proposal. */
type ProposalNote =
  /** Even the longest plan needs more per month than the budget leaves. */
  | 'over-budget'
  /** The months needed at the affordable amount exceed the limit, so the limit was used. */
  | 'capped-at-limit';

interface Proposal {
  readonly months: number;
  /** Fen per installment (all but possibly the last). */
  readonly amount: number;
  readonly lastAmount: number;
  readonly firstDate: LocalDate;
  readonly lastDate: LocalDate;
  readonly total: number;
  readonly limit: MonthLimit;
  readonly notes: readonly ProposalNote[];
  readonly schedule: readonly ScheduleRow[];
}

type ProposalResult =
  | { readonly ok: true; readonly proposal: Proposal }
  | { readonly ok: false; readonly code: ProposalProblemCode };

const isPositiveFen = (n: number): boolean => Number.isSafeInteger(n) && n > 0;

/** Installment amounts are whole yuan, rounded up, so the plan never ends with more owed than it says. */
const perMonth = (balance: number, months: number): number => Math.ceil(balance / months / 100) * 100;

function scheduleOf(balance: number, amount: number, months: number, firstDate: LocalDate): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let remaining = balance;
  for (let index = 1; index <= months && remaining > 0; index++) {
    const pay = index === months ? remaining : Math.min(amount, remaining);
    remaining -= pay;
    // Each date counts from the first one, not from the previous row, so 31 Jan → 28 Feb → 31 Mar (民法典 202).
    rows.push({ index, date: addMonths(firstDate, index - 1), amount: pay, remaining });
  }
  return rows;
}

export function proposePlan(input: ProposalInput): ProposalResult {
  if (!isPositiveFen(input.balance)) return { ok: false, code: 'balance-invalid' };
  if (!Number.isSafeInteger(input.affordable) || input.affordable < 0) {
    return { ok: false, code: 'affordable-invalid' };
  }
  const limit = monthLimitFor(input.kind);
  if (
    input.months !== undefined &&
    (!Number.isSafeInteger(input.months) || input.months < 1 || input.months > limit.months)
  ) {
    return { ok: false, code: 'months-invalid' };
  }
  if (input.months === undefined && input.affordable === 0) return { ok: false, code: 'nothing-affordable' };

  const notes: ProposalNote[] = [];
  let months: number;
  if (input.months !== undefined) {
    months = input.months;
  } else {
    const needed = Math.ceil(input.balance / input.affordable);
    months = Math.min(needed, limit.months);
    if (needed > limit.months) notes.push('capped-at-limit');
  }
  const amount = perMonth(input.balance, months);
  if (amount > input.affordable) notes.push('over-budget');
  const schedule = scheduleOf(input.balance, amount, months, input.firstDate);
  const last = schedule[schedule.length - 1];
  return {
    ok: true,
    proposal: {
      months: schedule.length,
      amount,
      lastAmount: last?.amount ?? amount,
      firstDate: input.firstDate,
      lastDate: last?.date ?? input.firstDate,
      total: input.balance,
      limit,
      notes,
      schedule,
    },
  };
}
