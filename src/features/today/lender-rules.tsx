import { useTranslation } from 'react-i18next';
import { TABLE_A } from '../../domain/rules/catalogue.ts';
import { isStatementRow, rowForce } from '../../domain/rules/row-force.ts';
import { CitationList } from '../../components/citation-list.tsx';

/** Table A rows (legal-facts.md §12) that a stage or a debt kind links to, with their sources. */
export function LenderRules({ ruleIds }: { ruleIds: readonly string[] }) {
  const { t } = useTranslation('today');
  // The row texts are long and only this detail screen shows them: they load with it (stageDetail namespace).
  const { t: tRow } = useTranslation('stageDetail');
  const rows = TABLE_A.filter((r) => ruleIds.includes(r.id));
  return (
    <ul className="today-rules">
      {rows.map((rule) => {
        // "违法" only for LAW/JI/AR; otherwise regulators or industry rules prohibit (legal-facts.md §0).
        const force = rowForce(rule);
        return (
          <li key={rule.id} className="today-rules__item" data-rule-id={rule.id}>
            <p>
              <strong>
                {tRow(isStatementRow(rule.id) ? 'detail.ruleVerb.note' : `detail.ruleVerb.${rule.kind}`)}
              </strong>{' '}
              {tRow(`row.${rule.id}` as 'row.R05')}
            </p>
            {force && <p className="today-rules__force">{t(`cite.${force}`)}</p>}
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
