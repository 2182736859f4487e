/**
 * "Verify now" beyond the chain: the chain proves its records were not changed, but the timeline and exports read
 * the `entries` rows. This also checks that every row still mirrors what the chain says (current version, hidden
 * or not) and that every entry in the chain has its row, so an edit made behind the app's back to a row is named.
 */
import type { Entry } from '../../domain/case/types.ts';
import { entryViews, type AmendmentRecord, type HideRecord } from '../../domain/evidence/amendments.ts';
import { canonicalJson } from '../../domain/evidence/canonical-json.ts';
import type { ChainVerdict } from '../../domain/evidence/verify-chain.ts';
import type { Hasher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import { listChain, verifyStoredChain } from './chain-repo.ts';

type RowProblemCode = 'row-missing' | 'row-differs' | 'row-not-sealed' | 'hidden-differs';

interface RowProblem {
  readonly code: RowProblemCode;
  readonly entryId: string;
}

export interface EvidenceVerdict {
  readonly chain: ChainVerdict;
  /** Entry rows out of step with the chain, in save order; empty when all agree. */
  readonly rows: readonly RowProblem[];
}

const same = (a: unknown, b: unknown): boolean => {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x.ok && y.ok && x.value === y.value;
};

export async function verifyStoredEvidence(
  db: YoujuDb,
  hasher: Hasher,
  onProgress?: (done: number, total: number) => void,
): Promise<EvidenceVerdict> {
  const chain = await verifyStoredChain(db, hasher, onProgress);
  const [records, rows] = await Promise.all([listChain(db), db.entries.orderBy('seq').toArray()]);
  const of = <T>(kind: string) => records.filter((r) => r.kind === kind).map((r) => r.record as T);
  const { views } = entryViews(of<Entry>('entry'), of<AmendmentRecord>('amendment'), of<HideRecord>('hide'));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const problems: RowProblem[] = [];
  for (const view of views) {
    const row = byId.get(view.original.id);
    byId.delete(view.original.id);
    if (!row) problems.push({ code: 'row-missing', entryId: view.original.id });
    else if (!same(row.data, view.current)) problems.push({ code: 'row-differs', entryId: row.id });
    else if ((row.hidden === undefined) !== (view.hidden === null)) {
      problems.push({ code: 'hidden-differs', entryId: row.id });
    }
  }
  for (const row of byId.values()) problems.push({ code: 'row-not-sealed', entryId: row.id });
  return { chain, rows: problems };
}
