// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { verifyStoredEvidence } from '../../src/data/repositories/evidence-check.ts';
import { amendEntry, hideEntry, saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { call, profileWithDebt } from './evidence-helpers.ts';

const AT = '2026-11-20T09:00:00+08:00';

async function loggedProfile() {
  const { db } = await profileWithDebt();
  await saveEntry(db, call('e1'), nodeHasher);
  await amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: 'n' }) }, nodeHasher);
  await saveEntry(db, call('e2'), nodeHasher);
  await hideEntry(db, { id: 'h1', entryId: 'e2', at: AT, reason: 'dup' }, nodeHasher);
  return db;
}

describe('verifyStoredEvidence', () => {
  it('finds chain and entry rows in step after saves, an amendment and a hide', async () => {
    const db = await loggedProfile();
    const verdict = await verifyStoredEvidence(db, nodeHasher);
    expect(verdict.chain).toMatchObject({ ok: true, length: 4 });
    expect(verdict.rows).toEqual([]);
    db.close();
  });

  it('names rows changed, unhidden, deleted or added behind the app’s back, while the chain stays intact', async () => {
    const db = await loggedProfile();
    const e1 = await db.entries.get('e1');
    const e2 = await db.entries.get('e2');
    if (!e1 || !e2) throw new Error('rows missing');
    await db.entries.put({ ...e1, data: { ...e1.data, notes: 'edited' } });
    const unhidden: Record<string, unknown> = { ...e2 };
    delete unhidden.hidden;
    await db.entries.put(unhidden as unknown as typeof e2);
    await db.entries.add({ ...e1, id: 'ghost', seq: 99, data: { ...e1.data, id: 'ghost' } });
    const verdict = await verifyStoredEvidence(db, nodeHasher);
    expect(verdict.chain.ok).toBe(true);
    expect(verdict.rows).toEqual([
      { code: 'row-differs', entryId: 'e1' },
      { code: 'hidden-differs', entryId: 'e2' },
      { code: 'row-not-sealed', entryId: 'ghost' },
    ]);
    await db.entries.delete('e1');
    expect((await verifyStoredEvidence(db, nodeHasher)).rows[0]).toEqual({
      code: 'row-missing',
      entryId: 'e1',
    });
    db.close();
  });
});
