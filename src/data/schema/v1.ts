/**
 * Schema version 1 of the `youju` database. FROZEN once released (STYLE.md §2.6): a later change is a new
 * `schema/vN.ts` plus a pure upgrade function in `migrations/`, never an edit here.
 *
 * Only queried fields are indexed (STYLE.md §2.7). Case data is kept exactly as parsed (`data`), so fields this
 * version does not know survive import → store → export.
 */

/** Dexie store definitions: primary key first, then indexes. */
export const STORES_V1 = {
  /** One row per case-level field group; key `case` holds format, version, timeZone, borrower and unknown fields. */
  meta: 'key',
  /** `seq` keeps the order debts were added or imported in (export must reproduce it). */
  debts: 'id, seq',
  /** `seq` = order of import/creation; `debtId` for per-debt views. */
  entries: 'id, seq, debtId',
  /** Attachment metadata by content hash; the bytes live in `mediaChunks`, never next to queried rows. */
  attachments: 'sha256',
  mediaChunks: '[sha256+index]',
  settings: 'key',
} as const;

export interface MetaRowV1 {
  readonly key: string;
  /** The case's top-level fields other than `debts` and `entries`, unknown ones included. */
  readonly fields: Readonly<Record<string, unknown>>;
}

export interface DebtRowV1 {
  readonly id: string;
  readonly seq: number;
  /** The debt as parsed (domain `Debt` plus unknown fields), without the app's `archived` extension field. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Epoch ms when archived; absent while active. */
  readonly archivedAt?: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

export interface EntryRowV1 {
  readonly id: string;
  readonly seq: number;
  readonly debtId?: string;
  /** Epoch ms of `data.at`. */
  readonly at: number;
  readonly kind: string;
  /** The entry as parsed (domain `Entry` plus unknown fields). */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface AttachmentRowV1 {
  readonly sha256: string;
  readonly size: number;
  readonly type?: string;
  readonly name?: string;
  readonly chunkCount: number;
  readonly createdAt: number;
}

export interface MediaChunkRowV1 {
  readonly sha256: string;
  readonly index: number;
  readonly blob: Blob;
}

export interface SettingRowV1 {
  readonly key: string;
  readonly value: unknown;
}
