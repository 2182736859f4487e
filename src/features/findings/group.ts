/**
 * Findings grouped for reading: by severity (the wording the binding force allows), then by rule, debt and
 * sources, so a block of 40 late-night calls shows its sources and what to do once.
 */
import type { Debt } from '../../domain/case/types.ts';
import { citationById, strongestForce } from '../../domain/citations/citations.ts';
import type { CitationId } from '../../domain/citations/citations.ts';
import { isIllegalForce, isRegulatorForce } from '../../domain/citations/citation.ts';
import type { Finding, Severity } from '../../domain/rules/evaluate.ts';
import { SEVERITIES } from '../../domain/rules/evaluate.ts';

/**
 * "违法 / illegal" only when a LAW, JI or AR source states the rule (legal-facts.md §0); regulators' rules and
 * industry rules get their own words. Computed from the finding's own sources, never from background ones.
 */
function wordingOf(citationIds: readonly CitationId[]): Severity {
  const force = strongestForce(citationIds.map(citationById));
  if (force !== null && isIllegalForce(force)) return 'illegal';
  if (force !== null && isRegulatorForce(force)) return 'regulatory';
  return 'industry';
}

export interface RuleGroup {
  readonly key: string;
  readonly ruleId: Finding['ruleId'];
  readonly debtId: string | null;
  readonly wording: Severity;
  readonly citationIds: readonly CitationId[];
  readonly contextCitationIds: readonly CitationId[];
  /** The sources may not bind this kind of lender (a standard or industry rule on a private loan). */
  readonly mayNotBind: boolean;
  readonly findings: readonly Finding[];
}

interface SeverityGroup {
  readonly wording: Severity;
  readonly groups: readonly RuleGroup[];
  readonly count: number;
}

const mayNotBind = (f: Finding): boolean =>
  f.trace.some((s) => s.condition === 'source-may-not-bind-this-lender');

export function groupFindings(findings: readonly Finding[]): SeverityGroup[] {
  const groups = new Map<string, { group: RuleGroup; findings: Finding[] }>();
  for (const f of findings) {
    const wording = wordingOf(f.citationIds);
    const key = [wording, f.ruleId, f.debtId ?? '', f.citationIds.join(','), mayNotBind(f)].join('|');
    const existing = groups.get(key);
    if (existing) existing.findings.push(f);
    else {
      const list = [f];
      groups.set(key, {
        findings: list,
        group: {
          key,
          ruleId: f.ruleId,
          debtId: f.debtId,
          wording,
          citationIds: f.citationIds,
          contextCitationIds: f.contextCitationIds,
          mayNotBind: mayNotBind(f),
          findings: list,
        },
      });
    }
  }
  const all = [...groups.values()].map((g) => g.group);
  return SEVERITIES.map((wording) => {
    const of = all.filter((g) => g.wording === wording);
    return { wording, groups: of, count: of.reduce((n, g) => n + g.findings.length, 0) };
  }).filter((s) => s.groups.length > 0);
}

/** The debts the overall view lists: every debt with findings or contacts, in the case's order. */
export function debtsWithFindings(
  debts: readonly Debt[],
  findings: readonly Finding[],
): { readonly debt: Debt; readonly count: number }[] {
  return debts
    .map((debt) => ({ debt, count: findings.filter((f) => f.debtId === debt.id).length }))
    .filter((d) => d.count > 0);
}
