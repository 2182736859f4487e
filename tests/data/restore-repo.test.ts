// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportCaseFile } from '../../src/data/repositories/case-repo.ts';
import { chainHead, listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { listEntryItems } from '../../src/data/repositories/evidence-read.ts';
import { amendEntry, hideEntry, saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { appendSealedRecords, eraseEverything } from '../../src/data/repositories/restore-repo.ts';
import { setSetting } from '../../src/data/repositories/settings-repo.ts';
import type { CaseFile } from '../../src/domain/case/types.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { dumpDatabase, freshIdb, openTestDb } from './db-helpers.ts';
import { T0, call, failNext, profileWithDebt, quotaError, wrappedQuotaError } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const AT = '2026-11-20T09:00:00+08:00';

/** A device with an entry, an amendment, a second entry and a hide: the records of its history.json. */
async function deviceHistory() {
  const { db } = await profileWithDebt();
  await saveEntry(db, call('e1'), nodeHasher);
  await amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: 'n' }) }, nodeHasher);
  await saveEntry(db, call('e2'), nodeHasher);
  await hideEntry(db, { id: 'h1', entryId: 'e2', at: AT, reason: 'dup' }, nodeHasher);
  const records = (await listChain(db)).map(({ kind, recordId, record }) => ({ kind, recordId, record }));
  const head = await chainHead(db);
  const caseFile = await exportCaseFile(db);
  const items = await listEntryItems(db);
  db.close();
  return { records, head, caseFile, items };
}

describe('appendSealedRecords', () => {
  it('restoring a history into an empty profile reproduces the same chain head and timeline', async () => {
    const device = await deviceHistory();
    const db = await openTestDb(freshIdb());
    const caseFile = { value: device.caseFile, now: T0 };
    const result = await appendSealedRecords(db, device.records, nodeHasher, { replace: true, caseFile });
    expect(result).toEqual({ head: device.head, count: 4 });
    expect(await listEntryItems(db)).toEqual(device.items);
    expect(await exportCaseFile(db)).toEqual(device.caseFile);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, head: device.head?.hash });
    db.close();
  });

  it('replace starts a new chain over a profile that had one', async () => {
    const device = await deviceHistory();
    const { db } = await profileWithDebt();
    await saveEntry(db, call('old'), nodeHasher);
    await appendSealedRecords(db, device.records, nodeHasher, { replace: true });
    expect((await listChain(db)).map((r) => r.recordId)).toEqual(['e1', 'a1', 'e2', 'h1']);
    expect(await chainHead(db)).toEqual(device.head);
    db.close();
  });

  it("adding a pack to a profile brings the pack's missing debts in the same transaction, and on failure neither", async () => {
    const device = await deviceHistory();
    const packDebts = [
      ...device.caseFile.debts,
      { id: 'd9', creditor: '另一家网贷', kind: 'online-loan' as const },
    ];
    const { db, idb } = await profileWithDebt();
    const before = await dumpDatabase(idb);
    failNext(db.entries, 'add', wrappedQuotaError());
    await expect(
      appendSealedRecords(db, device.records, nodeHasher, {
        replace: false,
        missingDebts: { debts: packDebts, now: T0 },
      }),
    ).rejects.toMatchObject({ code: 'quota' });
    expect(await dumpDatabase(idb)).toEqual(before);
    vi.restoreAllMocks();
    await appendSealedRecords(db, device.records, nodeHasher, {
      replace: false,
      missingDebts: { debts: packDebts, now: T0 },
    });
    expect((await db.debts.orderBy('seq').toArray()).map((d) => d.id)).toEqual(['d1', 'd9']);
    db.close();
  });

  it('without replace the records are appended after the current head', async () => {
    const device = await deviceHistory();
    const { db } = await profileWithDebt();
    const { link } = await saveEntry(db, call('mine'), nodeHasher);
    const result = await appendSealedRecords(db, device.records, nodeHasher, { replace: false });
    const chain = await listChain(db);
    expect(chain.map((r) => r.recordId)).toEqual(['mine', 'e1', 'a1', 'e2', 'h1']);
    expect(chain[1]?.prev).toBe(link.hash);
    expect(result.head?.seq).toBe(4);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 5 });
    db.close();
  });

  it('refuses the whole list when one record is malformed or clashes, and writes nothing', async () => {
    const device = await deviceHistory();
    const { db, idb } = await profileWithDebt();
    await saveEntry(db, call('e1'), nodeHasher);
    const before = await dumpDatabase(idb);
    const broken = [...device.records, { kind: 'hide' as const, recordId: 'h9', record: { id: 'h9' } }];
    await expect(appendSealedRecords(db, broken, nodeHasher, { replace: false })).rejects.toMatchObject({
      code: 'invalid-record',
      field: 'records[4]',
    });
    await expect(
      appendSealedRecords(db, device.records, nodeHasher, { replace: false }),
    ).rejects.toMatchObject({
      code: 'entry-id-exists',
    });
    const attachment = {
      kind: 'attachment' as const,
      recordId: 'b'.repeat(64),
      record: { sha256: 'b'.repeat(64), size: 1 },
    };
    await expect(appendSealedRecords(db, [attachment], nodeHasher, { replace: false })).rejects.toMatchObject(
      {
        code: 'attachment-not-found',
      },
    );
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });

  it('a quota error during a restore leaves the profile as it was', async () => {
    const device = await deviceHistory();
    const { db, idb } = await profileWithDebt();
    await saveEntry(db, call('old'), nodeHasher);
    const before = await dumpDatabase(idb);
    failNext(db.chain, 'bulkAdd', quotaError());
    await expect(
      appendSealedRecords(db, device.records, nodeHasher, {
        replace: true,
        caseFile: { value: device.caseFile, now: T0 },
      }),
    ).rejects.toMatchObject({ code: 'quota' });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });
});

