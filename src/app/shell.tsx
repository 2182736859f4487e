import { Suspense, useEffect, useRef } from 'react';
import { LogFab } from '../features/log/log-fab.tsx';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { Onboarding } from '../features/onboarding/onboarding.tsx';
import { AppHeader } from './app-header.tsx';
import { DatabaseGate, type OpenDb } from './database-gate.tsx';
import { BottomNav } from './bottom-nav.tsx';
import { InAppWarning } from './in-app-warning.tsx';
import { useOnboarded } from './onboarding-gate.ts';
import { RouteView } from './route-view.tsx';
import { hrefOf, tabOf, useRoute, DEFAULT_ROUTE } from './router.ts';
import { UpdateBanner } from './update-banner.tsx';

// Checks for a recording cut off by a crash or a closed tab; loads after the first paint, shows nothing otherwise.
const RecordingRecovery = lazyScreen(
  () => import('../features/log/recording-recovery.tsx').then((m) => m.RecordingRecovery),
  ['recorder'],
);

export function Shell({ userAgent, openDb }: { userAgent: string; openDb?: OpenDb }) {
  const route = useRoute();
  const [onboarded, finishOnboarding] = useOnboarded();
  const mainRef = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);

  useEffect(() => {
    // After a navigation, screen readers start from the new page instead of the tapped tab; not on first load.
    if (route === shownRoute.current) return;
    shownRoute.current = route;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [route]);

  return (
    <div className={onboarded ? 'shell' : 'shell shell--onboarding'}>
      <AppHeader />
      <div className="banners">
        <InAppWarning userAgent={userAgent} />
        <UpdateBanner />
      </div>
      <main
        className="main"
        id="main"
        tabIndex={-1}
        ref={mainRef}
        data-route={onboarded ? route : 'onboarding'}
      >
        {onboarded ? (
          <DatabaseGate openDb={openDb}>
            <Suspense fallback={null}>
              <RecordingRecovery />
            </Suspense>
            <RouteView route={route} />
            <LogFab />
          </DatabaseGate>
        ) : (
          <Onboarding
            onDone={() => {
              window.location.hash = hrefOf(DEFAULT_ROUTE);
              finishOnboarding();
            }}
          />
        )}
      </main>
      {onboarded && <BottomNav current={tabOf(route)} />}
    </div>
  );
}
