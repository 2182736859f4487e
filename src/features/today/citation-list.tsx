import { useTranslation } from 'react-i18next';
import { isUnverifiedConfidence, type Citation } from '../../domain/citations/citation.ts';
import { citationById, isCitationId } from '../../domain/citations/citations.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** Citations of one instrument with the same force and doubts, shown as one line ("Arts. 67, 69, 70"). */
interface CitationGroup {
  readonly key: string;
  readonly first: Citation;
  readonly articles: readonly string[];
}

function groupCitations(citations: readonly Citation[]): CitationGroup[] {
  const groups = new Map<string, { first: Citation; articles: string[] }>();
  for (const c of citations) {
    const key = [c.instrument.zh, c.binding, c.confidence, c.articleUnverified, c.pinpoint ?? ''].join('|');
    const group = groups.get(key);
    if (group) {
      if (c.article) group.articles.push(c.article);
    } else groups.set(key, { first: c, articles: c.article ? [c.article] : [] });
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}

function CitationText({ group }: { group: CitationGroup }) {
  const { t } = useTranslation(['today', 'rules']);
  const lng = useLanguage();
  const { first: c, articles } = group;
  const zh = lng === 'zh-CN';
  // Some stored names already carry their own 《》 (an issuer plus a document title).
  const name = zh
    ? c.instrument.zh.includes('《')
      ? c.instrument.zh
      : `《${c.instrument.zh}》`
    : c.instrument.en;
  const where =
    articles.length === 0
      ? (c.pinpoint ?? '')
      : zh
        ? `第 ${articles.join('、')} 条`
        : `${articles.length > 1 ? 'Arts.' : 'Art.'} ${articles.join(', ')}`;
  return (
    <li>
      {where ? `${name} ${where}` : name}
      {' · '}
      {t(`rules:binding.${c.binding}`)}
      {c.articleUnverified && (
        <span className="today-badge today-badge--warn">{t('cite.unverifiedArticle')}</span>
      )}
      {isUnverifiedConfidence(c.confidence) && (
        <span className="today-badge today-badge--warn">{t('cite.unverified')}</span>
      )}
    </li>
  );
}

/** Sources as stored in domain/citations (each from legal-facts.md), with their binding force and any doubt shown. */
export function CitationList({ ids }: { ids: readonly string[] }) {
  const known = ids.filter(isCitationId).map(citationById);
  if (known.length === 0) return null;
  return (
    <ul className="today-cites">
      {groupCitations(known).map((g) => (
        <CitationText key={g.key} group={g} />
      ))}
    </ul>
  );
}
