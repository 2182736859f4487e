import { useTranslation } from 'react-i18next';
import { isUnverifiedConfidence, type Citation } from '../../domain/citations/citation.ts';
import { citationById, isCitationId } from '../../domain/citations/citations.ts';
import { citationWhere } from '../../domain/citations/where.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { formatLocalDate } from '../../i18n/format.ts';

type Cite = (key: string, options?: Record<string, unknown>) => string;

/**
 * "238 para 3" → 第 238 条第 3 款 / Art. 238 para 3; "item 4" → 第 4 项. Numbers are written exactly as the sheet
 * gives them; only the words around them are translated.
 */
export function whereText(c: Citation, t: Cite): string {
  const w = citationWhere(c);
  if (w === null) return '';
  return w.key === 'pinpoint' ? w.text : t(`cite.${w.key}`, w);
}

/** 《…》 around a name unless it already carries its own (an issuer plus a document title). */
export const instrumentName = (c: Citation, zh: boolean): string =>
  zh ? (c.instrument.zh.includes('《') ? c.instrument.zh : `《${c.instrument.zh}》`) : c.instrument.en;

function CitationLine({ c }: { c: Citation }) {
  const { t } = useTranslation(['lawful', 'rules']);
  const lng = useLanguage();
  const cite = t as unknown as Cite;
  const where = whereText(c, cite);
  const name = instrumentName(c, lng === 'zh-CN');
  return (
    <li data-citation-id={c.id}>
      <span className="lawful-cite__name">{where ? `${name} ${where}` : name}</span>
      {' · '}
      {t(`rules:binding.${c.binding}`)}
      {' · '}
      {t(`rules:confidence.${c.confidence}`)}
      {c.inForceSince && (
        <>
          {' · '}
          {t('cite.inForce', { date: formatLocalDate(c.inForceSince, lng) })}
        </>
      )}
      {c.supersededOn && (
        <>
          {' · '}
          {t('cite.before', { date: formatLocalDate(c.supersededOn, lng) })}
        </>
      )}
      {c.articleUnverified && <span className="lawful-badge">{t('cite.unverifiedArticle')}</span>}
      {isUnverifiedConfidence(c.confidence) && <span className="lawful-badge">{t('cite.unverified')}</span>}
    </li>
  );
}

/** Each source with its instrument, article, binding force and confidence; doubts shown as badges. */
export function CitationLines({ ids }: { ids: readonly string[] }) {
  const known = ids.filter(isCitationId).map(citationById);
  if (known.length === 0) return null;
  return (
    <ul className="lawful-cites">
      {known.map((c) => (
        <CitationLine key={c.id} c={c} />
      ))}
    </ul>
  );
}
