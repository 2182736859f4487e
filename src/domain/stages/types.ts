/**
 * The stage model's codes. Stages describe TYPICAL PRACTICE (legal-facts.md §6.8: "no law fixes the
 * timing"); only the deadlines in domain/deadlines are law. The UI translates every code listed here.
 */
import type { CollectorSide, DebtKind, EntryKind, LetterType, LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { TableRowId } from '../rules/rule.ts';

/** In `order`: a debt moves forward through these; court stages are reached only by logged facts. */
export const STAGE_IDS = [
  'not-overdue',
  'early-reminders',
  'fees-and-calls',
  'collection-letters',
  'field-visits',
  'agency',
  'lawyer-letter',
  'payment-order',
  'lawsuit',
  'judgment',
  'enforcement',
  // Overdue, but neither a logged fact nor a typical timeline places the debt (private loans and "other" have no
  // typical institutional timeline; a debt without a first missed due date cannot be counted).
  'overdue',
] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** What the borrower can usefully do; each is tied to Table A rows or citations in stages/actions.ts. */
export const ACTION_CODES = [
  'pay-or-talk-before-due',
  'contact-lender-to-negotiate',
  'ask-installment-plan',
  'log-every-contact',
  'check-fees-and-interest',
  'check-collection-letter',
  'know-visit-rules',
  'check-outsourcing-notice',
  'check-debt-sale-notice',
  'lawyer-letter-is-not-court',
  'verify-court-papers',
  'answer-within-15-days',
  'object-to-payment-order',
  'consider-appeal',
  'follow-enforcement',
  'check-credit-report',
  'stay-reachable',
  'complain-to-regulator',
  'enter-first-missed-date',
  // Enforcement stage (legal-facts.md §16 items 2 and 4): report property truthfully (R65), object to a wrong
  // enforcement act (R58), a third party's objection (R59), review of a travel ban (R60), living expenses kept
  // when income is taken (民诉法 254), and free legal advice on 12348 (R121).
  'report-property-truthfully',
  'object-to-enforcement-act',
  'third-party-objection',
  'travel-ban-review',
  'keep-living-expenses',
  'free-legal-advice',
] as const;
export type ActionCode = (typeof ACTION_CODES)[number];

/** What can go wrong for the borrower at a stage; each cites the sheet (stages/risks.ts). */
export const RISK_CODES = [
  'late-charges',
  'negative-credit-record',
  'limitation-restarts',
  'malicious-overdraft',
  'malicious-overdraft-below-threshold',
  'case-proceeds-without-answer',
  'payment-order-becomes-enforceable',
  'small-claims-no-appeal',
  'double-interest-late-performance',
  'enforcement-measures',
  'fake-legal-documents',
  // Enforcement stage (§16 item 4): fines and detention (R65, R66), the crime of refusing to execute (R67),
  // the defaulter list and spending limits with their own SPC provisions (R68–R70).
  'enforcement-fines-detention',
  'refusal-to-execute-crime',
  'defaulter-list-and-spending-limits',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** A logged fact that puts a debt in a stage. Absent fields match anything. */
export interface StageEvent {
  readonly entryKind: EntryKind;
  readonly letterType?: LetterType;
  /** Only entries whose collector has one of these sides (absent side counts as 'unknown'). */
  readonly collectorSides?: readonly CollectorSide[];
}

interface TypicalDays {
  /** Days past the first missed due date (the due date itself = day 0). */
  readonly from: number;
  readonly to?: number;
}

export interface StageDef {
  readonly id: StageId;
  readonly order: number;
  /** Typical practice only (basis 'practice'); absent = no typical timing in the sheet, reached by facts. */
  readonly typicalDays?: TypicalDays;
  readonly events: readonly StageEvent[];
  /** Table A rows (legal-facts.md §12) about what the lender may and may not do at this stage. */
  readonly ruleRefs: readonly TableRowId[];
  readonly actions: readonly ActionCode[];
  readonly risks: readonly RiskCode[];
  /** Citations for the stage's legal content (never for its timing, which is practice). */
  readonly citationIds: readonly CitationId[];
  /** 'law' for stages that exist because a statute creates them (court procedure); 'practice' otherwise. */
  readonly basis: 'practice' | 'law';
}

/** Per-kind differences, as data (stages/kinds.ts). */
export interface KindProfile {
  readonly kind: DebtKind;
  /** Whether the typical institutional day ladder (§6.8) is shown for this kind. */
  readonly typicalLadder: boolean;
  /** Stages that do not typically occur for this kind (skipped in its timeline). */
  readonly skips: readonly StageId[];
  readonly extraActions: readonly ActionCode[];
  readonly extraRisks: readonly RiskCode[];
  /** A stage action replaced by a better one for this kind (credit cards: ask for an Art. 70 plan). */
  readonly replaces: Readonly<Partial<Record<ActionCode, ActionCode>>>;
  readonly ruleRefs: readonly TableRowId[];
  readonly citationIds: readonly CitationId[];
}

type StageBasis = 'event' | 'days' | 'none';

export interface StageResult {
  readonly stage: StageId;
  readonly basis: StageBasis;
  /** The logged entry that placed the debt (absent for days, none, or a debt-level date such as outsourcingNoticeOn). */
  readonly fromEntryId?: string;
  /** The local day of that fact (letter.receivedOn or the day of `at` in the case zone). */
  readonly fromDay?: LocalDate;
  /** today − firstMissedDueDate, when that date is known and before today. */
  readonly daysOverdue?: number;
  readonly nextStep: ActionCode;
  /** The stage's and the kind's actions, most useful first (nextStep is the first). */
  readonly actions: readonly ActionCode[];
  readonly risks: readonly RiskCode[];
}
