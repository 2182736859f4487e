/**
 * What the app can honestly say about the 恶意透支 amount from the rows a user keeps (docs/legal-sources.md, sheet
 * §16 R61–R63). The amount that counts is the actual overdraft principal still unpaid when the police formally open
 * a criminal case, interest and fees excluded, repayments counted against principal first (2018 decision, new
 * Art. 9). The app knows neither that day nor the bank's ledger, so it never turns a recorded number into a verdict:
 * it says what one card alone shows and adds up the principal across the user's credit cards, because amounts on
 * several cards may be added together (no express rule; single-source, R63).
 */
import type { Debt } from '../case/types.ts';

/** "Relatively large" (数额较大) starts at ¥50,000 since 2018-12-01 (new Art. 8; §16 R62). */
export const MALICIOUS_OVERDRAFT_MIN_PRINCIPAL = 50_000;

/** The figure many older articles still quote (2009 interpretation; obsolete since 2018-12-01, §16 R62). */
export const OBSOLETE_OVERDRAFT_MIN_PRINCIPAL = 10_000;

interface CardPrincipalTotal {
  /** Sum of the principal recorded on the active credit-card debts that have one. */
  readonly total: number;
  /** How many credit-card debts went into the sum. */
  readonly counted: number;
  /** Active credit-card debts with no principal recorded (left out of the sum, and said so). */
  readonly withoutPrincipal: number;
}

/** Principal recorded across the user's active (not archived) credit-card debts. */
export function creditCardPrincipalTotal(debts: readonly Debt[]): CardPrincipalTotal {
  let total = 0;
  let counted = 0;
  let withoutPrincipal = 0;
  for (const d of debts) {
    if (d.kind !== 'credit-card' || d.archived === true) continue;
    if (d.principal === undefined) withoutPrincipal++;
    else {
      total += d.principal;
      counted++;
    }
  }
  return { total, counted, withoutPrincipal };
}
