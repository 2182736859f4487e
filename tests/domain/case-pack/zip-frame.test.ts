import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  descriptorAgrees,
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
    crc: v.getUint32(cen + 16, true),
    compSize: v.getUint32(cen + 20, true),
    size: v.getUint32(cen + 24, true),
  };
  return { zip, central, headerEnd: 30 + v.getUint16(26, true) };
}

describe('zip framing checks', () => {
  it('accepts a local header that matches its central record', () => {
    const { zip, central, headerEnd } = oneFileZip();
    expect(localHeaderAgrees(zip.subarray(0, headerEnd), central)).toBe(true);
  });

  it('refuses a local header whose name, method or sizes differ from the central record', () => {
    const { zip, central, headerEnd } = oneFileZip();
    expect(localHeaderAgrees(zip.subarray(0, headerEnd), { ...central, name: 'case.jsoN' })).toBe(false);
    expect(localHeaderAgrees(zip.subarray(0, headerEnd), { ...central, method: 8 })).toBe(false);
    if (!(central.flags & 8)) {
      expect(localHeaderAgrees(zip.subarray(0, headerEnd), { ...central, size: central.size + 1 })).toBe(
        false,
      );
    }
    const renamed = zip.slice(0, headerEnd);
    renamed[30] = 0x2e; // "." + "ase.json"
    expect(localHeaderAgrees(renamed, central)).toBe(false);
  });

  it('checks a data descriptor with or without its signature, and refuses one that disagrees', () => {
    const central: CentralFacts = { name: 'x', flags: 8, method: 0, crc: 0xdeadbeef, compSize: 5, size: 5 };
    const withSig = new Uint8Array(16);
    const v = new DataView(withSig.buffer);
    v.setUint32(0, 0x08074b50, true);
    v.setUint32(4, 0xdeadbeef, true);
    v.setUint32(8, 5, true);
    v.setUint32(12, 5, true);
    expect(descriptorAgrees(withSig, central)).toBe(true);
    expect(descriptorAgrees(withSig.subarray(4), central)).toBe(true);
    const flipped = withSig.slice();
    flipped[1] = (flipped[1] ?? 0) ^ 1; // the signature no longer reads as one
    expect(descriptorAgrees(flipped, central)).toBe(false);
    expect(descriptorAgrees(withSig, { ...central, size: 6 })).toBe(false);
    expect(descriptorAgrees(new Uint8Array(), { ...central, flags: 0 })).toBe(true);
  });
});
