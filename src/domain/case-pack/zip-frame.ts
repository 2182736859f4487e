/**
 * What the pack readers require of a zip's framing (docs/case-pack.md, "How the zip may be written"). A pack is
 * judged by its contents: each entry's name and the SHA-256 of its decoded bytes. How the zip was written — entry
 * order, folder entries, stored or deflated, compression level, times, extra fields, data descriptors — does not
 * matter, so a pack unzipped and zipped again by any standard tool still verifies. What is refused is what would
 * let two readers see different contents: a local header naming another file or another compression method than
 * the central directory (APPNOTE.TXT 4.3.7, 4.3.12), or, without a data descriptor, other sizes (a streaming
 * reader would take another length of bytes). Pure: readers pass the bytes.
 */

export interface CentralFacts {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly compSize: number;
  readonly size: number;
}

const LOC_SIG = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

/** Compression methods the readers decode: 0 stored, 8 deflate (APPNOTE.TXT 4.4.5). */
export const isSupportedMethod = (method: number): boolean => method === 0 || method === 8;

/**
 * A zip entry that only marks a folder (`media/`, as `zip -r` and many archivers write): a name ending in `/` and
 * no bytes. It holds no content, so the readers skip it; its name must still be safe.
 */
export const isFolderEntry = (name: string, size: number): boolean => name.endsWith('/') && size === 0;

/**
 * Without Zip64 records (which the writers here do not write and the readers do not follow) a zip must stay under
 * 4 GiB (APPNOTE.TXT 4.4.8, 4.4.9: 32-bit sizes and offsets). Room is left for headers and the central directory.
 */
export const ZIP32_LIMIT = 0xffffffff - (64 << 20);

/** Whether files of these sizes fit one zip without Zip64. */
export const fitsZip32 = (sizes: Iterable<number>): boolean => {
  let total = 0;
  for (const s of sizes) total += s;
  return total < ZIP32_LIMIT;
};

/** `header` is the 30-byte local header followed by its name. */
export function localHeaderAgrees(header: Uint8Array, central: CentralFacts): boolean {
  if (header.length < 30) return false;
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (v.getUint32(0, true) !== LOC_SIG) return false;
  const nameLength = v.getUint16(26, true);
  if (header.length < 30 + nameLength) return false;
  if (utf8.decode(header.subarray(30, 30 + nameLength)) !== central.name) return false;
  if (v.getUint16(8, true) !== central.method) return false;
  // With bit 3 set the local sizes may be zero and a data descriptor follows; readers then go by the data itself.
  if ((v.getUint16(6, true) & 8) !== 0) return true;
  return v.getUint32(18, true) === central.compSize && v.getUint32(22, true) === central.size;
}
