import { Suspense } from 'react';
import { AboutDisclaimer } from '../components/about-disclaimer.tsx';
import { Opening } from '../components/opening.tsx';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { DebtsScreen } from '../features/debts/debts-screen.tsx';
import { TodayScreen } from '../features/today/today-screen.tsx';
import { useTodayView } from '../features/today/today-view.ts';
import { subPathOf, useHash, type AnyRoute } from './router.ts';

// Screens other than Today load with their words when opened, and are precached like every chunk, so they open
// offline too.
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

/** The debts list belongs under Today's list, not under a stage detail or an "I just received…" flow. */
function DebtsBelowToday() {
  return useTodayView().kind === 'list' ? <DebtsScreen /> : null;
}

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Opening />}>{children}</Suspense>;
}

/** `#/lawful/findings[/<debtId>]` is the "check my log" screen; the rest of `#/lawful/…` is the catalogue area. */
function LawfulArea() {
  const [first] = subPathOf(useHash());
  return <Lazy>{first === 'findings' ? <FindingsScreen /> : <LawfulScreen />}</Lazy>;
}

/** `#/my-data/security` holds the app lock settings; the rest of `#/my-data` is My data. */
function MyDataArea() {
  const [first] = subPathOf(useHash());
  if (first === 'security') {
    return (
      <Lazy>
        <SecurityScreen />
      </Lazy>
    );
  }
  return (
    <>
      <Lazy>
        <MyDataScreen />
      </Lazy>
      <AboutDisclaimer />
    </>
  );
}

export function RouteView({ route }: { route: AnyRoute }) {
  switch (route) {
    case 'today':
      return (
        <>
          <TodayScreen />
          <DebtsBelowToday />
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
      return <LawfulArea />;
    case 'letters':
      return (
        <Lazy>
          <LettersScreen />
        </Lazy>
      );
    case 'my-data':
      return <MyDataArea />;
  }
}
