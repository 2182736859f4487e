/** The claims checker's claim ids, in the order it lists them; the claims themselves are in claims.ts. */
export const CLAIM_IDS = [
  'overdue-is-crime',
  'sue-or-arrest',
  'tell-family-employer',
  'credit-blacklist',
  'court-sms',
  'personal-account',
  'debt-relief-agent',
  'credit-repair',
  'debt-sold',
  'public-shaming',
  'overdraft-10000',
  'sued-means-jail',
  'freeze-all-accounts',
  'children-school',
  'contacts-must-pay',
  'family-must-pay',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];
