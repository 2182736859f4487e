import { useSyncExternalStore } from 'react';

export const ROUTES = ['today', 'log', 'lawful', 'letters', 'my-data'] as const;
export type Route = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: Route = 'today';

/** `#/my-data` → 'my-data'; anything unknown (including no hash) is the default route. */
export function parseHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as Route) : DEFAULT_ROUTE;
}

export function hrefOf(route: Route): string {
  return `#/${route}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current route, following the URL hash. A hash router needs no server rewrites and works from the SW cache. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, readHash, () => ''));
}
