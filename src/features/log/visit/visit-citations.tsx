import { useTranslation } from 'react-i18next';
import { isUnverifiedConfidence, type Citation } from '../../../domain/citations/citation.ts';
import { appliesOnDay, citationById, isCitationId } from '../../../domain/citations/citations.ts';
import { citationWhere } from '../../../domain/citations/where.ts';
import { useLanguage } from '../../../i18n/use-language.ts';

type Where = ReturnType<typeof useTranslation<'recorder'>>['t'];

/** The position in words (domain/citations/where.ts parses it; numbers stay exactly as the sheet gives them). */
function whereText(c: Citation, t: Where): string {
  const w = citationWhere(c);
  if (w === null) return '';
  return w.key === 'pinpoint' ? w.text : t(`visit.cite.${w.key}`, w);
}

function citationText(c: Citation, zh: boolean, t: Where): string {
  // Some stored names already carry their own 《》 (an issuer plus a document title).
  const name = zh
    ? c.instrument.zh.includes('《')
      ? c.instrument.zh
      : `《${c.instrument.zh}》`
    : c.instrument.en;
  const where = whereText(c, t);
  return where ? `${name} ${where}` : name;
}

/**
 * The sources of one sentence, as stored in domain/citations (each from legal-facts.md), with binding force and any
 * doubt. `day` (the case-zone day of the visit) picks the version of a law in force then.
 */
export function VisitCitations({ ids, day }: { ids: readonly string[]; day: string }) {
  const { t } = useTranslation(['recorder', 'rules']);
  const { t: tr } = useTranslation('recorder');
  const zh = useLanguage() === 'zh-CN';
  const shown = ids
    .filter(isCitationId)
    .map(citationById)
    .filter((c) => appliesOnDay(c, day));
  if (shown.length === 0) return null;
  return (
    <ul className="visit-cites" aria-label={t('visit.cite.sources')}>
      {shown.map((c) => (
        <li key={c.id}>
          {citationText(c, zh, tr)}
          {' · '}
          {t(`rules:binding.${c.binding}`)}
          {c.articleUnverified && <span className="visit-badge">{t('visit.cite.unverifiedArticle')}</span>}
          {isUnverifiedConfidence(c.confidence) && (
            <span className="visit-badge">{t('visit.cite.unverified')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
