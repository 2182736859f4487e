/**
 * Runs every machine-checked rule of case-file-v1 over a parsed case file. Pure: the present comes in as
 * `options.now`, the zone from the case (or the caller), and the same input always gives the same findings in the
 * same order.
 */
import type { CaseFile, Debt } from '../case/types.ts';
import { appliesOnDay, citationById, citationEraOf, strongestForce } from '../citations/citations.ts';
import type { CitationId } from '../citations/citations.ts';
import { isIllegalForce, isRegulatorForce } from '../citations/citation.ts';
import { CHECK_RULES } from './catalogue.ts';
import { byTime, idsInFileOrder, prepare } from './context.ts';
import type { EvalContext } from './context.ts';
import { isKnownTimeZone } from './local-time.ts';
import { CHECK_RULE_IDS } from './rule.ts';
import type { CheckRule, CheckRuleId, Hit, Params, TraceStep } from './rule.ts';

/**
 * How the app may word a finding (legal-facts.md §0): 'illegal' only when a statute, judicial interpretation or
 * State Council regulation states the rule; 'regulatory' for departmental rules and notices; 'industry' for the
 * national standard, self-regulation and court guidance.
 */
export const SEVERITIES = ['illegal', 'regulatory', 'industry'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  readonly ruleId: CheckRuleId;
  readonly severity: Severity;
  readonly debtId: string | null;
  /** In file order. */
  readonly entryIds: readonly string[];
  /** Sources that state the rule, for the conduct's local day. */
  readonly citationIds: readonly CitationId[];
  /** Background sources that do not by themselves make the conduct a breach (e.g. 刑法 196 for "逾期就是犯罪"). */
  readonly contextCitationIds: readonly CitationId[];
  readonly params: Params;
  readonly trace: readonly TraceStep[];
}

export interface EvaluateOptions {
  /** Milliseconds since the epoch; reserved for rules about the present (deadlines); the contract rules ignore it. */
  readonly now: number;
  /** Overrides the case's `timeZone`; must be a zone Intl knows. */
  readonly timeZone?: string;
}

const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

const severityOf = (ids: readonly CitationId[]): Severity => {
  const force = strongestForce(ids.map(citationById));
  if (force !== null && isIllegalForce(force)) return 'illegal';
  if (force !== null && isRegulatorForce(force)) return 'regulatory';
  return 'industry';
};

interface Sources {
  readonly citationIds: readonly CitationId[];
  readonly contextCitationIds: readonly CitationId[];
  readonly severity: Severity;
}

const sourcesOf = (rule: CheckRule, hit: Hit, debt: Debt | undefined, day: string): Sources => {
  const inForce = (id: CitationId) => appliesOnDay(citationById(id), day);
  const citationIds = unique([
    ...(hit.citationIds ?? rule.citationIds),
    ...((debt && rule.citationsByDebtKind?.[debt.kind]) ?? []),
    ...(hit.extraCitationIds ?? []),
  ]).filter(inForce);
  const contextCitationIds = unique(hit.contextCitationIds ?? rule.contextCitationIds ?? []).filter(
    (id) => inForce(id) && !citationIds.includes(id),
  );
  return { citationIds, contextCitationIds, severity: severityOf(citationIds) };
};

const toFinding = (ctx: EvalContext, rule: CheckRule, hit: Hit, memo: Map<string, Sources>): Finding => {
  const earliest = hit.entries.length === 1 ? hit.entries[0] : [...hit.entries].sort(byTime)[0];
  const day = earliest?.day ?? '';
  const debt = hit.debtId === null ? undefined : ctx.debts.get(hit.debtId);
  // Thousands of findings share a handful of source lists: resolve each (rule, lender kind, era) once.
  const plain =
    hit.citationIds === undefined &&
    hit.contextCitationIds === undefined &&
    hit.extraCitationIds === undefined;
  const key = plain ? `${rule.id}|${debt?.kind ?? ''}|${citationEraOf(day)}` : null;
  let sources = key === null ? undefined : memo.get(key);
  if (sources === undefined) {
    sources = sourcesOf(rule, hit, debt, day);
    if (key !== null) memo.set(key, sources);
  }
  // The contract checks every debt, but a standard or an industry rule does not bind a private lender: say so.
  const scope: TraceStep[] =
    debt !== undefined && !rule.debtKinds.includes(debt.kind)
      ? [{ condition: 'source-may-not-bind-this-lender', entryIds: [], values: { debtKind: debt.kind } }]
      : [];
  return {
    ruleId: rule.id,
    severity: sources.severity,
    debtId: hit.debtId,
    entryIds: hit.entries.length === 1 ? [hit.entries[0]?.entry.id ?? ''] : idsInFileOrder(hit.entries),
    citationIds: sources.citationIds,
    contextCitationIds: sources.contextCitationIds,
    params: { ...rule.params, ...hit.params },
    trace: scope.length === 0 ? hit.trace : [...hit.trace, ...scope],
  };
};

const firstIndex = (f: Finding, indexOf: ReadonlyMap<string, number>): number =>
  f.entryIds.length === 0 ? -1 : (indexOf.get(f.entryIds[0] ?? '') ?? -1);

/**
 * Findings ordered by rule id, then by the file position of their first entry (then by their entry lists, so
 * that two findings of one rule can never swap places).
 * @throws RangeError when the zone is unknown to Intl; parseCaseFile refuses such files.
 */
export const evaluate = (caseFile: CaseFile, options: EvaluateOptions): readonly Finding[] => {
  const timeZone = options.timeZone ?? caseFile.timeZone;
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const ctx = prepare(caseFile, timeZone, options.now);
  const indexOf = new Map(ctx.entries.map((p) => [p.entry.id, p.index] as const));
  const memo = new Map<string, Sources>();
  const findings = CHECK_RULE_IDS.flatMap((id) => {
    const rule = CHECK_RULES[id];
    return rule.check(ctx).map((hit) => toFinding(ctx, rule, hit, memo));
  });
  return findings.sort(
    (a, b) =>
      compare(a.ruleId, b.ruleId) ||
      firstIndex(a, indexOf) - firstIndex(b, indexOf) ||
      compare(a.entryIds.join('\u0000'), b.entryIds.join('\u0000')) ||
      compare(a.debtId ?? '', b.debtId ?? ''),
  );
};

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
