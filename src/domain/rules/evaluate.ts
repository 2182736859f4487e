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
import type { EvalContext, PreparedEntry } from './context.ts';
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

interface EvaluateOptions {
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

/** Resolved sources per lender kind ('' = no debt) and citation era, for one rule. */
type SourceMemo = Map<string, Map<number, Sources>>;

/**
 * `{ ...rule.params, ...hit.params }` without the copy when the result would have the same keys in the same order
 * (the hit's params start with the rule's own, or the rule has none): thousands of findings pay for every object.
 */
const mergedParams = (rule: CheckRule, ruleKeys: readonly string[], hit: Hit): Params => {
  if (hit.params === undefined) return { ...rule.params };
  let i = 0;
  for (const k in hit.params) {
    if (i === ruleKeys.length) break;
    if (k !== ruleKeys[i]) return { ...rule.params, ...hit.params };
    i += 1;
  }
  return i === ruleKeys.length ? hit.params : { ...rule.params, ...hit.params };
};

const NO_SCOPE: readonly TraceStep[] = [];

/** The hit's entry ids in file order; a one-entry hit reuses its trace's `[id]` list when it has one (read-only). */
const entryIdsOf = (hit: Hit): readonly string[] => {
  if (hit.entries.length !== 1) return idsInFileOrder(hit.entries);
  const id = hit.entries[0]?.entry.id ?? '';
  const traced = hit.trace[0]?.entryIds;
  return traced !== undefined && traced.length === 1 && traced[0] === id ? traced : [id];
};

const toFinding = (
  ctx: EvalContext,
  rule: CheckRule,
  ruleKeys: readonly string[],
  hit: Hit,
  memo: SourceMemo,
): Finding => {
  const earliest = hit.entries.length === 1 ? hit.entries[0] : [...hit.entries].sort(byTime)[0];
  const day = earliest?.day ?? '';
  const debt = hit.debtId === null ? undefined : ctx.debts.get(hit.debtId);
  // Thousands of findings share a handful of source lists: resolve each (rule, lender kind, era) once.
  const plain =
    hit.citationIds === undefined &&
    hit.contextCitationIds === undefined &&
    hit.extraCitationIds === undefined;
  let sources: Sources | undefined;
  if (plain) {
    const kind = debt?.kind ?? '';
    const era = citationEraOf(day);
    let byEra = memo.get(kind);
    if (byEra === undefined) {
      byEra = new Map();
      memo.set(kind, byEra);
    }
    sources = byEra.get(era);
    if (sources === undefined) {
      sources = sourcesOf(rule, hit, debt, day);
      byEra.set(era, sources);
    }
  } else sources = sourcesOf(rule, hit, debt, day);
  // The contract checks every debt, but a standard or an industry rule does not bind a private lender: say so.
  const scope: readonly TraceStep[] =
    debt !== undefined && !rule.debtKinds.includes(debt.kind)
      ? [{ condition: 'source-may-not-bind-this-lender', entryIds: [], values: { debtKind: debt.kind } }]
      : NO_SCOPE;
  return {
    ruleId: rule.id,
    severity: sources.severity,
    debtId: hit.debtId,
    entryIds: entryIdsOf(hit),
    citationIds: sources.citationIds,
    contextCitationIds: sources.contextCitationIds,
    params: mergedParams(rule, ruleKeys, hit),
    trace: scope.length === 0 ? hit.trace : [...hit.trace, ...scope],
  };
};

/** Rule ids in the order findings are listed (by id, as strings compare). */
const RULES_IN_ORDER: readonly CheckRuleId[] = [...CHECK_RULE_IDS].sort((a, b) => compare(a, b));

const firstIndexOf = (entries: readonly PreparedEntry[]): number => {
  let first = Number.POSITIVE_INFINITY;
  for (const p of entries) if (p.index < first) first = p.index;
  return entries.length === 0 ? -1 : first;
};

/** Orders one rule's findings by their first entry's file position, then by their entry lists, then by debt. */
const byFirstEntry = (findings: readonly Finding[], first: readonly number[]) => (i: number, j: number) => {
  const a = findings[i];
  const b = findings[j];
  if (a === undefined || b === undefined) return 0;
  return (
    (first[i] ?? 0) - (first[j] ?? 0) ||
    compare(a.entryIds.join('\u0000'), b.entryIds.join('\u0000')) ||
    compare(a.debtId ?? '', b.debtId ?? '')
  );
};

/**
 * Findings ordered by rule id, then by the file position of their first entry (then by their entry lists, so
 * that two findings of one rule can never swap places). Rules run in that id order and most list their hits in
 * file order already, so a rule's findings are sorted only when they are not.
 * @throws RangeError when the zone is unknown to Intl; parseCaseFile refuses such files.
 */
export const evaluate = (caseFile: CaseFile, options: EvaluateOptions): readonly Finding[] => {
  const timeZone = options.timeZone ?? caseFile.timeZone;
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const ctx = prepare(caseFile, timeZone, options.now);
  const out: Finding[] = [];
  for (const id of RULES_IN_ORDER) {
    const rule = CHECK_RULES[id];
    const ruleKeys = Object.keys(rule.params);
    const memo: SourceMemo = new Map();
    const hits = rule.check(ctx);
    const findings: Finding[] = [];
    const first: number[] = [];
    let sorted = true;
    for (const hit of hits) {
      findings.push(toFinding(ctx, rule, ruleKeys, hit, memo));
      first.push(firstIndexOf(hit.entries));
    }
    const order = byFirstEntry(findings, first);
    for (let i = 1; i < findings.length && sorted; i += 1) sorted = order(i - 1, i) <= 0;
    // A loop, not push(...findings): spreading 100,000 arguments would overflow the stack.
    if (sorted) for (const f of findings) out.push(f);
    else {
      const idx = findings.map((_, i) => i).sort(order);
      for (const i of idx) {
        const f = findings[i];
        if (f !== undefined) out.push(f);
      }
    }
  }
  return out;
};

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
