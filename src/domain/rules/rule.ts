/**
 * Rules as cited data (STYLE.md §2.2). Two kinds of record:
 * - `TableRule`: one row of Table A in legal-facts.md §12 (R01–R51, plus rows added in 2026-12), what a collector may
 *   or may not do;
 * - `CheckRule`: a rule of the case-file contract (case-file-v1.md "Rule ids") that the machine checks over a log.
 * Both speak in codes and ids only; the words live in locales/<lang>/rules.json.
 */
import type { CitationId } from '../citations/citations.ts';
import { DEBT_KINDS } from '../case/types.ts';
import type { DebtKind } from '../case/types.ts';
import type { EvalContext, PreparedEntry } from './context.ts';

export const TOPICS = [
  'calls',
  'visits',
  'third-parties',
  'threats-privacy',
  'fees-payments',
  'credit-reports',
  'lawsuits',
] as const;
export type Topic = (typeof TOPICS)[number];

/** 'not-confirmed' is Table A's R27: a claimed rule that no verified source supports. */
type RuleKind = 'may-not' | 'may' | 'must' | 'not-confirmed';

type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
/** A row of legal-facts.md: R01–R51 (Table A) and the rows added in 2026-12, up to R122. */
export type TableRowId = `R${Digit}${Digit}` | `R1${'0' | '1'}${Digit}` | `R12${'0' | '1' | '2'}`;

type ParamValue = string | number | boolean | null;
export type Params = Readonly<Record<string, ParamValue>>;

export const ALL_DEBT_KINDS: readonly DebtKind[] = DEBT_KINDS;
/**
 * Debts owed to licensed lenders. Standards and regulator or industry rules bind institutions, not a private
 * lender (legal-facts.md §0, §6); statutes apply to everyone.
 */
export const INSTITUTIONAL_DEBT_KINDS: readonly DebtKind[] = DEBT_KINDS.filter((k) => k !== 'private-loan');

export interface TableRule {
  readonly id: TableRowId;
  readonly kind: RuleKind;
  readonly topic: Topic;
  /** The debt kinds whose lenders the cited sources bind (the app's reading of the sheet). */
  readonly debtKinds: readonly DebtKind[];
  /** Sources that state the rule. */
  readonly citationIds: readonly CitationId[];
  /** Sources Table A gives as background only ("+LAW context", "the true criminal test", "if continued…"). */
  readonly contextCitationIds?: readonly CitationId[];
  readonly params?: Params;
  /** Table A's "binding?" and "confidence" cells as written, kept so a test can hold the citations to them. */
  readonly bindingAsWritten: string;
  readonly confidenceAsWritten: string;
}

export const CHECK_RULE_IDS = [
  'quiet-hours',
  'connected-calls-per-day',
  'unanswered-attempts-per-day',
  'third-party-while-reachable',
  'third-party-disclosure',
  'visit-too-few-collectors',
  'visit-no-id',
  'visit-entry-without-consent',
  'collection-after-agreement',
  'outsourcing-without-notice',
  'threat',
  'insult',
  'violence',
  'detention',
  'public-exposure',
  'seized-property',
  'urged-new-loan',
  'impersonated-authority',
  'false-crime-claim',
  'improper-payment-demand',
  'private-social-account',
  'message-flood',
  'harassment',
  'property-damage',
  'false-consequence',
  'collection-after-payoff',
] as const;
export type CheckRuleId = (typeof CHECK_RULE_IDS)[number];

/** One condition of a rule and the entries that met it. */
export interface TraceStep {
  readonly condition: string;
  readonly entryIds: readonly string[];
  readonly values?: Readonly<Record<string, ParamValue | readonly string[]>>;
}

/** What a check returns before evaluate() attaches citations, severity and ordering. */
export interface Hit {
  readonly entries: readonly PreparedEntry[];
  readonly debtId: string | null;
  readonly params?: Params;
  readonly trace: readonly TraceStep[];
  /** Replaces the rule's own citations when the facts narrow the source (a workplace is not a home). */
  readonly citationIds?: readonly CitationId[];
  readonly contextCitationIds?: readonly CitationId[];
  /** Added to the rule's citations for this hit only. */
  readonly extraCitationIds?: readonly CitationId[];
}

export interface CheckRule {
  readonly id: CheckRuleId;
  /** The Table A rows this check puts into practice. */
  readonly tableRows: readonly TableRowId[];
  readonly debtKinds: readonly DebtKind[];
  readonly citationIds: readonly CitationId[];
  readonly contextCitationIds?: readonly CitationId[];
  /** Sources that bind only one kind of lender (e.g. the credit-card measures), added for debts of that kind. */
  readonly citationsByDebtKind?: Partial<Record<DebtKind, readonly CitationId[]>>;
  readonly params: Params;
  readonly check: (ctx: EvalContext) => readonly Hit[];
}
