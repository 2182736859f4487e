import { useTranslation } from 'react-i18next';

export type ComingTopic = 'today' | 'log' | 'lawful' | 'letters';

/**
 * An honest placeholder: says what will live here, shows nothing that pretends to work. As a whole page it is
 * `coming-soon` (e2e contract); as a note inside a working page it is `coming-note`.
 */
export function ComingSoon({ topic, asSection = false }: { topic: ComingTopic; asSection?: boolean }) {
  const { t } = useTranslation('shell');
  const Heading = asSection ? 'h2' : 'h1';
  return (
    <section
      className={asSection ? 'coming coming--note' : 'coming'}
      data-testid={asSection ? 'coming-note' : 'coming-soon'}
      aria-labelledby={`coming-${topic}`}
    >
      <p className="coming__badge">{t('coming.badge')}</p>
      <Heading id={`coming-${topic}`} className="coming__title">
        {t(`coming.${topic}.title`)}
      </Heading>
      <p className="coming__body">{t(`coming.${topic}.body`)}</p>
    </section>
  );
}
