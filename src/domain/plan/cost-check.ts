/**
 * Cost check of a loan: the real annual rate from what the borrower actually received and what is due, compared
 * with the two benchmarks the sheet gives (legal-facts.md §7):
 *  - 24 % a year: for licensed lenders, courts reduce the combined charges above it (法发〔2017〕22号 Art. 2, court
 *    guidance, R);
 *  - 4 × the 1-year LPR at contract formation: the cap for private lending (民间借贷规定 Art. 25; it does not apply
 *    directly to banks, consumer finance or microloan companies, §1 item 6).
 * 砍头息: interest deducted in advance is not principal — principal is what was actually received (民法典 Art. 670;
 * 民间借贷规定 Art. 26), so the rate is computed on the amount received.
 */
import type { LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import { annualRate, type CashFlow, type IrrResult } from './irr.ts';
import { lprOn, type LprLookup } from './lpr.ts';

interface LoanInput {
  /** Fen written on the contract, when it differs from what was received. */
  readonly nominalPrincipal?: number;
  /** Fen that actually arrived. */
  readonly received: number;
  readonly receivedOn: LocalDate;
  /** Day the contract was made (for the LPR); defaults to `receivedOn`. */
  readonly contractOn?: LocalDate;
  /** What is due or was paid: positive fen per date. */
  readonly payments: readonly { readonly date: LocalDate; readonly amount: number }[];
}

type Benchmark =
  | {
      readonly id: 'court-24';
      /** Basis points a year. */
      readonly limitBp: 2400;
      readonly above: boolean;
      readonly citationIds: readonly CitationId[];
    }
  | {
      readonly id: 'lpr-4x';
      readonly lpr: LprLookup;
      /** Basis points a year; null when the sheet has no LPR for the contract day. */
      readonly limitBp: number | null;
      readonly above: boolean | null;
      readonly citationIds: readonly CitationId[];
    };

export interface CostCheck {
  /** The rate on what was actually received. */
  readonly rate: IrrResult;
  /** Fen withheld up front (nominal − received), 0 when none. */
  readonly withheld: number;
  /** The rate as if the nominal amount had been received (what the contract suggests); only when withheld > 0. */
  readonly rateOnNominal: IrrResult | null;
  readonly benchmarks: readonly Benchmark[];
  readonly citationIds: readonly CitationId[];
}

type CostProblem = 'received-invalid' | 'nominal-invalid' | 'no-payments' | 'payment-invalid';

type CostResult =
  { readonly ok: true; readonly check: CostCheck } | { readonly ok: false; readonly code: CostProblem };

const flowsOf = (received: number, input: LoanInput): CashFlow[] => [
  { date: input.receivedOn, amount: received },
  ...input.payments.map((p) => ({ date: p.date, amount: -p.amount })),
];

/** Comparison uses the nominal (×12) figure, the lower one, so "above" is never overstated. */
const aboveBp = (rate: IrrResult, limitBp: number): boolean =>
  rate.ok && Math.round(rate.nominalMonthly * 1_000_000) > limitBp * 100;

export function checkCost(input: LoanInput): CostResult {
  if (!Number.isSafeInteger(input.received) || input.received <= 0)
    return { ok: false, code: 'received-invalid' };
  const nominal = input.nominalPrincipal;
  if (nominal !== undefined && (!Number.isSafeInteger(nominal) || nominal < input.received)) {
    return { ok: false, code: 'nominal-invalid' };
  }
  if (input.payments.length === 0) return { ok: false, code: 'no-payments' };
  if (
    input.payments.some((p) => !Number.isSafeInteger(p.amount) || p.amount <= 0 || p.date < input.receivedOn)
  ) {
    return { ok: false, code: 'payment-invalid' };
  }

  const rate = annualRate(flowsOf(input.received, input));
  const withheld = nominal === undefined ? 0 : nominal - input.received;
  const rateOnNominal = withheld > 0 && nominal !== undefined ? annualRate(flowsOf(nominal, input)) : null;

  const lpr = lprOn(input.contractOn ?? input.receivedOn);
  const lprLimit = lpr.found ? lpr.record.oneYearBp * 4 : null;
  const benchmarks: Benchmark[] = [
    { id: 'court-24', limitBp: 2400, above: aboveBp(rate, 2400), citationIds: ['fafa-2017-22-2'] },
    {
      id: 'lpr-4x',
      lpr,
      limitBp: lprLimit,
      above: lprLimit === null ? null : aboveBp(rate, lprLimit),
      citationIds: ['spc-private-lending-25'],
    },
  ];
  const citationIds: CitationId[] = ['pboc-2021-3'];
  if (withheld > 0) citationIds.push('minfadian-670', 'spc-private-lending-26');
  return { ok: true, check: { rate, withheld, rateOnNominal, benchmarks, citationIds } };
}
