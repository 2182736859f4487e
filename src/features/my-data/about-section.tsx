import { useTranslation } from 'react-i18next';
import { APP_VERSION, SOURCE_ARCHIVE_HREF } from '../../platform/app-info.ts';

/**
 * The version (the same number names the release zip) and the licence, with the offer of this site's own source
 * that AGPL-3.0 §13 asks of anyone who lets people use a modified copy over a network. The link is relative:
 * source.zip sits beside index.html in every build (docs/deploy.md).
 */
export function AboutSection() {
  const { t } = useTranslation('myData');
  return (
    <section className="my-data__section" aria-labelledby="about-title" data-testid="about-section">
      <h2 id="about-title">{t('about.title')}</h2>
      <p data-testid="app-version">{t('about.version', { version: APP_VERSION })}</p>
      <p>{t('about.licence')}</p>
      <p>
        <a
          className="button"
          href={SOURCE_ARCHIVE_HREF}
          download={`youju-${APP_VERSION}-source.zip`}
          data-testid="source-link"
        >
          {t('about.source')}
        </a>
      </p>
      <p className="my-data__muted">{t('about.sourceHint')}</p>
    </section>
  );
}
