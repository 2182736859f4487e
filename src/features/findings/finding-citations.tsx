import { useTranslation } from 'react-i18next';
import { citationById } from '../../domain/citations/citations.ts';
import type { CitationId } from '../../domain/citations/citations.ts';
import { citationWhere } from '../../domain/citations/where.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** Each source as stored (from legal-facts.md): instrument, article, binding force, confidence, doubts marked. */
export function FindingCitations({ ids }: { readonly ids: readonly CitationId[] }) {
  const { t } = useTranslation(['findings', 'rules']);
  const zh = useLanguage() === 'zh-CN';
  if (ids.length === 0) return null;
  return (
    <ul className="findings-cites">
      {ids.map((id) => {
        const c = citationById(id);
        const name = zh
          ? c.instrument.zh.includes('《')
            ? c.instrument.zh
            : `《${c.instrument.zh}》`
          : c.instrument.en;
        const w = citationWhere(c);
        const where = w === null ? '' : w.key === 'pinpoint' ? w.text : t(`rules:citation.where.${w.key}`, w);
        return (
          <li key={id} data-citation={id}>
            <span className="findings-cites__name">{where ? `${name} ${where}` : name}</span>
            <span className="findings-cites__meta">
              {t(`rules:binding.${c.binding}`)}
              {' · '}
              {t(`rules:confidence.${c.confidence}`)}
            </span>
            {c.articleUnverified && (
              <span className="findings-badge findings-badge--warn">
                {t('rules:citation.articleUnverified')}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
