// Test helpers for the storage layer: an isolated IndexedDB per test, and seeding a database at an older (or newer)
// schema version through plain Dexie with that version's frozen store definitions, without any app code.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type SchemaVersion, type YoujuDb, type YoujuDbOptions } from '../../src/data/db.ts';

export const TEST_DB = 'youju';

export const freshIdb = (): IDBFactory => new IDBFactory();

export function openTestDb(idb: IDBFactory, options: Partial<YoujuDbOptions> = {}): Promise<YoujuDb> {
  return openDatabase({ name: TEST_DB, indexedDB: idb, IDBKeyRange, ...options });
}

export type SeedRows = Readonly<Record<string, readonly object[]>>;

/** Creates the database at `version` with `stores` exactly as a build of that version would have, then fills it. */
export async function seedDatabase(
  idb: IDBFactory,
  version: number,
  stores: SchemaVersion['stores'],
  rows: SeedRows,
): Promise<void> {
  const raw = new Dexie(TEST_DB, { indexedDB: idb, IDBKeyRange });
  raw.version(version).stores({ ...stores });
  await raw.open();
  await raw.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) await raw.table(table).bulkAdd([...list]);
  });
  raw.close();
}

/** Every row of every table, read with raw IndexedDB (no Dexie, no app code), plus the native version. */
export function dumpDatabase(
  idb: IDBFactory,
): Promise<{ version: number; tables: Record<string, unknown[]> }> {
  return new Promise((resolve, reject) => {
    const req = idb.open(TEST_DB);
    req.onerror = () => reject(req.error);
    req.onsuccess = () => {
      const conn = req.result;
      const names = [...conn.objectStoreNames];
      const tables: Record<string, unknown[]> = {};
      if (names.length === 0) {
        conn.close();
        resolve({ version: conn.version, tables });
        return;
      }
      const tx = conn.transaction(names, 'readonly');
      for (const name of names) {
        const all = tx.objectStore(name).getAll();
        all.onsuccess = () => {
          tables[name] = all.result;
        };
      }
      tx.oncomplete = () => {
        conn.close();
        resolve({ version: conn.version, tables });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
