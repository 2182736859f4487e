// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listChain, verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { exportCaseFile } from '../../src/data/repositories/case-repo.ts';
import { listEntries } from '../../src/data/repositories/entries-repo.ts';
import { getEntryView, listEntryItems } from '../../src/data/repositories/evidence-read.ts';
import { amendEntry, hideEntry, saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { dumpDatabase } from './db-helpers.ts';
import { call, failNext, profileWithDebt, wrappedQuotaError } from './evidence-helpers.ts';

afterEach(() => vi.restoreAllMocks());

const AT = '2026-11-20T09:00:00+08:00';

async function savedCall() {
  const { db, idb } = await profileWithDebt();
  await saveEntry(db, call('e1'), nodeHasher);
  return { db, idb };
}

describe('amendEntry', () => {
  it('shows the corrected version in the row, keeps the original in the chain, and counts the amendment', async () => {
    const { db } = await savedCall();
    const corrected = call('e1', { answered: false, notes: '没接' });
    const { amendment, link } = await amendEntry(
      db,
      { id: 'a1', entryId: 'e1', at: AT, entry: corrected, reason: '记错了' },
      nodeHasher,
    );
    expect(amendment).toEqual({ id: 'a1', amends: 'e1', at: AT, entry: corrected, reason: '记错了' });
    expect(link).toMatchObject({ seq: 1, kind: 'amendment', recordId: 'a1' });
    expect(await listEntries(db)).toEqual([corrected]);
    expect((await listEntryItems(db))[0]).toMatchObject({ amendedCount: 1, hidden: null, entry: corrected });
    const view = await getEntryView(db, 'e1');
    expect(view.original).toEqual(call('e1'));
    expect(view.current).toEqual(corrected);
    expect(view.amendments).toEqual([amendment]);
    db.close();
  });

  it('an entry saved after an amendment extends the chain and verifyStoredChain names no broken link', async () => {
    const { db } = await savedCall();
    await amendEntry(
      db,
      { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { durationSec: 40 }) },
      nodeHasher,
    );
    const { link } = await saveEntry(db, call('e2'), nodeHasher);
    expect(link.seq).toBe(2);
    expect(await verifyStoredChain(db, nodeHasher)).toEqual({ ok: true, head: link.hash, length: 3 });
    db.close();
  });

  it('refuses an amendment that changes the id, points nowhere or reuses an amendment id; nothing is written', async () => {
    const { db, idb } = await savedCall();
    await amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: 'x' }) }, nodeHasher);
    const before = await dumpDatabase(idb);
    await expect(
      amendEntry(db, { id: 'a2', entryId: 'e1', at: AT, entry: call('e9') }, nodeHasher),
    ).rejects.toMatchObject({ code: 'invalid-amendment', field: 'entry.id' });
    await expect(
      amendEntry(db, { id: 'a2', entryId: 'e9', at: AT, entry: call('e9') }, nodeHasher),
    ).rejects.toMatchObject({ code: 'entry-not-found' });
    await expect(
      amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1') }, nodeHasher),
    ).rejects.toMatchObject({ code: 'record-id-exists' });
    await expect(
      amendEntry(db, { id: 'a2', entryId: 'e1', at: 'now', entry: call('e1') }, nodeHasher),
    ).rejects.toMatchObject({ code: 'invalid-amendment', field: 'at' });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });

  it('a quota error while amending leaves the entry row and the chain as they were', async () => {
    const { db, idb } = await savedCall();
    const before = await dumpDatabase(idb);
    failNext(db.entries, 'put', wrappedQuotaError());
    await expect(
      amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: 'x' }) }, nodeHasher),
    ).rejects.toMatchObject({ code: 'quota' });
    expect(await dumpDatabase(idb)).toEqual(before);
    db.close();
  });
});

describe('hideEntry', () => {
  it('takes the entry out of lists and exports, keeps it in the chain and its view, with the reason', async () => {
    const { db } = await savedCall();
    await saveEntry(db, call('e2'), nodeHasher);
    const { hide } = await hideEntry(db, { id: 'h1', entryId: 'e1', at: AT, reason: '重复记录' }, nodeHasher);
    expect((await listEntries(db)).map((e) => e.id)).toEqual(['e2']);
    expect((await exportCaseFile(db)).entries.map((e) => e.id)).toEqual(['e2']);
    const items = await listEntryItems(db);
    expect(items.find((i) => i.entry.id === 'e1')?.hidden).toEqual({ at: AT, reason: '重复记录' });
    expect((await getEntryView(db, 'e1')).hidden).toEqual(hide);
    expect((await listChain(db)).map((r) => r.kind)).toEqual(['entry', 'entry', 'hide']);
    expect(await verifyStoredChain(db, nodeHasher)).toMatchObject({ ok: true, length: 3 });
    db.close();
  });

  it('needs a reason and refuses to hide twice', async () => {
    const { db } = await savedCall();
    await expect(
      hideEntry(db, { id: 'h1', entryId: 'e1', at: AT, reason: '  ' }, nodeHasher),
    ).rejects.toMatchObject({ code: 'invalid-hide', field: 'reason' });
    await hideEntry(db, { id: 'h1', entryId: 'e1', at: AT, reason: 'dup' }, nodeHasher);
    await expect(
      hideEntry(db, { id: 'h2', entryId: 'e1', at: AT, reason: 'again' }, nodeHasher),
    ).rejects.toMatchObject({ code: 'entry-hidden' });
    expect(await db.chain.count()).toBe(2);
    db.close();
  });

  it('an amendment of a hidden entry keeps it hidden', async () => {
    const { db } = await savedCall();
    await hideEntry(db, { id: 'h1', entryId: 'e1', at: AT, reason: 'dup' }, nodeHasher);
    await amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: 'n' }) }, nodeHasher);
    expect((await listEntryItems(db))[0]).toMatchObject({ amendedCount: 1, hidden: { reason: 'dup' } });
    db.close();
  });
});

describe('getEntryView', () => {
  it('reads amendments in seal order from the chain, not from the row', async () => {
    const { db } = await savedCall();
    await amendEntry(db, { id: 'a1', entryId: 'e1', at: AT, entry: call('e1', { notes: '1' }) }, nodeHasher);
    await amendEntry(db, { id: 'a2', entryId: 'e1', at: AT, entry: call('e1', { notes: '2' }) }, nodeHasher);
    const view = await getEntryView(db, 'e1');
    expect(view.amendments.map((a) => a.id)).toEqual(['a1', 'a2']);
    expect(view.current.notes).toBe('2');
    await expect(getEntryView(db, 'nope')).rejects.toMatchObject({ code: 'entry-not-found' });
    db.close();
  });
});

describe('verifyStoredChain', () => {
  it('names the first broken link when a stored record was changed behind the app’s back', async () => {
    const { db } = await savedCall();
    await saveEntry(db, call('e2'), nodeHasher);
    await saveEntry(db, call('e3'), nodeHasher);
    await db.chain.update(1, { record: call('e2', { answered: false }) });
    const progress: number[] = [];
    const verdict = await verifyStoredChain(db, nodeHasher, (done) => progress.push(done));
    expect(verdict).toMatchObject({
      ok: false,
      firstBroken: { code: 'record-changed', index: 1, recordId: 'e2' },
    });
    expect(progress.at(-1)).toBe(6);
    db.close();
  });
});
