/**
 * The media side of storage that the pack needs: read a stored original as a Blob (composed of its stored
 * slices, never copied into JS memory), store a restored one (hashed while it streams, read back, unsealed until
 * its record is sealed), and drop one that a cancelled or failed restore stored.
 */
import type { YoujuDb } from '../../data/db.ts';
import {
  attachmentBlob,
  discardUnsealedAttachment,
  getAttachment,
  storeAttachment,
  type AttachmentProvenance,
} from '../../data/repositories/attachments-repo.ts';
import { sha256OfBlob } from '../../platform/hasher.ts';

export type StoreProvenance = AttachmentProvenance;

export interface PackMedia {
  blobOf(sha256: string): Promise<Blob>;
  /** Whether the bytes are already stored (a restore must not remove what it did not write). */
  has(sha256: string): Promise<boolean>;
  store(
    blob: Blob,
    provenance: StoreProvenance,
    options: { readonly onProgress?: (done: number) => void; readonly signal?: AbortSignal },
  ): Promise<string>;
  discard(sha256: string): Promise<void>;
}

export function packMedia(db: YoujuDb): PackMedia {
  return {
    blobOf: (sha256) => attachmentBlob(db, sha256),
    has: async (sha256) => (await getAttachment(db, sha256)) !== undefined,
    store: async (blob, provenance, { onProgress, signal }) => {
      const ref = await storeAttachment(db, blob, provenance, {
        hashBlob: sha256OfBlob,
        // Hashing, writing and reading back each pass over the bytes once: report the three as one run.
        ...(onProgress === undefined
          ? {}
          : {
              onProgress: (p) =>
                onProgress(
                  (p.phase === 'hash' ? 0 : p.phase === 'write' ? 1 : 2) * (p.bytesTotal / 3) +
                    p.bytesDone / 3,
                ),
            }),
        ...(signal === undefined ? {} : { signal }),
      });
      return ref.sha256;
    },
    // What a failed or cancelled restore stored is unsealed and in no entry: it goes at once rather than waiting a
    // day for the start-up sweep, so that a failed restore leaves nothing behind (quota during restore).
    discard: async (sha256) => {
      await discardUnsealedAttachment(db, sha256);
    },
  };
}
