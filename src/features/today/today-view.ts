import { useSyncExternalStore } from 'react';
import { RECEIVED_FLOWS, type ReceivedFlow } from './received-flows.ts';

/**
 * What the Today tab shows; kept in the hash (`#/today/debt/<id>`, `#/today/received/<flow>`, `#/today/support`) so
 * Back works.
 */
export type TodayView =
  | { readonly kind: 'list' }
  | { readonly kind: 'debt'; readonly debtId: string }
  | { readonly kind: 'received'; readonly flow?: ReceivedFlow }
  | { readonly kind: 'support' };

const isFlow = (value: string): value is ReceivedFlow =>
  (RECEIVED_FLOWS as readonly string[]).includes(value);

export function parseTodayHash(hash: string): TodayView {
  const [route, sub, arg] = hash.replace(/^#\/?/, '').split('/');
  if (route !== 'today') return { kind: 'list' };
  if (sub === 'debt' && arg) return { kind: 'debt', debtId: decodeURIComponent(arg) };
  if (sub === 'support') return { kind: 'support' };
  if (sub === 'received') return arg && isFlow(arg) ? { kind: 'received', flow: arg } : { kind: 'received' };
  return { kind: 'list' };
}

export const hrefOfDebt = (debtId: string): string => `#/today/debt/${encodeURIComponent(debtId)}`;
export const hrefOfReceived = (flow?: ReceivedFlow): string =>
  flow ? `#/today/received/${flow}` : '#/today/received';
export const HREF_TODAY = '#/today';
export const HREF_SUPPORT = '#/today/support';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useTodayView(): TodayView {
  return parseTodayHash(
    useSyncExternalStore(
      subscribe,
      () => window.location.hash,
      () => '',
    ),
  );
}
