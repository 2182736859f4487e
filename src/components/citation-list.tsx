import { useTranslation } from 'react-i18next';
import {
  citationParts,
  groupCitations,
  groupHead,
  type CitationGroup,
} from '../domain/citations/citation-parts.ts';
import { appliesOnDay, citationById, isCitationId } from '../domain/citations/citations.ts';
import { formatLocalDate } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';
import './citation-list.css';

function CitationItem({ group, dates }: { readonly group: CitationGroup; readonly dates: boolean }) {
  const { t } = useTranslation('rules');
  const lng = useLanguage();
  const p = group.parts;
  return (
    <li data-citation={p.id}>
      <span className="citation-list__name">{groupHead(group, lng)}</span>
      {' · '}
      <span data-part="binding">{t(`binding.${p.binding}`)}</span>
      {' · '}
      <span data-part="confidence">{t(`confidence.${p.confidence}`)}</span>
      {dates && p.inForceSince !== undefined && (
        <> · {t('citation.inForce', { date: formatLocalDate(p.inForceSince, lng) })}</>
      )}
      {dates && p.supersededOn !== undefined && (
        <> · {t('citation.before', { date: formatLocalDate(p.supersededOn, lng) })}</>
      )}
      {p.marks.map((m) => (
        <span key={m} className="citation-list__mark" data-mark={m}>
          {t(m === 'article-unverified' ? 'citation.articleUnverified' : 'citation.unverified')}
        </span>
      ))}
    </li>
  );
}

/**
 * The sources of a rule, claim, deadline or step, as stored in domain/citations (each from legal-facts.md): the
 * instrument and article as domain/citations/citation-parts.ts writes them, the binding force, the confidence and
 * every doubt as a visible mark. Articles of one instrument with the same force and doubts share a line. `day` (a
 * case-zone day) keeps only the version of a law in force then; `dates` adds the in-force dates. The screen must
 * have the `rules` namespace loaded.
 */
export function CitationList({
  ids,
  day,
  dates = false,
}: {
  readonly ids: readonly string[];
  readonly day?: string;
  readonly dates?: boolean;
}) {
  const { t } = useTranslation('rules');
  const lng = useLanguage();
  const shown = ids
    .filter(isCitationId)
    .filter((id) => day === undefined || appliesOnDay(citationById(id), day))
    .map((id) => citationParts(id, lng));
  if (shown.length === 0) return null;
  return (
    <ul className="citation-list" aria-label={t('citation.sources')}>
      {groupCitations(shown).map((g) => (
        <CitationItem key={g.key} group={g} dates={dates} />
      ))}
    </ul>
  );
}
