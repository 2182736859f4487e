/**
 * Attachment records in the chain: what is sealed for a stored file, and which of an entry's attachments still
 * need sealing. An attachment is sealed once, right after the first entry (or amendment) that references it.
 */
import type { AttachmentRef } from '../../domain/case/types.ts';
import { attachmentRecordOf } from '../../domain/evidence/attachment-record.ts';
import type { YoujuDb } from '../db.ts';
import type { AttachmentRowV2 } from '../schema/v2.ts';
import { isSealed, type ChainRow, type PendingRecord } from './chain-repo.ts';
import { RepositoryError } from './repository-error.ts';

interface AttachmentsToSealOptions {
  /** Refs that must have stored bytes (new evidence made in the app); others may point at files not here. */
  readonly required?: ReadonlySet<string>;
  /** Ignore the current chain: a replace clears it in the same transaction and starts a new one. */
  readonly resealSealed?: boolean;
  /** Already queued in this write. */
  readonly queued?: Set<string>;
}

/** Attachment records to seal after an entry referencing `refs`: each stored sha256 this chain lacks, once. */
export async function attachmentsToSeal(
  db: YoujuDb,
  refs: readonly AttachmentRef[] | undefined,
  options: AttachmentsToSealOptions = {},
): Promise<PendingRecord[]> {
  const out: PendingRecord[] = [];
  const queued = options.queued ?? new Set<string>();
  for (const ref of refs ?? []) {
    if (queued.has(ref.sha256)) continue;
    const row = await db.attachments.get(ref.sha256);
    if (!row) {
      if (options.required?.has(ref.sha256)) throw new RepositoryError('attachment-not-found', ref.sha256);
      continue;
    }
    // This chain, not the row's flag, decides: after a replace the flag survives from the old chain.
    if (!options.resealSealed && (await isSealed(db, 'attachment', row.sha256))) continue;
    queued.add(ref.sha256);
    out.push({ kind: 'attachment', recordId: row.sha256, record: attachmentRecordOf(row) });
  }
  return out;
}

/** Inside the write transaction: marks the attachment rows just sealed; their bytes must still be there. */
export async function markAttachmentsSealed(db: YoujuDb, rows: readonly ChainRow[]): Promise<void> {
  for (const row of rows) {
    if (row.kind !== 'attachment') continue;
    const current = await db.attachments.get(row.recordId);
    if (!current) throw new RepositoryError('attachment-not-found', row.recordId);
    const sealed: Record<string, unknown> = { ...current, sealed: true };
    delete sealed.legacy;
    await db.attachments.put(sealed as unknown as AttachmentRowV2);
  }
}
