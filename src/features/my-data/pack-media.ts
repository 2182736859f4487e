/**
 * The media side of storage that the pack needs: read a stored original as a Blob (composed of its stored
 * slices, never copied into JS memory), store a restored one (hashed while it streams, read back, unsealed until
 * its record is sealed), and drop one that a cancelled or failed restore stored.
 */
import type { AttachmentProvenance } from '../../domain/evidence/attachment-record.ts';
import type { YoujuStore } from '../../data/store/store.ts';

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

export function packMedia(store: YoujuStore): PackMedia {
  return {
    blobOf: (sha256) => store.attachmentBlob(sha256),
    has: (sha256) => store.hasAttachment(sha256),
    store: async (blob, provenance, { onProgress, signal }) => {
      const ref = await store.storeAttachment(blob, provenance, {
        // Hashing, writing and reading back each pass over the bytes once: report the three as one run of bytes.
        ...(onProgress === undefined ? {} : { onProgress: (fraction) => onProgress(fraction * blob.size) }),
        ...(signal === undefined ? {} : { signal }),
      });
      return ref.sha256;
    },
    // What a failed or cancelled restore stored is unsealed and in no entry: it goes at once rather than waiting a
    // day for the start-up sweep, so that a failed restore leaves nothing behind (quota during restore).
    discard: (sha256) => store.discardUnsealed(sha256),
  };
}
