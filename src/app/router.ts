import { useSyncExternalStore } from 'react';

/** The five areas of the bottom navigation. */
export const ROUTES = ['today', 'log', 'lawful', 'letters', 'my-data'] as const;
/** Full-screen modes outside the bottom navigation (visit mode is one tap from Today). */
const MODE_ROUTES = ['visit'] as const;
export type Route = (typeof ROUTES)[number];
type ModeRoute = (typeof MODE_ROUTES)[number];
export type AnyRoute = Route | ModeRoute;
export const DEFAULT_ROUTE: Route = 'today';

/** `#/my-data` → 'my-data'; anything unknown (including no hash) is the default route. */
function parseHash(hash: string): AnyRoute {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  if ((ROUTES as readonly string[]).includes(name)) return name as Route;
  if ((MODE_ROUTES as readonly string[]).includes(name)) return name as ModeRoute;
  return DEFAULT_ROUTE;
}

/** The bottom-nav tab a route belongs to (a mode highlights no tab). */
export const tabOf = (route: AnyRoute): Route | null =>
  (ROUTES as readonly string[]).includes(route) ? (route as Route) : null;

/** `#/lawful/findings/d1` → ['findings', 'd1'] for the lawful area. */
export function subPathOf(hash: string): readonly string[] {
  const [, ...rest] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  return rest.filter((p) => p !== '').map((p) => decodeURIComponent(p));
}

export function hrefOf(route: AnyRoute): string {
  return `#/${route}`;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const readHash = () => window.location.hash;

/** The current hash; features parse their own sub-paths from it. */
export const useHash = (): string => useSyncExternalStore(subscribe, readHash, () => '');

/** The current route, following the URL hash. A hash router needs no server rewrites and works from the SW cache. */
export function useRoute(): AnyRoute {
  return parseHash(useHash());
}
