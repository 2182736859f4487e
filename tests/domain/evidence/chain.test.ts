import { describe, expect, it } from 'vitest';
import { GENESIS, sealRecord, type ChainLink } from '../../../src/domain/evidence/chain.ts';
import { recordKey, verifyChain } from '../../../src/domain/evidence/verify-chain.ts';
import { nodeHasher } from './node-hasher.ts';

const entries = [
  { id: 'e1', kind: 'call', at: '2026-11-02T22:31:00+08:00', answered: true },
  { id: 'e2', kind: 'sms', at: '2026-11-03T09:00:00+08:00', notes: '已立案，请速还款' },
  { id: 'e3', kind: 'visit', at: '2026-11-06T19:40:00+08:00', visit: { collectors: 1 } },
];

async function build(records: readonly { id: string }[]): Promise<ChainLink[]> {
  const links: ChainLink[] = [];
  for (const r of records) {
    const sealed = await sealRecord(links.at(-1) ?? null, 'entry', r.id, r, nodeHasher);
    if (!sealed.ok) throw new Error('seal failed');
    links.push(sealed.value);
  }
  return links;
}

const recordsOf = (list: readonly { id: string }[]) =>
  new Map(list.map((r) => [recordKey('entry', r.id), r]));

describe('sealing records into the chain', () => {
  it('starts at GENESIS, numbers links from 0 and links each to the one before', async () => {
    const links = await build(entries);
    expect(links.map((l) => l.seq)).toEqual([0, 1, 2]);
    expect(links[0]?.prev).toBe(GENESIS);
    expect(links[1]?.prev).toBe(links[0]?.hash);
    expect(links[2]?.prev).toBe(links[1]?.hash);
    expect(new Set(links.map((l) => l.hash)).size).toBe(3);
  });

  it('gives the same hashes for the same records whatever their key order (canonical JSON)', async () => {
    const a = await build(entries);
    const b = await build(
      entries.map((e) => Object.fromEntries(Object.entries(e).reverse()) as { id: string }),
    );
    expect(b.map((l) => l.hash)).toEqual(a.map((l) => l.hash));
  });

  it('refuses a record that cannot be canonicalized instead of sealing something else', async () => {
    const r = await sealRecord(null, 'entry', 'bad', { x: Number.POSITIVE_INFINITY }, nodeHasher);
    expect(r).toEqual({ ok: false, errors: ['not-canonicalizable'] });
  });
});

describe('verifying the chain', () => {
  it('accepts an intact chain and reports its head', async () => {
    const links = await build(entries);
    const v = await verifyChain(
      { links, records: recordsOf(entries), expectedHead: links[2]?.hash },
      nodeHasher,
    );
    expect(v).toEqual({ ok: true, head: links[2]?.hash, length: 3 });
  });

  it('names the changed record when one character of an entry changed', async () => {
    const links = await build(entries);
    const changed = entries.map((e) => (e.id === 'e2' ? { ...e, notes: '已立案，请速还款。' } : e));
    const v = await verifyChain({ links, records: recordsOf(changed) }, nodeHasher);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken).toEqual({ code: 'record-changed', index: 1, recordId: 'e2' });
  });

  it('detects a removed link: the next one no longer points at its predecessor', async () => {
    const links = await build(entries);
    const v = await verifyChain(
      {
        links: [links[0], links[2]],
        records: recordsOf([entries[0], entries[2]].filter((e) => e !== undefined)),
      },
      nodeHasher,
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken).toEqual({ code: 'seq-gap', index: 1, recordId: 'e3' });
    if (!v.ok) expect(v.problems.map((p) => p.code)).toContain('prev-mismatch');
  });

  it('detects two links swapped', async () => {
    const links = await build(entries);
    const v = await verifyChain(
      { links: [links[1], links[0], links[2]], records: recordsOf(entries) },
      nodeHasher,
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken.index).toBe(0);
  });

  it('detects a link whose own hash was edited, and a record nobody sealed', async () => {
    const links = await build(entries);
    const forged = links.map((l, i) => (i === 1 ? { ...l, recordId: 'e9' } : l));
    const extra = { id: 'e4', kind: 'note', at: '2026-11-07T10:00:00+08:00' };
    const v = await verifyChain({ links: forged, records: recordsOf([...entries, extra]) }, nodeHasher);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.firstBroken).toEqual({ code: 'link-hash-mismatch', index: 1, recordId: 'e9' });
      expect(v.problems).toContainEqual({ code: 'record-not-sealed', index: null, recordId: 'e4' });
    }
  });

  it('detects a truncated chain through the head the exporter claimed', async () => {
    const links = await build(entries);
    const v = await verifyChain(
      { links: links.slice(0, 2), records: recordsOf(entries.slice(0, 2)), expectedHead: links[2]?.hash },
      nodeHasher,
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken).toEqual({ code: 'head-mismatch', index: null });
  });

  it('reports a link that is not a link at all', async () => {
    const links = await build(entries);
    const v = await verifyChain(
      { links: [links[0], { seq: 1 }, links[2]], records: recordsOf(entries) },
      nodeHasher,
    );
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.firstBroken).toEqual({ code: 'malformed-link', index: 1 });
  });
});
