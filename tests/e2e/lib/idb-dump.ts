// A canonical dump of an IndexedDB database, made inside the page with raw IndexedDB (no app code): every object
// store's schema, keys and values, object keys sorted, Blobs and byte arrays as their SHA-256. Two dumps are equal
// exactly when the stored data is, so a spec can prove that a refused import or restore wrote nothing at all.
import type { Page } from 'playwright-core';

export interface IdbDump {
  /** Canonical JSON of the whole database (version, stores, indexes, keys, values). */
  readonly text: string;
  /** Rows per object store, for messages. */
  readonly counts: Readonly<Record<string, number>>;
}

/** Dumps `name` (default: the app's database). The database must exist: opening a missing one would create it. */
export async function dumpIdb(page: Page, name = 'youju'): Promise<IdbDump> {
  return page.evaluate(async (dbName) => {
    // Helpers are methods of one object: tsx compiles named arrow functions with an `__name(...)` wrapper that
    // does not exist inside the page, and object methods are left alone.
    const h = {
      hex(buf: ArrayBuffer): string {
        return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
      },
      async sha(bytes: ArrayBuffer): Promise<string> {
        return h.hex(await crypto.subtle.digest('SHA-256', bytes));
      },
      // Structured-clone values → plain JSON values with a deterministic shape. Blob bytes are read after the
      // transaction has finished (awaiting them inside it would let it auto-commit halfway through).
      async canon(v: unknown, seen: Set<object>): Promise<unknown> {
        if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
        if (v === undefined) return { $undefined: true };
        if (typeof v === 'number') {
          if (Number.isNaN(v) || !Number.isFinite(v) || Object.is(v, -0)) return { $number: String(v) };
          return v;
        }
        if (typeof v === 'bigint') return { $bigint: v.toString() };
        if (typeof v !== 'object') return { $other: String(v) };
        if (v instanceof Blob) {
          const file = v instanceof File ? { name: v.name, lastModified: v.lastModified } : {};
          return {
            $blob: { size: v.size, type: v.type, sha256: await h.sha(await v.arrayBuffer()), ...file },
          };
        }
        if (v instanceof ArrayBuffer) return { $bytes: { length: v.byteLength, sha256: await h.sha(v) } };
        if (ArrayBuffer.isView(v)) {
          const copy = new Uint8Array(v.byteLength);
          copy.set(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
          return { $view: v.constructor.name, length: v.byteLength, sha256: await h.sha(copy.buffer) };
        }
        if (v instanceof Date) return { $date: Number.isNaN(v.getTime()) ? 'invalid' : v.toISOString() };
        if (v instanceof RegExp) return { $regexp: String(v) };
        if (seen.has(v)) return { $cycle: true };
        seen.add(v);
        try {
          if (v instanceof Map) {
            const pairs = [];
            for (const [k, x] of v) pairs.push([await h.canon(k, seen), await h.canon(x, seen)]);
            return { $map: pairs };
          }
          if (v instanceof Set) {
            const items = [];
            for (const x of v) items.push(await h.canon(x, seen));
            return { $set: items };
          }
          if (Array.isArray(v)) {
            const out: unknown[] = [];
            for (let i = 0; i < v.length; i++) out.push(i in v ? await h.canon(v[i], seen) : { $hole: true });
            return out;
          }
          const out: Record<string, unknown> = {};
          for (const k of Object.keys(v).sort())
            out[k] = await h.canon((v as Record<string, unknown>)[k], seen);
          return out;
        } finally {
          seen.delete(v);
        }
      },
    };

    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    try {
      const names = [...db.objectStoreNames].sort();
      const raw: {
        name: string;
        keyPath: unknown;
        autoIncrement: boolean;
        indexes: unknown[];
        keys: IDBValidKey[];
        values: unknown[];
      }[] = [];
      if (names.length > 0) {
        const tx = db.transaction(names, 'readonly');
        for (const name of names) {
          const store = tx.objectStore(name);
          const entry = {
            name,
            keyPath: store.keyPath,
            autoIncrement: store.autoIncrement,
            indexes: [...store.indexNames].sort().map((i) => {
              const index = store.index(i);
              return { name: i, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
            }),
            keys: [] as IDBValidKey[],
            values: [] as unknown[],
          };
          raw.push(entry);
          const keys = store.getAllKeys();
          keys.onsuccess = () => (entry.keys = keys.result);
          const values = store.getAll();
          values.onsuccess = () => (entry.values = values.result as unknown[]);
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
          tx.onabort = () => reject(tx.error ?? new Error('read aborted'));
        });
      }
      const seen = new Set<object>();
      const stores = [];
      const counts: Record<string, number> = {};
      for (const s of raw) {
        counts[s.name] = s.values.length;
        const rows = [];
        for (let i = 0; i < s.values.length; i++) {
          rows.push({ key: await h.canon(s.keys[i], seen), value: await h.canon(s.values[i], seen) });
        }
        stores.push({
          name: s.name,
          keyPath: s.keyPath,
          autoIncrement: s.autoIncrement,
          indexes: s.indexes,
          rows,
        });
      }
      return { text: JSON.stringify({ name: dbName, version: db.version, stores }), counts };
    } finally {
      db.close();
    }
  }, name);
}

/** Names of every IndexedDB database of the page's origin. */
export async function idbNames(page: Page): Promise<string[]> {
  return page.evaluate(async () =>
    (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n !== ''),
  );
}

/** Where two dumps first differ, as a short excerpt for a failure message. */
export function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 80);
  return `at char ${i}: before …${a.slice(from, i + 120)}… after …${b.slice(from, i + 120)}…`;
}
