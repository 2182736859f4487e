import { recordKey } from '../evidence/verify-chain.ts';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The first record (by id) that stands elsewhere than its link: history.json's records in an app pack, case.json's
 * entries and attachments in a CLI pack. Links find their records by id, so order is checked here, over what both
 * lists share (a missing or extra record is reported by the chain check).
 */
export function firstOutOfOrder(
  links: readonly unknown[],
  records: readonly { readonly kind: string; readonly recordId: string }[],
): string | null {
  const keyOf = (l: unknown): string | null =>
    isObject(l) && typeof l.kind === 'string' && typeof l.recordId === 'string'
      ? recordKey(l.kind, l.recordId)
      : null;
  const linkKeys = links.map(keyOf).filter((k): k is string => k !== null);
  const recordKeys = records.map((r) => recordKey(r.kind, r.recordId));
  const inLinks = new Set(linkKeys);
  const inRecords = new Set(recordKeys);
  const a = linkKeys.filter((k) => inRecords.has(k));
  const b = records.filter((_, i) => inLinks.has(recordKeys[i] ?? ''));
  for (const [i, r] of b.entries()) if (recordKey(r.kind, r.recordId) !== a[i]) return r.recordId;
  return null;
}
