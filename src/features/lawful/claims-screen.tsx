import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { citationById, isCitationId } from '../../domain/citations/citations.ts';
import { CLAIMS } from '../../domain/rules/claims.ts';
import { SUPPORTED_LANGUAGES } from '../../i18n/resources.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { instrumentWords } from '../../domain/citations/citation-parts.ts';
import { routes } from '../../platform/routes.ts';
import { matches, normalize, queryTerms } from './search.ts';
import { useBothLanguages } from './use-both-languages.ts';
import { useHeadingFocus } from '../../components/use-heading-focus.ts';
import { wordsIn } from './words.ts';
import { SearchBox } from './search-box.tsx';

const NAMESPACES = ['lawful'] as const;
const PARTS = ['said', 'short', 'truth', 'todo'] as const;

/** Common things collectors say, searchable in both languages; each opens the facts with sources. */
export function ClaimsList() {
  const { t, i18n } = useTranslation('lawful');
  const both = useBothLanguages(NAMESPACES);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const heading = useHeadingFocus('claims');
  const lng = useLanguage();
  // Both languages once the other one's words have arrived; until then the one on screen.
  const haystacks = useMemo(
    () =>
      new Map(
        CLAIMS.map((c) => [
          c.id,
          normalize(
            [
              ...(both ? SUPPORTED_LANGUAGES : [lng]).flatMap((l) =>
                PARTS.map((p) => wordsIn(i18n, l, `lawful:claim.${c.id}.${p}`)),
              ),
              ...c.citationIds
                .filter(isCitationId)
                .flatMap((id) => [
                  instrumentWords(citationById(id), 'zh-CN'),
                  instrumentWords(citationById(id), 'en'),
                ]),
              ...c.channels,
            ].join(' \u0000 '),
          ),
        ]),
      ),
    [i18n, both, lng],
  );
  const terms = queryTerms(deferred);
  const shown = CLAIMS.filter((c) => matches(haystacks.get(c.id) ?? '', terms));
  return (
    <section className="lawful" aria-labelledby="lawful-claims-title" data-testid="lawful-claims">
      <p>
        <a className="lawful-back" href={routes.lawful.hub()}>
          {t('back.hub')}
        </a>
      </p>
      <h1 id="lawful-claims-title" tabIndex={-1} ref={heading}>
        {t('claims.title')}
      </h1>
      <p>{t('claims.intro')}</p>
      <SearchBox
        id="claims"
        label={t('claims.searchLabel')}
        hint={t('claims.searchHint')}
        query={query}
        onQuery={setQuery}
      />
      {shown.length === 0 ? (
        <p className="lawful-empty" aria-live="polite">
          {t('claims.none')}
        </p>
      ) : (
        <ul className="lawful-claims">
          {shown.map((c) => (
            <li key={c.id}>
              <a
                className="lawful-claim-link"
                href={routes.lawful.claim(c.id)}
                data-testid="lawful-claim-link"
                data-claim-id={c.id}
              >
                <span className="lawful-claim-link__said">{t(`claim.${c.id}.said`)}</span>
                <span className="lawful-claim-link__short">{t(`claim.${c.id}.short`)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
