import { useTranslation } from 'react-i18next';
import { CitationList } from '../../components/citation-list.tsx';
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
      <CitationList ids={item.citationIds} />
      {item.unverified === true && (
        <p className="letters-muted letters-guidance__source">{t('letters:guidance.unverified')}</p>
      )}
    </li>
  );
}
