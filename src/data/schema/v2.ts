/**
 * Schema version 2 of the `youju` database: the evidence log. FROZEN once released (STYLE.md §2.6).
 *
 * - `chain` holds every sealed record (entry, amendment, hide, attachment) with its link, in seal order. It is the
 *   append-only truth; `entries` and `attachments` rows are views kept in step with it in the same transaction.
 * - `entries` rows hold the CURRENT version of an entry (after amendments) plus how often it was amended and
 *   whether it was hidden. The original stays in the chain.
 * - `attachments` rows gain provenance and `sealed`; bytes stay in `mediaChunks` (1 MiB Blob slices).
 * - `recordings` / `recordingSlices`: an in-app recording is written slice by slice as it arrives, so a crash
 *   loses at most one slice.
 */
import type { ChainLink } from '../../domain/evidence/chain.ts';
import { STORES_V1, type AttachmentRowV1, type EntryRowV1, type MediaChunkRowV1 } from './v1.ts';

export const STORES_V2 = {
  ...STORES_V1,
  entries: 'id, seq, debtId, at',
  // [kind+recordId] answers "is this record sealed already" (backlog, duplicate ids) without a scan.
  chain: 'seq, kind, recordId, [kind+recordId]',
  recordings: 'id',
  recordingSlices: '[recordingId+index]',
} as const;

export interface HiddenMark {
  readonly at: string;
  readonly reason: string;
}

export interface EntryRowV2 extends EntryRowV1 {
  /** How many amendments were sealed for this entry; absent = never amended. */
  readonly amendedCount?: number;
  readonly hidden?: HiddenMark;
}

export type AttachmentSource = 'file' | 'camera' | 'recording';

/** What the chain seals for an attachment (kind `attachment`, recordId = sha256). */
export interface AttachmentRecord {
  readonly sha256: string;
  readonly name?: string;
  readonly type?: string;
  readonly size: number;
  /** The file's own lastModified (epoch ms), when it came from a file picker. */
  readonly lastModified?: number;
  /** ISO 8601 instant of the import or capture. */
  readonly importedAt: string;
  readonly source: AttachmentSource;
  /** Set for a recording recovered after a crash: the gap after the last slice is part of the evidence. */
  readonly recovered?: { readonly lastSliceAt: string };
}

export interface AttachmentRowV2 extends AttachmentRowV1, Omit<AttachmentRecord, 'name' | 'type' | 'size'> {
  /** True once the attachment's record is in the chain; unsealed rows older than 24 h with no entry are garbage. */
  readonly sealed: boolean;
  /** A v1 attachment waiting to be sealed by the backlog after the upgrade (never garbage). */
  readonly legacy?: true;
}

export interface MediaChunkRowV2 extends MediaChunkRowV1 {
  /** Epoch ms the slice was written; lets the sweep tell an abandoned write from one in progress. */
  readonly at?: number;
}

/** A sealed record as stored: the domain link plus the record exactly as hashed. */
export interface ChainRowV2 extends ChainLink {
  readonly record: unknown;
}

type RecordingState = 'recording' | 'stopped' | 'saved' | 'discarded';

export interface RecordingRowV2 {
  readonly id: string;
  readonly state: RecordingState;
  readonly mimeType: string;
  /** Epoch ms. */
  readonly startedAt: number;
  /** Epoch ms of the last slice written (= startedAt before the first). */
  readonly lastSliceAt: number;
  readonly sliceCount: number;
  readonly debtId?: string;
  readonly purpose: 'log' | 'visit';
}

export interface RecordingSliceRowV2 {
  readonly recordingId: string;
  readonly index: number;
  readonly blob: Blob;
  /** Epoch ms. */
  readonly at: number;
}
