/**
 * How the app may word a Table A row's force (legal-facts.md §0): "违法 / illegal" only when every source is LAW, JI
 * or AR; "regulators prohibit" for departmental rules and regulatory notices; "industry rules prohibit" for standards,
 * self-regulation and court guidance. A row resting on a statute and on weaker rules is 'mixed': it may be illegal
 * only in part, so the app does not overclaim (e.g. R06: CBA 2026 + 治安 2012 Art. 23).
 */
import type { Citation } from '../citations/citation.ts';
import { isIllegalForce, isRegulatorForce } from '../citations/citation.ts';
import { citationById, isCitationId, strongestForce } from '../citations/citations.ts';
import type { TableRowId, TableRule } from './rule.ts';

type ForceClass = 'illegal' | 'regulatory' | 'industry' | 'mixed';

/** The force class of some sources; null when there are none (R27). */
function forceOfCitations(citations: readonly Citation[]): ForceClass | null {
  const force = strongestForce(citations);
  if (force === null) return null;
  if (isIllegalForce(force)) return citations.every((c) => isIllegalForce(c.binding)) ? 'illegal' : 'mixed';
  return isRegulatorForce(force) ? 'regulatory' : 'industry';
}

/** The sources a row rests on (its own citations; background "context" sources do not count). */
export const rowCitations = (rule: TableRule): readonly Citation[] =>
  rule.citationIds.filter(isCitationId).map(citationById);

/** The force class of a row's sources, whatever the row's kind (may, may not, must). */
export const rowSourcesForce = (rule: TableRule): ForceClass | null => forceOfCitations(rowCitations(rule));

/**
 * Rows whose subject is not the collector (a court's power, the interest a court supports, the borrower's own
 * recording): a "may / may not" label in front of them would read as if it were about the lender.
 */
const STATEMENT_ROWS: ReadonlySet<TableRowId> = new Set<TableRowId>(['R47', 'R48', 'R51']);

export const isStatementRow = (id: TableRowId): boolean => STATEMENT_ROWS.has(id);

/**
 * The prohibition wording of a "may not" row (违法 / 监管规定禁止 / 行业规则禁止 / mixed); null for other kinds, which
 * prohibit nothing, and for statement rows: R47 says what interest courts do not support (民间借贷规定 25, 28, 29), which
 * is not a ban, so "违法" in front of it would claim more than the source. This is what Today's lender rules show.
 */
export const rowForce = (rule: TableRule): ForceClass | null =>
  rule.kind === 'may-not' && !isStatementRow(rule.id) ? rowSourcesForce(rule) : null;
