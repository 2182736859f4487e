import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ZIP32_LIMIT,
  fitsZip32,
  isFolderEntry,
  isSupportedMethod,
  localHeaderAgrees,
  type CentralFacts,
} from '../../../src/domain/case-pack/zip-frame.ts';

/** A one-file zip from fflate with its central record's facts read back from the bytes. */
function oneFileZip(): { zip: Uint8Array; central: CentralFacts; headerEnd: number } {
  const zip = zipSync({ 'case.json': new TextEncoder().encode('{"a":1}') }, { level: 0 });
  const v = new DataView(zip.buffer);
  const cen = zip.findIndex((_, i) => v.getUint32(i, true) === 0x02014b50);
  const central: CentralFacts = {
    name: 'case.json',
    flags: v.getUint16(cen + 8, true),
    method: v.getUint16(cen + 10, true),
    compSize: v.getUint32(cen + 20, true),
    size: v.getUint32(cen + 24, true),
  };
  return { zip, central, headerEnd: 30 + v.getUint16(26, true) };
}

const setU16 = (b: Uint8Array, at: number, n: number) => new DataView(b.buffer).setUint16(at, n, true);
const setU32 = (b: Uint8Array, at: number, n: number) => new DataView(b.buffer).setUint32(at, n, true);

describe('zip framing: contents decide, layout does not', () => {
  it('accepts a local header that names the same file and method, whatever its time, CRC or version', () => {
    const { zip, central, headerEnd } = oneFileZip();
    expect(localHeaderAgrees(zip.subarray(0, headerEnd), central)).toBe(true);
    const relaid = zip.slice(0, headerEnd);
    setU32(relaid, 10, 0x5a5a5a5a); // time and date
    setU32(relaid, 14, 0); // CRC: the SHA-256 of the bytes decides, not the CRC
    setU16(relaid, 4, 45); // version needed
    expect(localHeaderAgrees(relaid, central)).toBe(true);
  });

  it('with a data descriptor (bit 3) the local sizes may be zero', () => {
    const { zip, central, headerEnd } = oneFileZip();
    const streamed = zip.slice(0, headerEnd);
    setU16(streamed, 6, 8);
    setU32(streamed, 18, 0);
    setU32(streamed, 22, 0);
    expect(localHeaderAgrees(streamed, central)).toBe(true);
    expect(localHeaderAgrees(streamed, { ...central, flags: 8 })).toBe(true);
  });

  it('refuses a local header under which another reader would see another file: name, method or sizes', () => {
    const { zip, central, headerEnd } = oneFileZip();
    const header = zip.subarray(0, headerEnd);
    expect(localHeaderAgrees(header, { ...central, name: 'case.jsoN' })).toBe(false);
    expect(localHeaderAgrees(header, { ...central, method: 8 })).toBe(false);
    expect(localHeaderAgrees(header, { ...central, size: central.size + 1 })).toBe(false);
    expect(localHeaderAgrees(header, { ...central, compSize: central.compSize - 1 })).toBe(false);
    const renamed = zip.slice(0, headerEnd);
    renamed[30] = 0x2e; // "." + "ase.json"
    expect(localHeaderAgrees(renamed, central)).toBe(false);
    const notAHeader = zip.slice(0, headerEnd);
    notAHeader[0] = 0;
    expect(localHeaderAgrees(notAHeader, central)).toBe(false);
  });

  it('reads stored and deflated entries only', () => {
    expect([0, 8].every(isSupportedMethod)).toBe(true);
    expect([1, 9, 12, 14, 93, 99].some(isSupportedMethod)).toBe(false);
  });

  it('treats an empty name ending in / as a folder entry, and nothing else', () => {
    expect(isFolderEntry('media/', 0)).toBe(true);
    expect(isFolderEntry('media/', 1)).toBe(false);
    expect(isFolderEntry('media', 0)).toBe(false);
  });

  it('fits a zip without Zip64 just under 4 GiB and not at it (sizes faked, nothing written)', () => {
    expect(fitsZip32([ZIP32_LIMIT - 1])).toBe(true);
    expect(fitsZip32([ZIP32_LIMIT])).toBe(false);
    expect(fitsZip32([2 ** 31, 2 ** 31])).toBe(false);
    expect(fitsZip32([])).toBe(true);
  });
});
