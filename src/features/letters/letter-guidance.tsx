import { useTranslation } from 'react-i18next';
import { isUnverifiedConfidence } from '../../domain/citations/citation.ts';
import { citationById, type CitationId } from '../../domain/citations/citations.ts';
import { citationText } from '../../domain/letters/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { GUIDANCE, type GuidanceItem } from './letter-guidance-data.ts';

/**
 * What to know before sending a letter and where else to turn, shown with the letter it belongs to: each point
 * with its sources, their binding force and, where the sheet doubts a point, the "unverified" mark
 * (docs/letters.md, "Guidance beside a letter"). Numbers are links a thumb can tap.
 */
export function LetterGuidance({
  templateId,
  headingKey = 'guidance.title',
}: {
  readonly templateId: string;
  readonly headingKey?: 'guidance.title' | 'guidance.lending.title';
}) {
  const { t } = useTranslation(['letters', 'rules']);
  const items = GUIDANCE[templateId];
  if (items === undefined) return null;
  const headingId = `letters-guidance-${templateId}`;
  return (
    <section className="letters-guidance" aria-labelledby={headingId} data-testid="letter-guidance">
      <h2 id={headingId}>{t(`letters:${headingKey}`)}</h2>
      <ul>
        {items.map((item) => (
          <GuidancePoint key={item.key} item={item} />
        ))}
      </ul>
    </section>
  );
}

function GuidancePoint({ item }: { readonly item: GuidanceItem }) {
  const { t } = useTranslation(['letters', 'rules']);
  const lang = useLanguage();
  const unverified =
    item.unverified === true ||
    item.citationIds.some((id) => isUnverifiedConfidence(citationById(id).confidence));
  return (
    <li data-testid={`guidance-${item.key}`}>
      <p>{t(`letters:${item.key}`)}</p>
      {item.tel !== undefined && (
        <p className="letters-guidance__tel">
          {item.tel.map((n) => (
            <a key={n} className="button button--small" href={`tel:${n}`} data-testid={`guidance-call-${n}`}>
              {t('letters:guidance.call', { number: n })}
            </a>
          ))}
        </p>
      )}
      <p className="letters-muted letters-guidance__source">
        {t('letters:guidance.source', {
          sources: item.citationIds.map((id) => sourceText(id, lang, t)).join(lang === 'zh-CN' ? '；' : '; '),
        })}
        {unverified ? ` ${t('letters:guidance.unverified')}` : ''}
      </p>
    </li>
  );
}

type T = ReturnType<typeof useTranslation<['letters', 'rules']>>['t'];

const sourceText = (id: CitationId, lang: 'zh-CN' | 'en', t: T): string => {
  const c = citationById(id);
  const binding = t(`rules:binding.${c.binding}`);
  return lang === 'zh-CN'
    ? `${citationText(id, lang)}（${binding}）`
    : `${citationText(id, lang)} (${binding})`;
};
