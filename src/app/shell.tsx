import { Suspense, useEffect, useRef, useState } from 'react';
import { lockNow, useLockStatus } from '../features/lock/lock-session.ts';
import { LogFab } from '../features/log/log-fab.tsx';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { Onboarding } from '../features/onboarding/onboarding.tsx';
import { AppHeader } from './app-header.tsx';
import { DatabaseGate, type OpenDb } from './database-gate.tsx';
import { BottomNav } from './bottom-nav.tsx';
import { InAppWarning } from './in-app-warning.tsx';
import { detectInAppBrowser } from '../platform/in-app-browser.ts';
import { LockGate } from './lock-gate.tsx';
import { useIdle } from './use-idle.ts';
import { useOnboarded } from './onboarding-gate.ts';
import { RouteView } from './route-view.tsx';
import { routes, tabOf } from '../platform/routes.ts';
import { navigate, useRoute } from '../platform/use-route.ts';

// Checks for a recording cut off by a crash or a closed tab; loads after the first paint, shows nothing otherwise.
const RecordingRecovery = lazyScreen(
  () => import('../features/log/recorder/recording-recovery.tsx').then((m) => m.RecordingRecovery),
  ['recorder'],
);

// The service-worker registration and its update prompt load just after the first screen, not inside it.
const UpdateBanner = lazyScreen(() => import('./update-banner.tsx').then((m) => m.UpdateBanner), []);

// Quick hide's disguise, loaded when first used (precached, so offline too).
const NeutralCalculator = lazyScreen(
  () => import('../features/lock/neutral-calculator.tsx').then((m) => m.NeutralCalculator),
  ['lock'],
);

// Only on Apple devices; it shows itself in an iPhone or iPad browser tab, where Safari may delete the data.
const SafariNotice = lazyScreen(() => import('./safari-notice.tsx').then((m) => m.SafariNotice), ['myData']);

/** While the disguise loads, the screen is already blank and dark, never the app. */
const BLANK = { position: 'fixed', inset: 0, background: '#202124', zIndex: 1000 } as const;

export function Shell({ userAgent, openDb }: { userAgent: string; openDb?: OpenDb }) {
  const route = useRoute();
  const area = route.area;
  const [onboarded, finishOnboarding] = useOnboarded();
  const mainRef = useRef<HTMLElement>(null);
  const shownArea = useRef(area);
  const [hidden, setHidden] = useState(false);
  const locked = useLockStatus() === 'locked';
  const idle = useIdle();
  // A first cut small enough for the first screen; the notice's chunk decides (src/platform/ios-eviction.ts). Inside
  // WeChat and the like, the in-app warning already says to open a real browser first.
  const [maybeApple] = useState(
    () => /iPhone|iPad|iPod|Macintosh/.test(userAgent) && !detectInAppBrowser(userAgent),
  );

  useEffect(() => {
    // After a navigation, screen readers start from the new page instead of the tapped tab; not on first load.
    // Only a change of area moves focus: within an area the screen keeps it (the lawful hub's topic links, a form).
    if (area === shownArea.current) return;
    shownArea.current = area;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [area]);

  return (
    <>
      {hidden && (
        <Suspense fallback={<div style={BLANK} />}>
          <NeutralCalculator onExit={() => setHidden(false)} />
        </Suspense>
      )}
      {/* Hidden, not unmounted: a visit recording under the disguise keeps running. */}
      <div className={onboarded ? 'shell' : 'shell shell--onboarding'} hidden={hidden} inert={hidden}>
        <AppHeader
          onQuickHide={() => {
            setHidden(true);
            lockNow();
          }}
        />
        <div className="banners">
          <InAppWarning userAgent={userAgent} />
          {maybeApple && (
            <Suspense fallback={null}>
              <SafariNotice userAgent={userAgent} />
            </Suspense>
          )}
          {idle && (
            <Suspense fallback={null}>
              <UpdateBanner />
            </Suspense>
          )}
        </div>
        <main
          className="main"
          id="main"
          tabIndex={-1}
          ref={mainRef}
          data-route={onboarded ? area : 'onboarding'}
        >
          {onboarded ? (
            <DatabaseGate openDb={openDb}>
              <LockGate>
                {idle && (
                  <Suspense fallback={null}>
                    <RecordingRecovery />
                  </Suspense>
                )}
                <RouteView route={route} />
                <LogFab />
              </LockGate>
            </DatabaseGate>
          ) : (
            <Onboarding
              onDone={() => {
                navigate(routes.today.list());
                finishOnboarding();
              }}
            />
          )}
        </main>
        {onboarded && !locked && <BottomNav current={tabOf(route)} />}
      </div>
    </>
  );
}
