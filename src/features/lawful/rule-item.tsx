import { useTranslation } from 'react-i18next';
import { CLAIMS } from '../../domain/rules/claims.ts';
import type { TableRule } from '../../domain/rules/rule.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { CitationList } from '../../components/citation-list.tsx';
import { routes } from '../../platform/routes.ts';
import { debtKindsText, forceKey, verbKey } from './rule-index.ts';
import { rowKey, wordsIn } from './words.ts';

/** One Table A row: what a collector may / may not / must do, its force, whom it binds, and each source. */
export function RuleItem({ rule }: { rule: TableRule }) {
  const { t, i18n } = useTranslation('lawful');
  const lng = useLanguage();
  const w = (key: string) => wordsIn(i18n, lng, key);
  const force = forceKey(rule);
  const context = rule.contextCitationIds ?? [];
  const claims = CLAIMS.filter((c) => c.tableRows.includes(rule.id));
  return (
    <li className="lawful-rule" data-rule-id={rule.id} data-kind={rule.kind} data-testid="lawful-rule">
      <p className="lawful-rule__text">
        <strong className={`lawful-verb lawful-verb--${rule.kind}`}>{w(verbKey(rule))}</strong>{' '}
        {w(rowKey(i18n, rule.id))}
      </p>
      {force && (
        <p className="lawful-rule__force" data-testid="lawful-force">
          {w(force)}
        </p>
      )}
      <p className="lawful-muted">
        {t('rules.appliesTo', { kinds: debtKindsText(i18n, lng, rule.debtKinds) })}
      </p>
      {rule.citationIds.length === 0 ? (
        <p className="lawful-muted">
          <span className="lawful-badge">{t('cite.unverified')}</span>
          {t('rules.noSource')}
        </p>
      ) : (
        <>
          <p className="lawful-label">{t('rules.sources')}</p>
          <CitationList ids={rule.citationIds} dates />
        </>
      )}
      {context.length > 0 && (
        <>
          <p className="lawful-label">{t('rules.context')}</p>
          <CitationList ids={context} dates />
        </>
      )}
      {claims.length > 0 && (
        <>
          <p className="lawful-label">{t('rules.claims')}</p>
          <ul className="lawful-related">
            {claims.map((c) => (
              <li key={c.id}>
                <a href={routes.lawful.claim(c.id)}>{t(`claim.${c.id}.said`)}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="lawful-rule__id">{rule.id}</p>
    </li>
  );
}
