import { AboutDisclaimer } from '../components/about-disclaimer.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { DebtsScreen } from '../features/debts/debts-screen.tsx';
import { MyDataScreen } from '../features/my-data/my-data-screen.tsx';
import { TodayScreen } from '../features/today/today-screen.tsx';
import { useTodayView } from '../features/today/today-view.ts';
import type { Route } from './router.ts';

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
          <MyDataScreen />
          <AboutDisclaimer />
        </>
      );
  }
}
