/**
 * Consistency of a zip's framing (APPNOTE.TXT 4.3.7, 4.3.9, 4.3.12): the local header and data descriptor of
 * every entry must agree with its central-directory record. The pack readers take sizes from the central directory
 * and hash the data itself (a changed byte there is named by its file's SHA-256), so without these checks a changed
 * byte in a local header or descriptor would pass unnoticed although the zip is no longer the one exported.
 * Pure: readers pass the bytes.
 */

export interface CentralFacts {
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compSize: number;
  readonly size: number;
}

const LOC_SIG = 0x04034b50;
const DESC_SIG = 0x08074b50;
const utf8 = new TextDecoder('utf-8');

/** `header` is the 30-byte local header followed by its name. */
export function localHeaderAgrees(header: Uint8Array, central: CentralFacts): boolean {
  if (header.length < 30) return false;
  const v = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (v.getUint32(0, true) !== LOC_SIG) return false;
  const nameLength = v.getUint16(26, true);
  if (header.length < 30 + nameLength) return false;
  if (utf8.decode(header.subarray(30, 30 + nameLength)) !== central.name) return false;
  if (v.getUint16(8, true) !== central.method) return false;
  if ((v.getUint16(6, true) & 8) !== (central.flags & 8)) return false;
  // With bit 3 set the local CRC and sizes may be zero; the data descriptor carries them instead.
  if (central.flags & 8) return true;
  return (
    v.getUint32(14, true) === central.crc &&
    v.getUint32(18, true) === central.compSize &&
    v.getUint32(22, true) === central.size
  );
}

/** `bytes` are the 16 bytes after the entry's data (a descriptor has an optional signature, then CRC and sizes). */
export function descriptorAgrees(bytes: Uint8Array, central: CentralFacts): boolean {
  if (!(central.flags & 8)) return true;
  if (bytes.length < 12) return false;
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = bytes.length >= 16 && v.getUint32(0, true) === DESC_SIG ? 4 : 0;
  return (
    v.getUint32(at, true) === central.crc &&
    v.getUint32(at + 4, true) === central.compSize &&
    v.getUint32(at + 8, true) === central.size
  );
}
