import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { MIGRATIONS, type Migration } from './migrations/registry.ts';
import { STORES_V1, type DebtRowV1, type MetaRowV1, type SettingRowV1 } from './schema/v1.ts';
import {
  STORES_V2,
  type AttachmentRowV2,
  type ChainRowV2,
  type EntryRowV2,
  type RecordingRowV2,
} from './schema/v2.ts';
import { STORES_V3, type MediaChunkRowV3, type RecordingSliceRowV3 } from './schema/v3.ts';
import { Vault, vaultMiddleware } from './vault/vault.ts';

const DB_NAME = 'youju';

export interface SchemaVersion {
  readonly version: number;
  readonly stores: Readonly<Record<string, string | null>>;
  /** Runs when a database older than `version` is opened. */
  readonly migration?: Migration;
}

const withMigration = (version: number, stores: SchemaVersion['stores']): SchemaVersion => {
  const migration = MIGRATIONS.find((m) => m.toVersion === version);
  return migration ? { version, stores, migration } : { version, stores };
};

/** Every released schema version, oldest first. Append a new one; never edit or remove a released one. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  withMigration(1, STORES_V1),
  withMigration(2, STORES_V2),
  withMigration(3, STORES_V3),
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Dexie stores version N as IndexedDB version N × 10. */
const nativeVersion = (version: number): number => Math.round(version * 10);

/** The database on this device was written by a newer app; this app must not touch it. */
export class DatabaseNewerError extends Error {
  override readonly name = 'DatabaseNewerError';
  constructor(
    readonly installedVersion: number,
    readonly appVersion: number,
  ) {
    super(`Database version ${installedVersion} is newer than this app's ${appVersion}`);
  }
}

/** IndexedDB is missing or refused to open (e.g. a locked-down private mode). */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
  constructor(readonly reason: string) {
    super(`Storage is unavailable: ${reason}`);
  }
}

export interface YoujuDbOptions {
  readonly name?: string;
  /** Injected in tests so each one gets an isolated store. */
  readonly indexedDB?: IDBFactory;
  readonly IDBKeyRange?: typeof IDBKeyRange;
  /** Tests may declare extra (fake) versions; the app always uses SCHEMA_VERSIONS. */
  readonly versions?: readonly SchemaVersion[];
  /**
   * Another tab (usually a newer app version) needs the database. This connection has already closed itself;
   * the app should ask the user to reload.
   */
  readonly onVersionChange?: () => void;
  /**
   * The open is waiting for another tab that holds an older version open and does not close it (IndexedDB's
   * "blocked"). The app should ask the user to close that tab; the open carries on by itself once it is closed.
   */
  readonly onBlocked?: () => void;
}

export class YoujuDb extends Dexie {
  declare meta: EntityTable<MetaRowV1, 'key'>;
  declare debts: EntityTable<DebtRowV1, 'id'>;
  declare entries: EntityTable<EntryRowV2, 'id'>;
  declare attachments: EntityTable<AttachmentRowV2, 'sha256'>;
  declare mediaChunks: Table<MediaChunkRowV3, [string, number]>;
  declare settings: EntityTable<SettingRowV1, 'key'>;
  declare chain: EntityTable<ChainRowV2, 'seq'>;
  declare recordings: EntityTable<RecordingRowV2, 'id'>;
  declare recordingSlices: Table<RecordingSliceRowV3, [string, number]>;

  readonly idb: IDBFactory | undefined;
  /** The app lock's state and key for this connection (data/vault/vault.ts). */
  readonly vault = new Vault();

  constructor(options: YoujuDbOptions = {}) {
    const idb = options.indexedDB ?? globalThis.indexedDB;
    super(options.name ?? DB_NAME, {
      // Opening only through openDatabase(), so the "newer than app" check cannot be skipped by a stray query.
      autoOpen: false,
      ...(idb ? { indexedDB: idb } : {}),
      ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
    });
    this.idb = idb;
    declareVersions(this, options.versions ?? SCHEMA_VERSIONS);
    this.use(vaultMiddleware(this.vault));
    this.on('versionchange', () => {
      // Dexie's default closes and silently re-opens on the next query, which would open the newer schema with
      // this old code. Close for good instead and let the app ask for a reload.
      this.close({ disableAutoOpen: true });
      options.onVersionChange?.();
      return false;
    });
  }

  /** The highest schema version this instance knows. */
  get declaredVersion(): number {
    return this.verno;
  }
}

function declareVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const v of versions) {
    const declared = db.version(v.version).stores({ ...v.stores });
    const migration = v.migration;
    if (migration) declared.upgrade((tx) => runMigration(tx, migration));
  }
}

async function runMigration(tx: Transaction, migration: Migration): Promise<void> {
  for (const [table, upgrade] of Object.entries(migration.tables)) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = upgrade(row);
      });
  }
}

/**
 * The installed IndexedDB version of `name`, 0 if there is none. Opening without a version never upgrades; if the
 * database does not exist the creation is aborted so that this check leaves nothing behind.
 */
export function installedNativeVersion(idb: IDBFactory, name: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = idb.open(name);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const version = req.result.version;
      req.result.close();
      resolve(version);
    };
    req.onerror = (event) => {
      event.preventDefault();
      if (req.error?.name === 'AbortError') resolve(0);
      else reject(new DatabaseUnavailableError(req.error?.name ?? 'unknown'));
    };
  });
}

/**
 * Opens the database, refusing one written by a newer app version. Dexie 4 would otherwise open it anyway (it
 * retries a VersionError without a version) and might even patch its schema, so the check runs first on raw
 * IndexedDB and nothing is written or deleted when it fails.
 */
export async function openDatabase(options: YoujuDbOptions = {}): Promise<YoujuDb> {
  const db = new YoujuDb(options);
  if (!db.idb) throw new DatabaseUnavailableError('no-indexeddb');
  const installed = await installedNativeVersion(db.idb, db.name);
  const appVersion = db.declaredVersion;
  if (installed > nativeVersion(appVersion)) {
    throw new DatabaseNewerError(installed / 10, appVersion);
  }
  const { onBlocked } = options;
  if (onBlocked) db.on('blocked', () => onBlocked());
  try {
    await db.open();
  } catch (error) {
    if (error instanceof Dexie.MissingAPIError || error instanceof Dexie.OpenFailedError) {
      throw new DatabaseUnavailableError(error.name);
    }
    throw error;
  }
  // Another tab may have upgraded between the check and the open; Dexie then opens the newer version.
  const opened = db.backendDB().version;
  if (opened > nativeVersion(appVersion)) {
    db.close({ disableAutoOpen: true });
    throw new DatabaseNewerError(opened / 10, appVersion);
  }
  return db;
}
