// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { sealBacklog } from '../../src/data/repositories/chain-backlog.ts';
import { listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { STORES_V1 } from '../../src/data/schema/v1.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { freshIdb, openTestDb, seedDatabase } from './db-helpers.ts';
import { SEED_V1 } from './seeds/v1.ts';

async function upgradedV1() {
  const idb = freshIdb();
  await seedDatabase(idb, 1, STORES_V1, SEED_V1);
  return openTestDb(idb);
}

describe('upgrading a v1 database to v2', () => {
  it('gives v1 attachments provenance and keeps them unsealed but never garbage (legacy)', async () => {
    const db = await upgradedV1();
    expect(await db.attachments.get('a'.repeat(64))).toMatchObject({
      sealed: false,
      legacy: true,
      source: 'file',
      importedAt: new Date(1_700_000_000_000).toISOString(),
      name: 'rec.m4a',
    });
    expect(await db.chain.count()).toBe(0);
    db.close();
  });

  it('seals the v1 entries once, in seq order, then the v1 attachment, into a chain that verifies', async () => {
    const db = await upgradedV1();
    expect(await sealBacklog(db, nodeHasher)).toBe(3);
    const chain = await listChain(db);
    expect(chain.map((r) => [r.kind, r.recordId])).toEqual([
      ['entry', 'e1'],
      ['entry', 'e0'],
      ['attachment', 'a'.repeat(64)],
    ]);
    expect(chain[0]?.record).toEqual(SEED_V1.entries[0]?.data);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 3 });
    const attachment = await db.attachments.get('a'.repeat(64));
    expect(attachment?.sealed).toBe(true);
    expect(attachment).not.toHaveProperty('legacy');
    expect(await sealBacklog(db, nodeHasher)).toBe(0);
    db.close();
  });

  it('a backlog left unsealed is sealed before the next new entry, which extends the chain', async () => {
    const db = await upgradedV1();
    const { link } = await saveEntry(
      db,
      { id: 'e2', debtId: 'd1', kind: 'sms', at: '2026-11-03T09:00:00+08:00' },
      nodeHasher,
    );
    expect(link.seq).toBe(3);
    expect((await listChain(db)).map((r) => r.recordId)).toEqual(['e1', 'e0', 'a'.repeat(64), 'e2']);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 4 });
    db.close();

    // A new connection finds nothing left to seal.
    const again = await openTestDb(db.idb as IDBFactory);
    expect(await sealBacklog(again, nodeHasher)).toBe(0);
    again.close();
  });
});
