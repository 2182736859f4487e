import { useSyncExternalStore } from 'react';
import { TOPICS, type Topic } from '../../domain/rules/rule.ts';
import { CLAIM_IDS, type ClaimId } from '../../domain/rules/claims.ts';

/**
 * What the lawful area shows, kept in the hash so Back works: `#/lawful` (hub), `#/lawful/rules[/<topic>]`,
 * `#/lawful/claims[/<id>]`. `#/lawful/findings…` belongs to the findings screen (the app routes it there).
 */
type LawfulView =
  | { readonly kind: 'hub' }
  | { readonly kind: 'rules'; readonly topic?: Topic }
  | { readonly kind: 'claims' }
  | { readonly kind: 'claim'; readonly id: ClaimId | null };

const isTopic = (v: string): v is Topic => (TOPICS as readonly string[]).includes(v);
const isClaimId = (v: string): v is ClaimId => (CLAIM_IDS as readonly string[]).includes(v);

function parseLawfulHash(hash: string): LawfulView {
  const [route, sub, arg] = (hash.replace(/^#\/?/, '').split('?')[0] ?? '')
    .split('/')
    .map((p) => decodeURIComponent(p));
  if (route !== 'lawful') return { kind: 'hub' };
  if (sub === 'rules') return arg && isTopic(arg) ? { kind: 'rules', topic: arg } : { kind: 'rules' };
  if (sub === 'claims') {
    if (!arg) return { kind: 'claims' };
    return { kind: 'claim', id: isClaimId(arg) ? arg : null };
  }
  return { kind: 'hub' };
}

export const HREF_HUB = '#/lawful';
export const HREF_FINDINGS = '#/lawful/findings';
export const HREF_VISIT = '#/visit';
export const hrefOfRules = (topic?: Topic): string => (topic ? `#/lawful/rules/${topic}` : '#/lawful/rules');
export const HREF_CLAIMS = '#/lawful/claims';
export const hrefOfClaim = (id: ClaimId): string => `#/lawful/claims/${id}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useLawfulView(): LawfulView {
  return parseLawfulHash(
    useSyncExternalStore(
      subscribe,
      () => window.location.hash,
      () => '',
    ),
  );
}
