import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TABLE_A } from '../../domain/rules/catalogue.ts';
import { TOPICS, type TableRule, type Topic } from '../../domain/rules/rule.ts';
import { SUPPORTED_LANGUAGES } from '../../i18n/resources.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { routes } from '../../platform/routes.ts';
import { RuleItem } from './rule-item.tsx';
import { ruleHaystack } from './rule-index.ts';
import { matches, queryTerms } from './search.ts';
import { useBothLanguages } from './use-both-languages.ts';
import { useHeadingFocus } from '../../components/use-heading-focus.ts';
import { SearchBox } from './search-box.tsx';

const NAMESPACES = ['lawful', 'today', 'rules', 'stageDetail'] as const;

/** The whole of Table A (legal-facts.md §12), searchable in both languages and by the names of laws, by topic. */
export function RulesCatalogue({ topic }: { topic?: Topic }) {
  const { t, i18n } = useTranslation('lawful');
  const lng = useLanguage();
  const both = useBothLanguages(NAMESPACES);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const heading = useHeadingFocus(`rules/${topic ?? ''}`);

  // Both languages once the other one's words have arrived; until then the one on screen.
  const haystacks = useMemo(() => {
    const languages = both ? SUPPORTED_LANGUAGES : [lng];
    return new Map(TABLE_A.map((r) => [r.id, ruleHaystack(i18n, r, languages)]));
  }, [i18n, both, lng]);
  const terms = queryTerms(deferred);
  const shown = TABLE_A.filter(
    (r) => (!topic || r.topic === topic) && matches(haystacks.get(r.id) ?? '', terms),
  );
  const byTopic = TOPICS.map((tp) => [tp, shown.filter((r) => r.topic === tp)] as const).filter(
    ([, rows]) => rows.length > 0,
  );

  return (
    <section className="lawful" aria-labelledby="lawful-rules-title" data-testid="lawful-rules">
      <p>
        <a className="lawful-back" href={routes.lawful.hub()}>
          {t('back.hub')}
        </a>
      </p>
      <h1 id="lawful-rules-title" tabIndex={-1} ref={heading}>
        {topic ? t(`topic.${topic}`) : t('rules.title')}
      </h1>
      <p>{t('rules.intro')}</p>

      <SearchBox
        id="rules"
        label={t('rules.searchLabel')}
        hint={t('rules.searchHint')}
        query={query}
        onQuery={setQuery}
      />

      <nav aria-label={t('rules.topics')}>
        <ul className="lawful-chips">
          <li>
            <a
              href={routes.lawful.rules()}
              aria-current={topic ? undefined : 'page'}
              data-testid="lawful-topic-all"
            >
              {t('rules.allTopics')}
            </a>
          </li>
          {TOPICS.map((tp) => (
            <li key={tp}>
              <a
                href={routes.lawful.rules(tp)}
                aria-current={topic === tp ? 'page' : undefined}
                data-testid={`lawful-topic-${tp}`}
              >
                {t(`topic.${tp}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <p className="lawful-count" aria-live="polite" data-testid="lawful-rules-count">
        {t('rules.count', { count: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p className="lawful-empty">
          {t('rules.none')}{' '}
          <button type="button" className="lawful-inline-button" onClick={() => setQuery('')}>
            {t('rules.clear')}
          </button>
        </p>
      ) : (
        byTopic.map(([tp, rows]) => <TopicSection key={tp} topic={tp} rows={rows} titled={!topic} />)
      )}
    </section>
  );
}

function TopicSection({
  topic,
  rows,
  titled,
}: {
  topic: Topic;
  rows: readonly TableRule[];
  titled: boolean;
}) {
  const { t } = useTranslation('lawful');
  return (
    <section aria-labelledby={titled ? `lawful-topic-${topic}` : undefined} data-topic={topic}>
      {titled && <h2 id={`lawful-topic-${topic}`}>{t(`topic.${topic}`)}</h2>}
      <ul className="lawful-rules">
        {rows.map((r) => (
          <RuleItem key={r.id} rule={r} />
        ))}
      </ul>
    </section>
  );
}
