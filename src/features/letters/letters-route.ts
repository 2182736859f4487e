import { useSyncExternalStore } from 'react';

/**
 * What the Letters tab shows, kept in the hash so Back works and a link can open a letter for a debt:
 * `#/letters` (picker), `#/letters/<templateId>?debt=<id>` (composer), `#/letters/cost` (cost check).
 * Features may not import app/, so the hash is read here (as features/today/today-view.ts does).
 */
export type LettersView =
  | { readonly kind: 'picker'; readonly debtId?: string }
  | { readonly kind: 'cost' }
  | { readonly kind: 'letter'; readonly templateId: string; readonly debtId?: string };

const COST_PATH = 'cost';

function parseLettersHash(hash: string): LettersView {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const [route, sub] = path.split('/');
  const debt = new URLSearchParams(query).get('debt') ?? '';
  const debtPart = debt === '' ? {} : { debtId: debt };
  if (route !== 'letters' || sub === undefined || sub === '') return { kind: 'picker', ...debtPart };
  if (sub === COST_PATH) return { kind: 'cost' };
  return { kind: 'letter', templateId: decodeURIComponent(sub), ...debtPart };
}

export const hrefOfLetter = (templateId: string, debtId?: string): string =>
  `#/letters/${encodeURIComponent(templateId)}${debtId === undefined ? '' : `?debt=${encodeURIComponent(debtId)}`}`;
export const hrefOfPicker = (debtId?: string): string =>
  debtId === undefined ? '#/letters' : `#/letters?debt=${encodeURIComponent(debtId)}`;
export const HREF_COST = `#/letters/${COST_PATH}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLettersView(): LettersView {
  return parseLettersHash(
    useSyncExternalStore(
      subscribe,
      () => window.location.hash,
      () => '',
    ),
  );
}
