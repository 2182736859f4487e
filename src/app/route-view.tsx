import { lazy, Suspense } from 'react';
import { AboutDisclaimer } from '../components/about-disclaimer.tsx';
import { Opening } from '../components/opening.tsx';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { TodayScreen } from '../features/today/today-screen.tsx';
import type { Route } from '../platform/routes.ts';

// Screens other than Today load with their words when opened, and are precached like every chunk, so they open
// offline too.
// The debts list sits below Today's cards, so its code follows the first paint in a chunk of its own; its words
// stay bundled with the first screen (they are small, and the later words are one large chunk).
const DebtsScreen = lazy(() =>
  import('../features/debts/debts-screen.tsx').then((m) => ({ default: m.DebtsScreen })),
);
const MyDataScreen = lazyScreen(
  () => import('../features/my-data/my-data-screen.tsx').then((m) => m.MyDataScreen),
  ['myData', 'caseErrors'],
);
const LogScreen = lazyScreen(
  () => import('../features/log/log-screen.tsx').then((m) => m.LogScreen),
  ['log', 'recorder', 'rules'],
);
const VisitScreen = lazyScreen(
  () => import('../features/log/visit/visit-screen.tsx').then((m) => m.VisitScreen),
  ['log', 'recorder', 'rules'],
);
const LawfulScreen = lazyScreen(
  () => import('../features/lawful/lawful-screen.tsx').then((m) => m.LawfulScreen),
  ['lawful', 'rules'],
);
const FindingsScreen = lazyScreen(
  () => import('../features/findings/findings-screen.tsx').then((m) => m.FindingsScreen),
  ['findings', 'rules', 'support'],
);
const SecurityScreen = lazyScreen(
  () => import('../features/lock/security-screen.tsx').then((m) => m.SecurityScreen),
  ['lock'],
);
const LettersScreen = lazyScreen(
  () => import('../features/letters/letters-screen.tsx').then((m) => m.LettersScreen),
  ['letters', 'rules'],
);

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Opening />}>{children}</Suspense>;
}

export function RouteView({ route }: { route: Route }) {
  switch (route.area) {
    case 'today':
      return (
        <>
          <TodayScreen />
          {/* The debts list belongs under Today's list, not under a stage detail or an "I just received…" flow. */}
          {route.view.kind === 'list' && (
            <Suspense fallback={null}>
              <DebtsScreen />
            </Suspense>
          )}
        </>
      );
    case 'log':
      return (
        <Lazy>
          <LogScreen />
        </Lazy>
      );
    case 'visit':
      return (
        <Lazy>
          <VisitScreen />
        </Lazy>
      );
    case 'lawful':
      return (
        <Lazy>
          <LawfulScreen />
        </Lazy>
      );
    case 'findings':
      return (
        <Lazy>
          <FindingsScreen />
        </Lazy>
      );
    case 'letters':
      return (
        <Lazy>
          <LettersScreen />
        </Lazy>
      );
    case 'lock':
      return (
        <Lazy>
          <SecurityScreen />
        </Lazy>
      );
    case 'my-data':
      return (
        <>
          <Lazy>
            <MyDataScreen />
          </Lazy>
          <AboutDisclaimer />
        </>
      );
  }
}
