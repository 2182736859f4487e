import { useTranslation } from 'react-i18next';
import { citationById, isCitationId, strongestForce } from '../../domain/citations/citations.ts';
import { isIllegalForce, isRegulatorForce } from '../../domain/citations/citation.ts';
import { TABLE_A } from '../../domain/rules/catalogue.ts';
import type { TableRule } from '../../domain/rules/rule.ts';
import { CitationList } from './citation-list.tsx';

/** "违法" only for LAW/JI/AR; otherwise regulators or industry rules prohibit (legal-facts.md §0). */
function forceKey(
  rule: TableRule,
): 'cite.illegal' | 'cite.regulatory' | 'cite.industry' | 'cite.mixed' | null {
  if (rule.kind !== 'may-not') return null;
  const sources = rule.citationIds.filter(isCitationId).map(citationById);
  const force = strongestForce(sources);
  if (force === null) return null;
  // A row resting on a statute and on industry rules (e.g. R06) may be illegal only in part: do not overclaim.
  if (isIllegalForce(force))
    return sources.every((c) => isIllegalForce(c.binding)) ? 'cite.illegal' : 'cite.mixed';
  return isRegulatorForce(force) ? 'cite.regulatory' : 'cite.industry';
}

// Rows whose subject is not the collector (a court's power, the interest a court supports, the borrower's own
// recording): a "may / may not" label in front of them would read as if it were about the lender.
const STATEMENT_ROWS: ReadonlySet<string> = new Set(['R47', 'R48', 'R51']);

/** Table A rows (legal-facts.md §12) that a stage or a debt kind links to, with their sources. */
export function LenderRules({ ruleIds }: { ruleIds: readonly string[] }) {
  const { t } = useTranslation('today');
  const rows = TABLE_A.filter((r) => ruleIds.includes(r.id));
  return (
    <ul className="today-rules">
      {rows.map((rule) => {
        const force = forceKey(rule);
        return (
          <li key={rule.id} className="today-rules__item" data-rule-id={rule.id}>
            <p>
              <strong>
                {t(STATEMENT_ROWS.has(rule.id) ? 'detail.ruleVerb.note' : `detail.ruleVerb.${rule.kind}`)}
              </strong>{' '}
              {t(`row.${rule.id}` as 'row.R05')}
            </p>
            {force && <p className="today-rules__force">{t(force)}</p>}
            {rule.kind === 'not-confirmed' ? (
              <p className="today-source">
                <span className="today-badge today-badge--warn">{t('cite.unverified')}</span>
              </p>
            ) : (
              <CitationList ids={rule.citationIds} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
