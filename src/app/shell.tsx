import { useEffect, useRef } from 'react';
import { AppHeader } from './app-header.tsx';
import { BottomNav } from './bottom-nav.tsx';
import { RouteView } from './route-view.tsx';
import { useRoute } from './router.ts';

export function Shell() {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(route);

  useEffect(() => {
    // After a navigation, screen readers start from the new page instead of the tapped tab; not on first load.
    if (route === firstRoute.current) return;
    firstRoute.current = route;
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [route]);

  return (
    <div className="shell">
      <AppHeader />
      <main className="main" id="main" tabIndex={-1} ref={mainRef} data-route={route}>
        <RouteView route={route} />
      </main>
      <BottomNav current={route} />
    </div>
  );
}
