import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetting } from '../../data/hooks/use-setting.ts';
import { routes } from '../../platform/routes.ts';
import { LockSettings } from './lock-settings.tsx';
import { SetupFlow } from './setup-flow.tsx';
import './lock.css';

/**
 * `#/lock`, linked from My data (whose tab stays lit): turning the app lock on and off, its settings, and how quick hide
 * works. The address names this feature's folder, as every area's does.
 */
export function SecurityScreen() {
  const { t } = useTranslation('lock');
  const lock = useSetting('appLock');
  const [setup, setSetup] = useState(false);
  const [justOn, setJustOn] = useState<'ok' | 'failed' | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  const on = lock.loaded && lock.value !== undefined;

  return (
    <section className="security" data-testid="security-screen" aria-labelledby="security-title">
      <p>
        <a href={routes.myData.home()} className="security__back">
          {t('security.back')}
        </a>
      </p>
      <h1 id="security-title" ref={title} tabIndex={-1}>
        {t('security.title')}
      </h1>
      <p>{t('security.intro')}</p>
      {lock.loaded && (
        <p className="security__state" data-testid="lock-state" data-on={on}>
          <strong>{on ? t('security.onState') : t('security.offState')}</strong>
        </p>
      )}
      {justOn && (
        <p
          className={justOn === 'failed' ? 'lock__error' : 'lock__done'}
          role="status"
          data-testid="lock-setup-done"
        >
          {justOn === 'failed' ? t('security.sealFailed') : t('security.onDone')}
        </p>
      )}
      {on && lock.value && !setup ? (
        <LockSettings setting={lock.value} />
      ) : setup ? (
        <SetupFlow
          onCancel={() => setSetup(false)}
          onDone={(failed) => {
            setSetup(false);
            setJustOn(failed ? 'failed' : 'ok');
          }}
        />
      ) : (
        lock.loaded && (
          <div className="lock__actions">
            <button
              type="button"
              className="button button--primary"
              data-testid="lock-setup-start"
              onClick={() => setSetup(true)}
            >
              {t('security.turnOn')}
            </button>
          </div>
        )
      )}
      <p className="lock__hint">{t('security.notCovered')}</p>
      <h2 className="lock__subtitle">{t('security.quickHideTitle')}</h2>
      <p>{t('security.quickHideBody')}</p>
    </section>
  );
}
