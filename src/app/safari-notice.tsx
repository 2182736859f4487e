import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentIosEnv, evictionRisk } from '../platform/ios-eviction.ts';

/** Set once the notice has been read and closed: it explains once, not on every visit. */
export const SAFARI_NOTICE_KEY = 'youju.safariNoticeSeen';

function safariNoticeSeen(): boolean {
  try {
    return globalThis.localStorage?.getItem(SAFARI_NOTICE_KEY) === '1';
  } catch {
    return false;
  }
}

/**
 * In an iPhone or iPad browser tab, Safari may delete the app's data after days without a visit unless the app is
 * on the home screen (docs/architecture.md, "iPhone"). Renders nothing elsewhere (src/platform/ios-eviction.ts).
 */
export function SafariNotice({ userAgent }: { readonly userAgent: string }) {
  const { t } = useTranslation('myData');
  const [risk] = useState(() => evictionRisk({ ...currentIosEnv(), userAgent }));
  const [closed, setClosed] = useState(safariNoticeSeen);
  if (!risk || closed) return null;
  return (
    <section className="banner banner--warning" data-testid="safari-notice" aria-labelledby="safari-title">
      <h2 id="safari-title" className="banner__title">
        {t('safari.title')}
      </h2>
      <p className="banner__text">{t('safari.why')}</p>
      <p className="banner__how">{t('safari.how')}</p>
      <p className="banner__text">{t('safari.move')}</p>
      <div className="banner__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="safari-notice-dismiss"
          onClick={() => {
            try {
              globalThis.localStorage?.setItem(SAFARI_NOTICE_KEY, '1');
            } catch {
              // Shown again next visit; nothing else depends on it.
            }
            setClosed(true);
          }}
        >
          {t('safari.dismiss')}
        </button>
      </div>
    </section>
  );
}
