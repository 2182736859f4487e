/**
 * Upgrade functions between schema versions (STYLE.md §2.6: one version = a frozen schema file + a pure upgrade
 * function + a test that seeds the previous version and opens it with the current code).
 *
 * An upgrade is data, not Dexie code: for each table whose row shape changes, a pure function from the old row to the
 * new one. `db.ts` runs them inside Dexie's upgrade transaction, so a failing upgrade aborts and leaves the old
 * database untouched.
 */

/** Turns one stored row of the previous version into the row of `toVersion`; must not touch anything else. */
type RowUpgrade = (row: Readonly<Record<string, unknown>>) => Record<string, unknown>;

export interface Migration {
  /** The schema version this migration produces; it runs when opening a database older than this. */
  readonly toVersion: number;
  /** Table name → row upgrade. Tables not listed keep their rows as they are. */
  readonly tables: Readonly<Record<string, RowUpgrade>>;
}

/**
 * v1 → v2 (evidence log): v1 attachment rows gain provenance and `sealed: false` plus `legacy`, so the sweep of
 * unsealed garbage never deletes them. Sealing itself needs SHA-256, which is asynchronous and cannot run inside
 * an IndexedDB upgrade transaction: the v1 entries and attachments are sealed right after opening, in seq order
 * (`sealBacklog` in repositories/chain-repo.ts). Entry rows keep their shape (v2 only adds optional fields).
 */
const MIGRATION_V2: Migration = {
  toVersion: 2,
  tables: {
    attachments: (row) => ({
      ...row,
      sealed: false,
      legacy: true,
      importedAt: new Date(typeof row.createdAt === 'number' ? row.createdAt : 0).toISOString(),
      source: 'file',
    }),
  },
};

export const MIGRATIONS: readonly Migration[] = [MIGRATION_V2];

/** Applies a migration's row upgrades to plain rows; the unit under test for every upgrade function. */
export function upgradeRows(
  migration: Migration,
  table: string,
  rows: readonly Readonly<Record<string, unknown>>[],
): Record<string, unknown>[] {
  const upgrade = migration.tables[table];
  return rows.map((row) => (upgrade ? upgrade(row) : { ...row }));
}
