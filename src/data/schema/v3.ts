/**
 * Schema version 3 of the `youju` database: encryption at rest for the app lock. FROZEN once released
 * (STYLE.md §2.6).
 *
 * The stores and indexes are those of v2; what changes is what a row may hold, which is why the version moves:
 * an older app opening a locked profile would read sealed rows as garbage, and with v3 it stops at "this data
 * was written by a newer version" instead.
 * - Rows of meta, debts, entries, attachments, chain and recordings may be sealed: only their primary key and
 *   indexed fields stay in the clear, beside `$sealed` (see data/vault/vault.ts).
 * - Media slices (`mediaChunks`, `recordingSlices`) may hold sealed bytes, flagged `encrypted: true`.
 * - `settings` gains `appLock` (the wrapped keys, never a secret) and `lockout` (wrong-passphrase count).
 * No row needs to change on the way up, so there is no migration.
 */
import type { MediaChunkRowV2, RecordingSliceRowV2 } from './v2.ts';
import { STORES_V2 } from './v2.ts';

export const STORES_V3 = { ...STORES_V2 } as const;

export interface MediaChunkRowV3 extends MediaChunkRowV2 {
  readonly encrypted?: true;
}

export interface RecordingSliceRowV3 extends RecordingSliceRowV2 {
  readonly encrypted?: true;
}
