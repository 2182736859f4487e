import { useSyncExternalStore } from 'react';

/** `#/lawful/findings` checks the whole log; `#/lawful/findings/<debtId>` one debt. */
type FindingsView = { readonly kind: 'overall' } | { readonly kind: 'debt'; readonly debtId: string };

export function parseFindingsHash(hash: string): FindingsView {
  const [area, sub, arg] = hash.replace(/^#\/?/, '').split('?')[0]?.split('/') ?? [];
  if (area !== 'lawful' || sub !== 'findings' || !arg) return { kind: 'overall' };
  try {
    return { kind: 'debt', debtId: decodeURIComponent(arg) };
  } catch {
    return { kind: 'overall' };
  }
}

export const HREF_FINDINGS = '#/lawful/findings';
export const hrefOfDebtFindings = (debtId: string): string =>
  `${HREF_FINDINGS}/${encodeURIComponent(debtId)}`;
/** The log's entry detail (owned by the log screen). */
export const hrefOfEntry = (entryId: string): string => `#/log/entry/${encodeURIComponent(entryId)}`;
/** The letters composer for a template, with the debt preselected (owned by the letters screen). */
export const hrefOfLetter = (templateId: string, debtId: string | null): string =>
  `#/letters/${encodeURIComponent(templateId)}${debtId === null ? '' : `?debt=${encodeURIComponent(debtId)}`}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useFindingsView(): FindingsView {
  return parseFindingsHash(
    useSyncExternalStore(
      subscribe,
      () => window.location.hash,
      () => '',
    ),
  );
}
