/**
 * Turning the app lock on and off, resumable at every step. On: the setting (wrapped keys) is written
 * first, so no sealed byte ever exists without the record that opens it; then every row is rewritten sealed in one
 * transaction; then media slices one by one; then the phase becomes `on`. Off is the mirror image, and the
 * setting goes last. Reads accept clear and sealed data alike, so a page closed at any point leaves a readable
 * profile, and `finishLockPhase` completes the work after the next unlock.
 */
import type { Table } from 'dexie';
import type { AppLockSetting } from '../../domain/lock/lock-record.ts';
import type { AtRestCipher } from '../../domain/shared/ports.ts';
import type { YoujuDb } from '../db.ts';
import { openSlice, sealSlice, type StoredSlice } from '../vault/media-seal.ts';
// Loads and registers the row codec: every way of opening the vault goes through this module.
import '../vault/row-codec.ts';
import { SEALED_TABLES } from '../vault/vault.ts';
import { deleteSetting, getSetting, setSetting } from './settings-repo.ts';
import { guardStorage } from './storage-errors.ts';

export interface LockProgress {
  readonly done: number;
  readonly total: number;
}

type OnProgress = (p: LockProgress) => void;

export const readAppLock = (db: YoujuDb): Promise<AppLockSetting | undefined> => getSetting(db, 'appLock');

/** Rewrites every row of the case tables as the vault now writes them (sealed, or clear while turning off). */
async function rewriteRows(db: YoujuDb): Promise<void> {
  const tables = db.tables.filter((t) => SEALED_TABLES.has(t.name));
  await guardStorage(() =>
    db.transaction('rw', tables, async () => {
      for (const table of tables) {
        const rows: unknown[] = await table.toArray();
        if (rows.length > 0) await table.bulkPut(rows);
      }
    }),
  );
}

/** Seals (or opens) each media slice that is not yet as the vault writes; one slice per transaction. */
async function rewriteMedia(db: YoujuDb, onProgress?: OnProgress): Promise<void> {
  const want = db.vault.sealsWrites;
  const tables = [
    { table: db.mediaChunks, name: 'mediaChunks' },
    { table: db.recordingSlices, name: 'recordingSlices' },
  ] as const;
  const work: { name: (typeof tables)[number]['name']; key: [string, number] }[] = [];
  for (const { table, name } of tables) {
    const keys = (await table.toCollection().primaryKeys()) as [string, number][];
    for (const key of keys) work.push({ name, key });
  }
  let done = 0;
  onProgress?.({ done, total: work.length });
  for (const { name, key } of work) {
    // Both slice tables share the fields this touches (blob, encrypted); the rest is carried over as it is.
    const table = (name === 'mediaChunks' ? db.mediaChunks : db.recordingSlices) as unknown as Table<
      StoredSlice & Readonly<Record<string, unknown>>,
      [string, number]
    >;
    const row = await table.get(key);
    if (row && (row.encrypted === true) !== want) {
      const plain = await openSlice(db.vault, name, key, row);
      const stored = await sealSlice(db.vault, name, key, plain);
      await guardStorage(() =>
        db.transaction('rw', table, async () => {
          const now = await table.get(key);
          // Slices never change once written; one that moved on meanwhile (deleted, rewritten) is left alone.
          if (!now || now.encrypted !== row.encrypted || now.blob.size !== row.blob.size) return;
          const next: Record<string, unknown> = { ...now, ...stored };
          if (stored.encrypted !== true) delete next.encrypted;
          await table.put(next as StoredSlice & Readonly<Record<string, unknown>>);
        }),
      );
    }
    onProgress?.({ done: ++done, total: work.length });
  }
}

/**
 * Turns the lock on with a freshly created lock (`setting.record`) and its key. Resolves once every row and
 * slice is sealed. Failing half-way is safe: the next unlock finishes.
 */
export async function turnLockOn(
  db: YoujuDb,
  setting: Omit<AppLockSetting, 'phase'>,
  cipher: AtRestCipher,
  onProgress?: OnProgress,
  /** Called once the lock record is stored and the vault open, before any row is sealed. */
  onStored?: () => void,
): Promise<void> {
  await setSetting(db, 'appLock', { ...setting, phase: 'sealing' });
  db.vault.open(cipher);
  onStored?.();
  await finishLockPhase(db, onProgress);
}

/** Turns the lock off (the vault must be open): every row and slice is written back in the clear. */
export async function turnLockOff(db: YoujuDb, onProgress?: OnProgress): Promise<void> {
  const setting = await readAppLock(db);
  if (!setting) return;
  const cipher = db.vault.cipher();
  await setSetting(db, 'appLock', { ...setting, phase: 'unsealing' });
  db.vault.open(cipher, { writeClear: true });
  await finishLockPhase(db, onProgress);
}

/** Completes a sealing or unsealing that a closed page left half-done; no-op when the phase is `on`. */
export async function finishLockPhase(db: YoujuDb, onProgress?: OnProgress): Promise<void> {
  const setting = await readAppLock(db);
  if (!setting || setting.phase === 'on') return;
  const cipher = db.vault.cipher();
  db.vault.open(cipher, { writeClear: setting.phase === 'unsealing' });
  await rewriteRows(db);
  await rewriteMedia(db, onProgress);
  if (setting.phase === 'sealing') {
    await setSetting(db, 'appLock', { ...setting, phase: 'on' });
  } else {
    await deleteSetting(db, 'appLock');
    db.vault.clear();
  }
}

/** Saves new lock parameters (a new passphrase wrap, another auto-lock delay) keeping the phase. */
export async function updateAppLock(
  db: YoujuDb,
  change: Partial<Pick<AppLockSetting, 'record' | 'autoLockMinutes'>>,
): Promise<AppLockSetting | undefined> {
  const setting = await readAppLock(db);
  if (!setting) return undefined;
  const next = { ...setting, ...change };
  await setSetting(db, 'appLock', next);
  return next;
}
