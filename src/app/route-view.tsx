import { AboutDisclaimer } from '../components/about-disclaimer.tsx';
import { ComingSoon } from './coming-soon.tsx';
import { DebtsScreen } from '../features/debts/debts-screen.tsx';
import { MyDataScreen } from '../features/my-data/my-data-screen.tsx';
import { TodayScreen } from '../features/today/today-screen.tsx';
import type { Route } from './router.ts';

export function RouteView({ route }: { route: Route }) {
  switch (route) {
    case 'today':
      return (
        <>
          <TodayScreen />
          <DebtsScreen />
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
