import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { detectInAppBrowser } from '../platform/in-app-browser.ts';

export function InAppWarning({ userAgent }: { userAgent: string }) {
  const { t } = useTranslation('shell');
  const [dismissed, setDismissed] = useState(false);
  const app = detectInAppBrowser(userAgent);
  if (!app || dismissed) return null;

  return (
    <section className="banner banner--warning" data-testid="inapp-warning" aria-labelledby="inapp-title">
      <h2 id="inapp-title" className="banner__title">
        {t('inApp.title')}
      </h2>
      <p className="banner__text">{t('inApp.why', { app: t(`inApp.apps.${app}`) })}</p>
      <p className="banner__how">{t('inApp.how')}</p>
      <div className="banner__actions">
        <button type="button" className="button button--small" onClick={() => setDismissed(true)}>
          {t('inApp.dismiss')}
        </button>
      </div>
    </section>
  );
}
