// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chainHead, listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { listEntries } from '../../src/data/repositories/entries-repo.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { GENESIS, sealRecord } from '../../src/domain/evidence/chain.ts';
import type { Hasher } from '../../src/domain/shared/ports.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { dumpDatabase } from './db-helpers.ts';
import {
  call,
  evidenceSnapshot,
  failNext,
  profileWithDebt,
  quotaError,
  wrappedQuotaError,
} from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

describe('saveEntry', () => {
  it('seals the first entry after GENESIS, exactly as the domain seals it, and stores the row', async () => {
    const { db } = await profileWithDebt();
    const entry = call('e1');
    const { link } = await saveEntry(db, entry, nodeHasher);
    const expected = await sealRecord(null, 'entry', 'e1', entry, nodeHasher);
    expect(expected.ok && expected.value).toEqual(link);
    expect(link.prev).toBe(GENESIS);
    expect(await chainHead(db)).toEqual(link);
    expect((await listChain(db))[0]?.record).toEqual(entry);
    expect(await listEntries(db)).toEqual([entry]);
    db.close();
  });

  it('entries saved one after another extend the chain and verifyStoredChain finds it intact', async () => {
    const { db } = await profileWithDebt();
    const a = await saveEntry(db, call('e1'), nodeHasher);
    const b = await saveEntry(db, call('e2', { kind: 'sms', answered: undefined }), nodeHasher);
    expect(b.link).toMatchObject({ seq: 1, prev: a.link.hash });
    expect(await verifyStoredChain(db, nodeHasher)).toEqual({ ok: true, head: b.link.hash, length: 2 });
    db.close();
  });

  it('refuses a bad entry, an unknown debt and a duplicate id, writing nothing', async () => {
    const { db } = await profileWithDebt();
    await saveEntry(db, call('e1'), nodeHasher);
    const before = await evidenceSnapshot(db);
    await expect(saveEntry(db, call('x', { at: 'yesterday' }), nodeHasher)).rejects.toMatchObject({
      code: 'invalid-entry',
      field: 'at',
    });
    await expect(saveEntry(db, call('x', { debtId: 'nope' }), nodeHasher)).rejects.toMatchObject({
      code: 'debt-not-found',
    });
    await expect(saveEntry(db, call('e1'), nodeHasher)).rejects.toMatchObject({ code: 'entry-id-exists' });
    await expect(saveEntry(db, call('x', { notes: 'a\ud800b' }), nodeHasher)).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await evidenceSnapshot(db)).toEqual(before);
    db.close();
  });

  it('refuses an entry whose attachment was never stored', async () => {
    const { db } = await profileWithDebt();
    const ref = { sha256: 'f'.repeat(64), name: 'a.m4a', size: 3 };
    await expect(saveEntry(db, call('e1', { attachments: [ref] }), nodeHasher)).rejects.toMatchObject({
      code: 'attachment-not-found',
    });
    expect(await db.chain.count()).toBe(0);
    db.close();
  });

  it('a second writer moving the head makes saveEntry retry, not fork the chain', async () => {
    const { db } = await profileWithDebt();
    await saveEntry(db, call('e0'), nodeHasher);
    let meddled = false;
    const meddling: Hasher = {
      async sha256(bytes) {
        if (!meddled) {
          meddled = true;
          // Another tab saves an entry between our hashing and our transaction.
          await saveEntry(db, call('other'), nodeHasher);
        }
        return nodeHasher.sha256(bytes);
      },
    };
    const { link } = await saveEntry(db, call('mine'), meddling);
    const chain = await listChain(db);
    expect(chain.map((r) => r.recordId)).toEqual(['e0', 'other', 'mine']);
    expect(link).toMatchObject({ seq: 2, prev: chain[1]?.hash });
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 3 });
    db.close();
  });

  it('gives up with chain-busy when the head keeps moving, and writes nothing of its own', async () => {
    const { db } = await profileWithDebt();
    let n = 0;
    const alwaysMeddling: Hasher = {
      async sha256(bytes) {
        await saveEntry(db, call(`other-${n++}`), nodeHasher);
        return nodeHasher.sha256(bytes);
      },
    };
    await expect(saveEntry(db, call('mine'), alwaysMeddling)).rejects.toMatchObject({ code: 'chain-busy' });
    expect(await db.entries.get('mine')).toBeUndefined();
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true });
    db.close();
  });

  for (const [name, error] of [
    ['a quota error', quotaError],
    ['a quota error wrapped in an aborted transaction', wrappedQuotaError],
  ] as const) {
    it(`${name} while saving an entry leaves entries and chain unchanged and is reported as quota`, async () => {
      const { db, idb } = await profileWithDebt();
      await saveEntry(db, call('e1'), nodeHasher);
      const before = await dumpDatabase(idb);
      failNext(db.chain, 'bulkAdd', error());
      await expect(saveEntry(db, call('e2'), nodeHasher)).rejects.toMatchObject({
        name: 'RepositoryError',
        code: 'quota',
      });
      expect(await dumpDatabase(idb)).toEqual(before);
      db.close();
    });
  }

  it('does not resolve when the stored record reads back different from what was sealed', async () => {
    const { db } = await profileWithDebt();
    const original = db.chain.bulkGet.bind(db.chain);
    const tampered = async (keys: number[]) => {
      const rows = await original(keys);
      return rows.map((r) => r && { ...r, record: { ...(r.record as object), notes: 'changed' } });
    };
    vi.spyOn(db.chain, 'bulkGet').mockImplementationOnce(tampered as typeof db.chain.bulkGet);
    await expect(saveEntry(db, call('e1'), nodeHasher)).rejects.toMatchObject({ code: 'read-back-mismatch' });
    db.close();
  });
});
