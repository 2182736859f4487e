// @vitest-environment node
import { Dexie } from 'dexie';
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_SCHEMA_VERSION, installedNativeVersion } from '../../src/data/db.ts';
import { listDebts } from '../../src/data/repositories/debts-repo.ts';
import { STORES_V1 } from '../../src/data/schema/v1.ts';
import { TEST_DB, dumpDatabase, freshIdb, openTestDb } from './db-helpers.ts';

describe('another tab upgrading the database', () => {
  it('closes this connection, tells the app, and does not block the upgrade', async () => {
    const idb = freshIdb();
    const onVersionChange = vi.fn();
    const db = await openTestDb(idb, { onVersionChange });

    const newer = new Dexie(TEST_DB, { indexedDB: idb, IDBKeyRange });
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...STORES_V1, extra: 'id' });
    await newer.open();

    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(db.isOpen()).toBe(false);
    // No silent re-open with the old code on the next query.
    await expect(listDebts(db)).rejects.toThrow();
    newer.close();
    expect((await dumpDatabase(idb)).version).toBe((CURRENT_SCHEMA_VERSION + 1) * 10);
  });
});

describe('an upgrade waiting for another tab', () => {
  it('says it is blocked while an older connection stays open, and opens once it closes', async () => {
    const idb = freshIdb();
    const old = new Dexie(TEST_DB, { indexedDB: idb, IDBKeyRange });
    old.version(1).stores({ ...STORES_V1 });
    await old.open();
    // A stuck old tab: it ignores versionchange instead of closing.
    old.on('versionchange', () => false);
    const onBlocked = vi.fn();
    const opening = openTestDb(idb, { onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    const db = await opening;
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    db.close();
  });
});

describe('installedNativeVersion', () => {
  it('reports 0 for a missing database and leaves none behind', async () => {
    const idb = freshIdb();
    expect(await installedNativeVersion(idb, TEST_DB)).toBe(0);
    expect(await idb.databases()).toEqual([]);
  });

  it('reports the native version of an existing database', async () => {
    const idb = freshIdb();
    (await openTestDb(idb)).close();
    expect(await installedNativeVersion(idb, TEST_DB)).toBe(CURRENT_SCHEMA_VERSION * 10);
  });
});
