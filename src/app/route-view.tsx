import { Suspense } from 'react';
import { AboutDisclaimer } from '../components/about-disclaimer.tsx';
import { Opening } from '../components/opening.tsx';
import { lazyScreen } from '../i18n/lazy-screen.ts';
import { ComingSoon } from './coming-soon.tsx';
import { DebtsScreen } from '../features/debts/debts-screen.tsx';
import { TodayScreen } from '../features/today/today-screen.tsx';
import { useTodayView } from '../features/today/today-view.ts';
import type { Route } from './router.ts';

// "My data" (import, export, storage) is not the first screen: it loads with its words when opened, and is
// precached like every chunk, so it opens offline too.
const MyDataScreen = lazyScreen(
  () => import('../features/my-data/my-data-screen.tsx').then((m) => m.MyDataScreen),
  ['myData', 'caseErrors'],
);

/** The debts list belongs under Today's list, not under a stage detail or an "I just received…" flow. */
function DebtsBelowToday() {
  return useTodayView().kind === 'list' ? <DebtsScreen /> : null;
}

export function RouteView({ route }: { route: Route }) {
  switch (route) {
    case 'today':
      return (
        <>
          <TodayScreen />
          <DebtsBelowToday />
        </>
      );
    case 'log':
    case 'lawful':
    case 'letters':
      return <ComingSoon topic={route} />;
    case 'my-data':
      return (
        <>
          <Suspense fallback={<Opening />}>
            <MyDataScreen />
          </Suspense>
          <AboutDisclaimer />
        </>
      );
  }
}
