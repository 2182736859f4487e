/**
 * Media slices under the app lock: attachment chunks and recording slices are sealed one by one with
 * WebCrypto outside any transaction, then written; a sealed slice is flagged `encrypted` in its row so clear and
 * sealed slices can sit side by side while the lock is turned on or off. The place (`sha256:index`,
 * `recordingId:index`) is bound in as additional data, so slices cannot be swapped.
 */
import { placeOf, SealedDataError, VaultLockedError, type Vault } from './vault.ts';

export interface StoredSlice {
  readonly blob: Blob;
  readonly encrypted?: true;
}

/** The slice as it should be stored now: sealed while the lock is on, clear otherwise. */
export async function sealSlice(
  vault: Vault,
  table: string,
  key: readonly [string, number],
  blob: Blob,
): Promise<StoredSlice> {
  if (vault.state === 'locked') throw new VaultLockedError(table);
  if (!vault.sealsWrites) return { blob };
  const plain = new Uint8Array(await blob.arrayBuffer());
  const sealed = await vault.cipher().seal(plain, placeOf(table, key));
  return { blob: new Blob([sealed as Uint8Array<ArrayBuffer>]), encrypted: true };
}

/** The slice's original bytes. */
export async function openSlice(
  vault: Vault,
  table: string,
  key: readonly [string, number],
  slice: StoredSlice,
): Promise<Blob> {
  if (!slice.encrypted) return slice.blob;
  const cipher = vault.cipher();
  const sealed = new Uint8Array(await slice.blob.arrayBuffer());
  try {
    return new Blob([(await cipher.open(sealed, placeOf(table, key))) as Uint8Array<ArrayBuffer>]);
  } catch {
    throw new SealedDataError(table);
  }
}
