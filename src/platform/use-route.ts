import { useSyncExternalStore } from 'react';
import { HOME, parseRoute, viewIn, type Href, type Route, type ViewArea, type ViewOf } from './routes.ts';

// One `hashchange` listener for the whole app, however many components follow the route: it is added with the first
// subscriber and removed with the last.
const listeners = new Set<() => void>();
const notify = (): void => {
  for (const listener of [...listeners]) listener();
};

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('hashchange', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('hashchange', notify);
  };
}

// useSyncExternalStore needs the same object back while the hash is unchanged, so the parsed route is kept per hash.
let last: { readonly hash: string; readonly route: Route } | null = null;
function currentRoute(): Route {
  const hash = window.location.hash;
  if (last?.hash !== hash) last = { hash, route: parseRoute(hash) };
  return last.route;
}

/** The route the address bar names, following Back and every link. */
export const useRoute = (): Route => useSyncExternalStore(subscribe, currentRoute, () => HOME);

/** What an area's screen shows (see `viewIn`): `useView('log')` on the log screen. */
export const useView = <A extends ViewArea>(area: A): ViewOf<A> => viewIn(useRoute(), area);

/**
 * Opens a screen as a link would: a new history entry, so Back returns; with `replace`, in place of the current one
 * (after a save, so Back does not reopen the form that was just sent).
 */
export function navigate(href: Href, options?: { readonly replace?: boolean }): void {
  if (options?.replace) window.location.replace(href);
  else window.location.hash = href;
}
