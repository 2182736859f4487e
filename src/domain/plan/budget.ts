/**
 * What a borrower can afford each month. Amounts are whole fen (分) so that sums never drift; the UI converts
 * from and to yuan.
 */

interface Budget {
  /** Take-home income per month. */
  readonly monthlyIncome: number;
  /** Rent, food, transport, care for dependants … per month. */
  readonly essentialSpending: number;
  /** What the other debts need per month (the ones this plan is not about). */
  readonly otherDebtPayments: number;
}

type BudgetProblem =
  | { readonly code: 'not-a-whole-fen'; readonly field: keyof Budget }
  | { readonly code: 'negative'; readonly field: keyof Budget };

type AffordableResult =
  | { readonly ok: true; readonly surplus: number; readonly affordable: number }
  | { readonly ok: false; readonly problems: readonly BudgetProblem[] };

const FIELDS = ['monthlyIncome', 'essentialSpending', 'otherDebtPayments'] as const;

/**
 * The affordable monthly amount is what is left after essentials and the other debts, rounded DOWN to a whole
 * yuan: a proposal the borrower cannot keep to hurts more than a smaller one (a missed installment usually ends
 * an agreed plan). A surplus of zero or less is returned as an affordable amount of 0; the UI then says plainly
 * that no payment can be proposed from this budget.
 */
export function affordableMonthly(budget: Budget): AffordableResult {
  const problems: BudgetProblem[] = [];
  for (const field of FIELDS) {
    const value = budget[field];
    if (!Number.isSafeInteger(value)) problems.push({ code: 'not-a-whole-fen', field });
    else if (value < 0) problems.push({ code: 'negative', field });
  }
  if (problems.length > 0) return { ok: false, problems };
  const surplus = budget.monthlyIncome - budget.essentialSpending - budget.otherDebtPayments;
  const affordable = surplus > 0 ? Math.floor(surplus / 100) * 100 : 0;
  return { ok: true, surplus, affordable };
}
