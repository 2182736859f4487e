/**
 * The picker's groups. Templates carry an `audience` (who receives them) but not the borrower's purpose, which is
 * how people look for a letter, so the grouping lives here: known ids first, then a fallback by audience so a
 * template added later still lands somewhere sensible.
 */
import type { LetterTemplate } from '../../domain/letters/types.ts';

export const LETTER_GROUPS = ['negotiate', 'documents', 'stopContact', 'complaints', 'courtPolice'] as const;
type LetterGroup = (typeof LETTER_GROUPS)[number];

const BY_ID: Readonly<Record<string, LetterGroup>> = {
  'card-instalment': 'negotiate',
  'repayment-plan': 'negotiate',
  'relief-request': 'negotiate',
  'hardship-statement': 'negotiate',
  'statement-request': 'documents',
  'collector-identity': 'documents',
  'stop-third-party': 'stopContact',
  'data-rights': 'stopContact',
  'not-the-borrower': 'stopContact',
  'complaint-lender': 'complaints',
  'complaint-12378': 'complaints',
  'complaint-heimao': 'complaints',
  'credit-objection': 'complaints',
  'impostor-loan': 'documents',
  'settlement-certificate': 'documents',
  'salary-setoff': 'documents',
  'police-statement': 'courtPolice',
  'payment-order-objection': 'courtPolice',
  'defence-statement': 'courtPolice',
  'small-claims-objection': 'courtPolice',
  'preservation-review': 'courtPolice',
  'award-set-aside': 'courtPolice',
  'award-non-enforcement': 'courtPolice',
};

export function groupOf(template: LetterTemplate): LetterGroup {
  const known = BY_ID[template.id];
  if (known !== undefined) return known;
  switch (template.audience) {
    case 'police':
    case 'court':
      return 'courtPolice';
    case 'regulator':
    case 'public':
    case 'credit-reporter':
      return 'complaints';
    case 'collector':
      return 'stopContact';
    case 'lender':
      return template.acknowledgesDebt ? 'negotiate' : 'documents';
  }
}

/** Templates that carry a payment proposal get the plan calculator beside their form. */
export const PLAN_FIELDS = ['proposal.months', 'proposal.monthlyAmount', 'proposal.firstDate'] as const;
