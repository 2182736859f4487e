/**
 * How a row is sealed and opened under the app lock (see vault.ts): the whole row as JSON under AES-GCM, bound to
 * its table and key; the primary key and indexed fields are copied beside it in the clear so IndexedDB can index
 * it. Loaded with the lock's screens, not with the first screen: a profile without the lock never runs it, and
 * vault.ts refuses to open without it.
 */
import type { DBCoreTableSchema } from 'dexie';
import type { AtRestCipher } from '../../domain/shared/ports.ts';
import { placeOf, SEALED, SealedDataError, setRowCodec, type RowCodec } from './vault.ts';

type Row = Record<string, unknown>;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

const clearPaths = new WeakMap<DBCoreTableSchema, string[]>();

function clearPathsOf(schema: DBCoreTableSchema): string[] {
  let paths = clearPaths.get(schema);
  if (!paths) {
    const set = new Set<string>();
    for (const index of [schema.primaryKey, ...schema.indexes]) {
      const kp = index.keyPath;
      for (const p of Array.isArray(kp) ? kp : kp === null ? [] : [kp]) set.add(p);
    }
    paths = [...set];
    clearPaths.set(schema, paths);
  }
  return paths;
}

const keyOf = (schema: DBCoreTableSchema, row: Row): unknown => schema.primaryKey.extractKey?.(row);

const rowCodec: RowCodec = {
  seal(cipher: AtRestCipher, table: string, schema: DBCoreTableSchema, row: Row): Row {
    const sealed = cipher.sealSync(utf8.encode(JSON.stringify(row)), placeOf(table, keyOf(schema, row)));
    const out: Row = { [SEALED]: sealed };
    for (const p of clearPathsOf(schema)) if (p in row) out[p] = row[p];
    return out;
  },
  open(cipher: AtRestCipher, table: string, schema: DBCoreTableSchema, row: Row): unknown {
    try {
      const plain = cipher.openSync(row[SEALED] as Uint8Array, placeOf(table, keyOf(schema, row)));
      return JSON.parse(utf8Decoder.decode(plain));
    } catch {
      throw new SealedDataError(table);
    }
  },
};

setRowCodec(rowCodec);
