import { useSyncExternalStore } from 'react';
import { ENTRY_KINDS, type EntryKind } from '../../domain/case/types.ts';

/**
 * What the log area shows, kept in the hash so Back works and a screen can be linked to:
 * `#/log` timeline, `#/log/new[?kind=call&debt=d1]` new entry, `#/log/entry/<id>` detail with history,
 * `#/log/entry/<id>/amend` the form prefilled for a correction.
 */
type LogView =
  | { readonly view: 'timeline'; readonly debtId?: string }
  | { readonly view: 'new'; readonly kind?: EntryKind; readonly debtId?: string }
  | { readonly view: 'entry'; readonly id: string }
  | { readonly view: 'amend'; readonly id: string };

const isKind = (value: string | null): value is EntryKind =>
  value !== null && (ENTRY_KINDS as readonly string[]).includes(value);

function parseLogHash(hash: string): LogView {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [route, sub, arg, action] = path.split('/').map((p) => decodeURIComponent(p));
  const params = new URLSearchParams(query);
  const debt = params.get('debt');
  const withDebt = debt ? { debtId: debt } : {};
  if (route !== 'log') return { view: 'timeline' };
  if (sub === 'new') {
    const kind = params.get('kind');
    return { view: 'new', ...(isKind(kind) ? { kind } : {}), ...withDebt };
  }
  if (sub === 'entry' && arg)
    return action === 'amend' ? { view: 'amend', id: arg } : { view: 'entry', id: arg };
  return { view: 'timeline', ...withDebt };
}

export const HREF_LOG = '#/log';
export const hrefOfNew = (kind?: EntryKind, debtId?: string): string => {
  const params = new URLSearchParams();
  if (kind) params.set('kind', kind);
  if (debtId) params.set('debt', debtId);
  const query = params.toString();
  return query ? `#/log/new?${query}` : '#/log/new';
};
export const hrefOfEntry = (id: string): string => `#/log/entry/${encodeURIComponent(id)}`;
export const hrefOfAmend = (id: string): string => `#/log/entry/${encodeURIComponent(id)}/amend`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLogView(): LogView {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return parseLogHash(hash);
}