describe('eraseEverything', () => {
  it('empties every table, chain and media included', async () => {
    const { db, idb } = await profileWithDebt();
    await saveEntry(db, call('e1'), nodeHasher);
    await setSetting(db, 'language', 'en');
    await db.mediaChunks.put({ sha256: 'c'.repeat(64), index: 0, blob: new Blob(['x']) });
    await eraseEverything(db);
    const { tables } = await dumpDatabase(idb);
    for (const [name, rows] of Object.entries(tables)) expect(rows, name).toEqual([]);
    expect(await exportCaseFile(db)).toMatchObject({ debts: [], entries: [] } satisfies Partial<CaseFile>);
    db.close();
  });
});

describe('appendSealedRecords and files already sealed here', () => {
  it('appending a history whose file this chain already sealed seals the file once, and the chain verifies', async () => {
    const { db } = await profileWithDebt();
    const sha = 'a'.repeat(64);
    await db.attachments.add({
      sha256: sha,
      size: 1,
      chunkCount: 1,
      createdAt: T0,
      sealed: false,
      importedAt: AT,
      source: 'file',
    });
    await saveEntry(db, call('mine', { attachments: [{ sha256: sha, size: 1 }] }), nodeHasher);
    const theirs = {
      kind: 'entry' as const,
      recordId: 'theirs',
      record: call('theirs', { attachments: [{ sha256: sha, size: 1 }] }),
    };
    const records = [
      theirs,
      {
        kind: 'attachment' as const,
        recordId: sha,
        record: { sha256: sha, size: 1, name: 'other-name.m4a' },
      },
    ];
    const result = await appendSealedRecords(db, records, nodeHasher, { replace: false });
    expect(result.count).toBe(1);
    expect((await listChain(db)).map((r) => r.kind)).toEqual(['entry', 'attachment', 'entry']);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 3 });
    await expect(
      appendSealedRecords(db, [...records, theirs], nodeHasher, { replace: false }),
    ).rejects.toMatchObject({ code: 'invalid-record', field: 'records[2]' });
    db.close();
  });
});
