/** Every letter template, in the order the letters list shows them. A new template is one entry here. */
import { IMPOSTOR_LOAN, SALARY_SETOFF, SETTLEMENT_CERTIFICATE } from './templates/account-disputes.ts';
import { COMPLAINT_12378, COMPLAINT_HEIMAO, COMPLAINT_LENDER } from './templates/complaints.ts';
import { AWARD_NON_ENFORCEMENT, AWARD_SET_ASIDE } from './templates/arbitration.ts';
import { PAYMENT_ORDER_OBJECTION } from './templates/court.ts';
import { DEFENCE_STATEMENT, SMALL_CLAIMS_OBJECTION } from './templates/court-answer.ts';
import { PRESERVATION_REVIEW } from './templates/court-rulings.ts';
import { CREDIT_OBJECTION } from './templates/credit.ts';
import { DATA_RIGHTS } from './templates/data-rights.ts';
import {
  CARD_INSTALMENT,
  HARDSHIP_STATEMENT,
  RELIEF_REQUEST,
  REPAYMENT_PLAN,
} from './templates/negotiation.ts';
import { POLICE_STATEMENT } from './templates/police.ts';
import { STOP_THIRD_PARTY } from './templates/privacy.ts';
import { NOT_THE_BORROWER } from './templates/third-party.ts';
import { COLLECTOR_IDENTITY, STATEMENT_REQUEST } from './templates/requests.ts';
import type { DebtKind } from '../case/types.ts';
import type { LetterTemplate } from './types.ts';

export const TEMPLATES: readonly LetterTemplate[] = [
  CARD_INSTALMENT,
  REPAYMENT_PLAN,
  RELIEF_REQUEST,
  HARDSHIP_STATEMENT,
  STATEMENT_REQUEST,
  COLLECTOR_IDENTITY,
  STOP_THIRD_PARTY,
  DATA_RIGHTS,
  NOT_THE_BORROWER,
  CREDIT_OBJECTION,
  IMPOSTOR_LOAN,
  SETTLEMENT_CERTIFICATE,
  SALARY_SETOFF,
  COMPLAINT_LENDER,
  COMPLAINT_12378,
  COMPLAINT_HEIMAO,
  POLICE_STATEMENT,
  PAYMENT_ORDER_OBJECTION,
  DEFENCE_STATEMENT,
  SMALL_CLAIMS_OBJECTION,
  PRESERVATION_REVIEW,
  AWARD_SET_ASIDE,
  AWARD_NON_ENFORCEMENT,
];

export const TEMPLATE_IDS: readonly string[] = TEMPLATES.map((t) => t.id);

export const templateById = (id: string): LetterTemplate | undefined => TEMPLATES.find((t) => t.id === id);

/** The templates written for a kind of debt (the screen lists these). */
export const templatesFor = (kind: DebtKind): readonly LetterTemplate[] =>
  TEMPLATES.filter((t) => t.debtKinds === 'all' || t.debtKinds.includes(kind));
