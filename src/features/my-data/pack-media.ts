/**
 * The media side of contract A that the pack needs (H1's media store): read a stored original as a Blob, store a
 * restored one (hashed while it streams, read back, unsealed until its record is sealed), and drop one that a
 * cancelled or failed restore stored. One seam, so the export and restore flows do not care where bytes live.
 */
import type { YoujuDb } from '../../data/db.ts';

export interface StoreProvenance {
  readonly name?: string;
  readonly type?: string;
  readonly lastModified?: number;
  readonly importedAt: string;
  readonly source: 'file' | 'camera' | 'recording';
}

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

const notReady = (): Promise<never> => Promise.reject(new Error('media-store-unavailable'));

export function packMedia(db: YoujuDb): PackMedia {
  void db;
  return { blobOf: notReady, has: notReady, store: notReady, discard: notReady };
}
