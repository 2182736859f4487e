/**
 * Encryption at rest for the optional app lock. A Dexie DBCore middleware, placed just above IndexedDB,
 * seals whole rows of the case tables on the way in and opens them on the way out, so every repository, live query
 * and transaction keeps working unchanged. A sealed row keeps only its primary key and indexed fields in the clear
 * (IndexedDB must read them to index) plus `$sealed`: AES-GCM over the row's JSON, bound to its table and key.
 * Media slices are sealed by their repositories instead (media-seal.ts): they are Blobs, which cannot be read
 * synchronously inside a transaction. Settings stay clear: the lock's own record lives there and holds no secret.
 *
 * How one row is sealed lives in row-codec.ts, loaded with the lock's screens; this part is on the first screen
 * because the middleware must be there when the database opens.
 *
 * Reads accept clear and sealed rows alike, so turning the lock on or off can go step by step and a page closed
 * half-way loses nothing (app-lock-repo.ts finishes the job after the next unlock).
 */
import type { DBCore, DBCoreCursor, DBCoreTable, DBCoreTableSchema, Middleware } from 'dexie';
import type { AtRestCipher } from '../../domain/shared/ports.ts';

export const SEALED_TABLES: ReadonlySet<string> = new Set([
  'meta',
  'debts',
  'entries',
  'attachments',
  'chain',
  'recordings',
]);

export const SEALED = '$sealed';

/** Sealed data was asked for (or was about to be written) while the app is locked. */
export class VaultLockedError extends Error {
  override readonly name = 'VaultLockedError';
}

/** A sealed row or slice did not open: the key is wrong or the stored bytes were changed. */
export class SealedDataError extends Error {
  override readonly name = 'SealedDataError';
}

type VaultState = 'clear' | 'locked' | 'open';

const utf8 = new TextEncoder();

export const placeOf = (table: string, key: unknown): Uint8Array =>
  utf8.encode(`youju-at-rest-v1/${table}/${JSON.stringify(key)}`);

type Row = Record<string, unknown>;

/** Sealing and opening one row (row-codec.ts); registered when that module loads. */
export interface RowCodec {
  seal(cipher: AtRestCipher, table: string, schema: DBCoreTableSchema, row: Row): Row;
  open(cipher: AtRestCipher, table: string, schema: DBCoreTableSchema, row: Row): unknown;
}

let codec: RowCodec | null = null;

export function setRowCodec(c: RowCodec): void {
  codec = c;
}

/** One per database connection: whether the lock is on and, while unlocked, the key. */
export class Vault {
  #cipher: AtRestCipher | null = null;
  #locked = false;
  #writeClear = false;
  #holds = 0;

  get state(): VaultState {
    if (this.#cipher) return 'open';
    return this.#locked ? 'locked' : 'clear';
  }

  /** Writes are sealed unless the lock is being turned off (`writeClear`). */
  get sealsWrites(): boolean {
    return this.#cipher !== null && !this.#writeClear;
  }

  open(cipher: AtRestCipher, options: { readonly writeClear?: boolean } = {}): void {
    // Sealed rows must never be written or read without the codec: fail here rather than halfway through.
    if (!codec) throw new Error('row-codec.ts is not loaded');
    this.#cipher = cipher;
    this.#locked = true;
    this.#writeClear = options.writeClear === true;
  }

  /** The lock is on and the key is forgotten: sealed data cannot be read or written until `open`. */
  lock(): void {
    this.#cipher = null;
    this.#locked = true;
    this.#writeClear = false;
  }

  /** The lock is off: rows are written in the clear. */
  clear(): void {
    this.#cipher = null;
    this.#locked = false;
    this.#writeClear = false;
  }

  /** Something that must not be cut off by an auto-lock (a recording) is running; call the result when it ends. */
  hold(): () => void {
    this.#holds++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#holds--;
    };
  }

  get held(): boolean {
    return this.#holds > 0;
  }

  cipher(): AtRestCipher {
    if (!this.#cipher) throw new VaultLockedError('locked');
    return this.#cipher;
  }
}

const isSealedRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && SEALED in v;

function sealedTable(vault: Vault, table: DBCoreTable): DBCoreTable {
  const { name, schema } = table;
  const seal = (row: Row): Row => (codec as RowCodec).seal(vault.cipher(), name, schema, row);
  const open = (value: unknown): unknown =>
    isSealedRow(value) ? (codec as RowCodec).open(vault.cipher(), name, schema, value) : value;

  const openingCursor = (cursor: DBCoreCursor): DBCoreCursor => {
    let raw: unknown;
    let opened: unknown;
    return Object.create(cursor, {
      value: {
        get() {
          const now: unknown = cursor.value;
          if (now !== raw) {
            raw = now;
            opened = open(now);
          }
          return opened;
        },
      },
    }) as DBCoreCursor;
  };

  return {
    ...table,
    mutate(req) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      if (vault.state === 'locked') return Promise.reject(new VaultLockedError(name));
      if (!vault.sealsWrites) return table.mutate(req);
      try {
        return table.mutate({ ...req, values: req.values.map((v: Row) => seal(v)) });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((values) => values.map(open)),
    query: (req) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openingCursor(cursor) : cursor)),
  };
}

export function vaultMiddleware(vault: Vault): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'youju-vault',
    // Below Dexie's own caches and hooks (levels -1 to 2), so they see rows as the app wrote them.
    level: -2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return SEALED_TABLES.has(name) ? sealedTable(vault, table) : table;
      },
    }),
  };
}
