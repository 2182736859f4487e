import type { YoujuDb } from '../db.ts';
import type { AttachmentRowV1 } from '../schema/v1.ts';
import { RepositoryError } from './repository-error.ts';

/**
 * Attachment metadata only; the chunked bytes arrive with the evidence issue (media-store/). Kept here so the
 * table's shape is exercised from v1 on.
 */
export interface AttachmentMeta {
  readonly sha256: string;
  readonly size: number;
  readonly type?: string;
  readonly name?: string;
  readonly chunkCount: number;
  readonly createdAt: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

function invalidField(meta: AttachmentMeta): string | null {
  if (!SHA256_HEX.test(meta.sha256)) return 'sha256';
  if (!Number.isSafeInteger(meta.size) || meta.size < 0) return 'size';
  if (!Number.isSafeInteger(meta.chunkCount) || meta.chunkCount < 0) return 'chunkCount';
  if (!Number.isFinite(meta.createdAt)) return 'createdAt';
  return null;
}

export async function putAttachmentMeta(db: YoujuDb, meta: AttachmentMeta): Promise<void> {
  const field = invalidField(meta);
  if (field) throw new RepositoryError('invalid-attachment', field);
  const row: AttachmentRowV1 = { ...meta };
  await db.attachments.put(row);
}

export async function getAttachmentMeta(db: YoujuDb, sha256: string): Promise<AttachmentMeta | undefined> {
  return db.attachments.get(sha256);
}

export async function listAttachmentMeta(db: YoujuDb): Promise<AttachmentMeta[]> {
  return db.attachments.toArray();
}
