/**
 * The real annual rate of a loan from its cash flows (the internal rate of return).
 *
 * Convention (documented in docs/plan-calculator.md): time is counted in days, Actual/365 — a flow `d` days after
 * the first one is discounted by (1 + r)^(d / 365). That handles irregular dates exactly (the same convention as
 * a spreadsheet's XIRR). Two figures come out of one root:
 *  - `effective`: r itself, the compound annual rate;
 *  - `nominalMonthly`: 12 × the equivalent monthly rate, 12 × ((1 + r)^(1/12) − 1) — the "monthly rate × 12" way
 *    that annualised rates are usually quoted. It is the lower of the two, so comparisons use it (an "above 24 %"
 *    is then never overstated).
 * PBOC 公告〔2021〕第3号 allows a compound (IRR) figure and asks that a simple-interest one be labelled as such
 * (legal-facts.md §7(e)); this one is compound.
 */
import type { LocalDate } from '../case/types.ts';
import { daysBetween } from '../calendar/days.ts';

export interface CashFlow {
  readonly date: LocalDate;
  /** Fen; positive = the borrower received money, negative = the borrower paid. */
  readonly amount: number;
}

type IrrProblem = 'too-few-flows' | 'no-money-received' | 'no-payments' | 'bad-amount' | 'no-rate';

export type IrrResult =
  | {
      readonly ok: true;
      readonly effective: number;
      readonly nominalMonthly: number;
      /** The flows change sign more than once, so more than one rate may fit; the one found is reported. */
      readonly multipleRootsPossible: boolean;
    }
  | { readonly ok: false; readonly code: IrrProblem };

const YEAR_DAYS = 365;
const LOWEST = -0.999_999;
const HIGHEST = 1e9;

const signChanges = (flows: readonly CashFlow[]): number => {
  let changes = 0;
  let last = 0;
  for (const f of flows) {
    const s = Math.sign(f.amount);
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
};

/**
 * Bisection on a bracket, sped up by Newton steps that are accepted only when they stay inside the bracket; the
 * bracket is found by widening the upper end geometrically, so rates of several hundred or thousand percent
 * (real for some online loans) are still found.
 */
export function annualRate(input: readonly CashFlow[]): IrrResult {
  if (input.length < 2) return { ok: false, code: 'too-few-flows' };
  if (input.some((f) => !Number.isSafeInteger(f.amount))) return { ok: false, code: 'bad-amount' };
  if (!input.some((f) => f.amount > 0)) return { ok: false, code: 'no-money-received' };
  if (!input.some((f) => f.amount < 0)) return { ok: false, code: 'no-payments' };

  const flows = [...input].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const start = flows[0]?.date ?? '';
  const terms = flows.map((f) => ({ years: daysBetween(start, f.date) / YEAR_DAYS, amount: f.amount }));

  // Work in log(1 + r) so that large rates do not overflow: v = (1 + r)^-t = exp(-t·g).
  const npv = (g: number): number => terms.reduce((sum, t) => sum + t.amount * Math.exp(-t.years * g), 0);
  const slope = (g: number): number =>
    terms.reduce((sum, t) => sum - t.years * t.amount * Math.exp(-t.years * g), 0);

  let lo = Math.log1p(LOWEST);
  let hi = Math.log1p(1);
  let fLo = npv(lo);
  let fHi = npv(hi);
  while (Math.sign(fLo) === Math.sign(fHi) && hi < Math.log1p(HIGHEST)) {
    lo = hi;
    fLo = fHi;
    hi = hi * 2 + 1;
    fHi = npv(hi);
  }
  if (fLo === 0) return done(lo, flows);
  if (fHi === 0) return done(hi, flows);
  if (Math.sign(fLo) === Math.sign(fHi)) return { ok: false, code: 'no-rate' };

  let g = (lo + hi) / 2;
  for (let i = 0; i < 300; i++) {
    const f = npv(g);
    if (f === 0) break;
    if (Math.sign(f) === Math.sign(fLo)) {
      lo = g;
      fLo = f;
    } else {
      hi = g;
    }
    const d = slope(g);
    const newton = d !== 0 ? g - f / d : Number.NaN;
    const next = newton > lo && newton < hi ? newton : (lo + hi) / 2;
    const settled = Math.abs(next - g) < 1e-13 || hi - lo < 1e-13;
    g = next;
    if (settled) break;
  }
  return done(g, flows);
}

function done(g: number, flows: readonly CashFlow[]): IrrResult {
  const effective = Math.expm1(g);
  return {
    ok: true,
    effective,
    nominalMonthly: 12 * Math.expm1(g / 12),
    multipleRootsPossible: signChanges(flows) > 1,
  };
}
