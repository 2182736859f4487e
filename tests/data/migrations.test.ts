// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  DatabaseNewerError,
  SCHEMA_VERSIONS,
  type SchemaVersion,
} from '../../src/data/db.ts';
import { MIGRATIONS, upgradeRows, type Migration } from '../../src/data/migrations/registry.ts';
import { exportCaseFile } from '../../src/data/repositories/case-repo.ts';
import { listDebts } from '../../src/data/repositories/debts-repo.ts';
import { getSetting } from '../../src/data/repositories/settings-repo.ts';
import { STORES_V1 } from '../../src/data/schema/v1.ts';
import { dumpDatabase, freshIdb, openTestDb, seedDatabase } from './db-helpers.ts';
import { SEED_V1 } from './seeds/v1.ts';
import { SEED_V2 } from './seeds/v2.ts';
import { SEED_V3 } from './seeds/v3.ts';

/** Seed rows per released version. A new schema version must add its seed here (the test below insists). */
const SEEDS: Record<number, Readonly<Record<string, readonly object[]>>> = {
  1: SEED_V1,
  2: SEED_V2,
  3: SEED_V3,
};

describe('schema versions', () => {
  it('lists every version in order, each with a seed for the upgrade test', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[0]).toBe(1);
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1]);
    for (const v of versions) expect(SEEDS[v], `seed rows for v${v}`).toBeDefined();
  });

  it('has a migration only for versions that exist after v1', () => {
    for (const m of MIGRATIONS) {
      expect(m.toVersion).toBeGreaterThan(1);
      expect(SCHEMA_VERSIONS.some((v) => v.version === m.toVersion && v.migration === m)).toBe(true);
    }
  });
});

describe('opening an existing database with the current code', () => {
  for (const version of SCHEMA_VERSIONS) {
    it(`keeps the data of a v${version.version} database`, async () => {
      const idb = freshIdb();
      const seed = SEEDS[version.version];
      if (!seed) throw new Error('no seed');
      await seedDatabase(idb, version.version, version.stores, seed);

      const db = await openTestDb(idb);
      const debts = await listDebts(db, { includeArchived: true });
      expect(debts.map((d) => d.debt.id)).toEqual(['d1', 'd2']);
      expect(debts[1]?.archived).toBe(true);
      expect(await getSetting(db, 'language')).toBe('zh-CN');
      const exported = await exportCaseFile(db);
      expect(exported).toMatchObject({ timeZone: 'Asia/Shanghai', futureTopLevel: { kept: true } });
      expect(exported.entries.map((e) => e.id)).toEqual(['e1', 'e0']);
      expect(exported.debts[0]).toEqual(SEED_V1.debts[0]?.data);
      const chunk = await db.mediaChunks.get(['a'.repeat(64), 0]);
      expect(new Uint8Array(await (chunk?.blob as Blob).arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
      db.close();

      const after = await dumpDatabase(idb);
      expect(after.version).toBe(CURRENT_SCHEMA_VERSION * 10);
      expect(after.tables.debts).toHaveLength(2);
      expect(after.tables.entries).toHaveLength(2);
    });
  }

  it('creates an empty current-version database when there is none', async () => {
    const idb = freshIdb();
    const db = await openTestDb(idb);
    expect(await listDebts(db)).toEqual([]);
    db.close();
    expect((await dumpDatabase(idb)).version).toBe(CURRENT_SCHEMA_VERSION * 10);
  });
});

describe('a database written by a newer app', () => {
  const FUTURE: SchemaVersion = {
    version: CURRENT_SCHEMA_VERSION + 1,
    // Drops an index v1 relies on: Dexie alone would "patch" such a database with the old schema.
    stores: { ...STORES_V1, debts: 'id, creditor', evidence: 'id' },
  };

  it('is refused with a typed error and nothing is changed or deleted', async () => {
    const idb = freshIdb();
    await seedDatabase(idb, FUTURE.version, FUTURE.stores, { ...SEED_V1, evidence: [{ id: 'x1' }] });
    const before = await dumpDatabase(idb);

    const opening = openTestDb(idb);
    await expect(opening).rejects.toBeInstanceOf(DatabaseNewerError);
    await expect(opening).rejects.toMatchObject({
      installedVersion: FUTURE.version,
      appVersion: CURRENT_SCHEMA_VERSION,
    });

    const after = await dumpDatabase(idb);
    expect(after).toEqual(before);
    expect(after.version).toBe(FUTURE.version * 10);
  });
});

describe('the upgrade framework (with a hypothetical next version)', () => {
  const renameCreditor: Migration = {
    toVersion: CURRENT_SCHEMA_VERSION + 1,
    tables: {
      debts: (row) => ({ ...row, data: { ...(row.data as object), upgraded: true } }),
    },
  };
  const next = (migration: Migration): SchemaVersion => ({
    version: migration.toVersion,
    stores: { ...STORES_V1, debts: 'id, seq, createdAt' },
    migration,
  });

  it('row upgrades are pure functions over plain rows', () => {
    const rows = [{ id: 'd1', data: { id: 'd1' } }];
    const upgraded = upgradeRows(renameCreditor, 'debts', rows);
    expect(upgraded).toEqual([{ id: 'd1', data: { id: 'd1', upgraded: true } }]);
    expect(rows).toEqual([{ id: 'd1', data: { id: 'd1' } }]);
    expect(upgradeRows(renameCreditor, 'entries', rows)).toEqual(rows);
  });

  it('runs the upgrade when a v1 database is opened by the next version', async () => {
    const idb = freshIdb();
    await seedDatabase(idb, 1, STORES_V1, SEED_V1);
    const db = await openTestDb(idb, { versions: [...SCHEMA_VERSIONS, next(renameCreditor)] });
    const rows = await db.debts.toArray();
    expect(rows.map((r) => r.data.upgraded)).toEqual([true, true]);
    expect(await db.entries.count()).toBe(2);
    db.close();
  });

  it('a failing upgrade aborts and leaves the old database exactly as it was', async () => {
    const idb = freshIdb();
    await seedDatabase(idb, 1, STORES_V1, SEED_V1);
    const before = await dumpDatabase(idb);
    const broken: Migration = {
      toVersion: CURRENT_SCHEMA_VERSION + 1,
      tables: {
        debts: (row) => {
          if (row.id === 'd2') throw new Error('bad row');
          return { ...row, touched: true };
        },
      },
    };
    await expect(openTestDb(idb, { versions: [...SCHEMA_VERSIONS, next(broken)] })).rejects.toThrow();
    expect(await dumpDatabase(idb)).toEqual(before);
  });
});
