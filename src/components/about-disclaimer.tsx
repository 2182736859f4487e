import { useTranslation } from 'react-i18next';

/** The "information, not legal advice" statement, reachable at any time after onboarding (placed on #/my-data). */
export function AboutDisclaimer() {
  const { t } = useTranslation('shell');
  return (
    <section className="about" aria-labelledby="about-title" data-testid="about-disclaimer">
      <h2 id="about-title" className="about__title">
        {t('disclaimer.title')}
      </h2>
      <p className="about__body">{t('disclaimer.body')}</p>
    </section>
  );
}
