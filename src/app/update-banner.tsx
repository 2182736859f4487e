import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useAnyFormDirty } from '../components/form-guard.tsx';
import { useToast } from '../components/toast.tsx';

/**
 * A new service worker waits until the user applies it. Applying reloads the page, so while any form holds unsaved
 * input the banner asks the user to finish first and the button stays disabled: the app never reloads under a form.
 */
export function UpdateBanner() {
  const { t } = useTranslation('shell');
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW();
  const dirty = useAnyFormDirty();
  const { show } = useToast();

  useEffect(() => {
    // The worker reports "offline ready" once, right after its first install.
    if (!offlineReady) return;
    show(t('update.offlineReady'), 'offline-ready-toast');
    setOfflineReady(false);
  }, [offlineReady, setOfflineReady, show, t]);

  if (!needRefresh) return null;

  return (
    <section className="banner banner--update" data-testid="update-banner" aria-live="polite">
      <p className="banner__text">{dirty ? t('update.waitForForm') : t('update.available')}</p>
      <div className="banner__actions">
        <button type="button" className="button button--small" onClick={() => setNeedRefresh(false)}>
          {t('update.later')}
        </button>
        <button
          type="button"
          className="button button--primary button--small"
          data-testid="update-apply"
          disabled={dirty}
          onClick={() => {
            if (!dirty) void updateServiceWorker(true);
          }}
        >
          {t('update.apply')}
        </button>
      </div>
    </section>
  );
}
