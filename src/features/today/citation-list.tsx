import { useTranslation } from 'react-i18next';
import type { Citation } from '../../domain/citations/citation.ts';
import { citationById, isCitationId } from '../../domain/citations/citations.ts';
import { useLanguage } from '../../i18n/use-language.ts';

function CitationText({ c }: { c: Citation }) {
  const { t } = useTranslation(['today', 'rules']);
  const lng = useLanguage();
  const zh = lng === 'zh-CN';
  // Some stored names already carry their own 《》 (an issuer plus a document title).
  const name = zh
    ? c.instrument.zh.includes('《')
      ? c.instrument.zh
      : `《${c.instrument.zh}》`
    : c.instrument.en;
  const where = c.article ? (zh ? `第 ${c.article} 条` : `Art. ${c.article}`) : (c.pinpoint ?? '');
  return (
    <li>
      {where ? `${name} ${where}` : name}
      {' · '}
      {t(`rules:binding.${c.binding}`)}
      {c.articleUnverified && (
        <span className="today-badge today-badge--warn">{t('cite.unverifiedArticle')}</span>
      )}
      {c.confidence === 'R' && <span className="today-badge today-badge--warn">{t('cite.unverified')}</span>}
    </li>
  );
}

/** Sources as stored in domain/citations (each from legal-facts.md), with their binding force and any doubt shown. */
export function CitationList({ ids }: { ids: readonly string[] }) {
  const known = ids.filter(isCitationId).map(citationById);
  if (known.length === 0) return null;
  return (
    <ul className="today-cites">
      {known.map((c) => (
        <CitationText key={c.id} c={c} />
      ))}
    </ul>
  );
}
