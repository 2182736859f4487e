import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderIcon } from '../../src/build/icon-art.ts';
import { APP_ICONS, manifestIcons, renderAppIcon } from '../../src/build/icons.ts';
import { crc32, encodePng, pngToIco } from '../../src/build/png.ts';

interface Chunk {
  type: string;
  data: Buffer;
  crc: number;
  crcInput: Buffer;
}

/** An independent reader: walks the chunk list and inflates IDAT, so the encoder is checked against the spec. */
function readPng(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.push({
      type,
      data: png.subarray(at + 8, at + 8 + length),
      crc: png.readUInt32BE(at + 8 + length),
      crcInput: png.subarray(at + 4, at + 8 + length),
    });
    at += 12 + length;
  }
  const ihdr = chunks[0]?.data ?? Buffer.alloc(0);
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const pixel = (x: number, y: number): number[] => {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0); // filter type None
    const i = row + 1 + x * 4;
    return [...raw.subarray(i, i + 4)];
  };
  return { chunks, ihdr, width, height, raw, pixel };
}

const BLUE = [0x1f, 0x4e, 0x79, 255];
const WHITE = [255, 255, 255, 255];

describe('PNG encoder', () => {
  it('writes signature, IHDR, IDAT, IEND with correct CRCs', () => {
    const png = encodePng({ width: 3, height: 2, data: new Uint8Array(3 * 2 * 4).fill(7) });
    const { chunks, ihdr, width, height } = readPng(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    for (const c of chunks) expect(c.crc).toBe(zlibCrc32(c.crcInput));
    expect(width).toBe(3);
    expect(height).toBe(2);
    // bit depth 8, colour type 6 (RGBA), deflate, filter 0, no interlace
    expect([...ihdr.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    expect(chunks[2]?.data.length).toBe(0);
  });

  it('stores exactly the given pixels, row by row', () => {
    const data = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    const { pixel, raw } = readPng(encodePng({ width: 2, height: 2, data }));
    expect(raw.length).toBe(2 * (1 + 2 * 4));
    expect(pixel(0, 0)).toEqual([1, 2, 3, 4]);
    expect(pixel(1, 0)).toEqual([5, 6, 7, 8]);
    expect(pixel(0, 1)).toEqual([9, 10, 11, 12]);
    expect(pixel(1, 1)).toEqual([13, 14, 15, 16]);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(Buffer.from('IEND'))).toBe(0xae426082);
  });

  it('rejects data of the wrong length or an empty size', () => {
    expect(() => encodePng({ width: 2, height: 2, data: new Uint8Array(15) })).toThrow(RangeError);
    expect(() => encodePng({ width: 0, height: 2, data: new Uint8Array(0) })).toThrow(RangeError);
  });

  it('wraps a PNG in a one-image ICO', () => {
    const png = encodePng({ width: 1, height: 1, data: new Uint8Array(4) });
    const ico = pngToIco(png, 32);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect([ico[6], ico[7]]).toEqual([32, 32]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18)).equals(png)).toBe(true);
  });
});

describe('app icons', () => {
  it('draws the rounded icon: transparent corner, blue field, white page, blue check', () => {
    const { pixel, width } = readPng(encodePng(renderIcon({ size: 192, shape: 'rounded', glyphScale: 1 })));
    expect(width).toBe(192);
    expect(pixel(0, 0)[3]).toBe(0);
    expect(pixel(10, 96)).toEqual(BLUE);
    expect(pixel(96, Math.round(0.74 * 192))).toEqual(WHITE); // the page below the check
    expect(pixel(Math.round(0.47 * 192), Math.round(0.63 * 192) - 1)).toEqual(BLUE); // the check's vertex
    const edge = pixel(0, 96); // the anti-aliased left edge of the field is blue, at full or partial alpha
    expect(edge.slice(0, 3)).toEqual(BLUE.slice(0, 3));
  });

  it('keeps the maskable glyph inside the safe circle (radius 0.4) and the field opaque', () => {
    const size = 512;
    const { data } = renderIcon({ size, shape: 'full-bleed', glyphScale: 0.9 });
    let glyphPixels = 0;
    let translucent = 0;
    let outsideSafeZone = 0;
    for (let y = 0; y < size; y++) {
      for (let x = 0; x < size; x++) {
        const i = (y * size + x) * 4;
        if (data[i + 3] !== 255) translucent++;
        const isField = data[i] === BLUE[0] && data[i + 1] === BLUE[1] && data[i + 2] === BLUE[2];
        if (isField) continue;
        glyphPixels++;
        if (Math.hypot((x + 0.5) / size - 0.5, (y + 0.5) / size - 0.5) >= 0.4) outsideSafeZone++;
      }
    }
    expect(translucent).toBe(0);
    expect(outsideSafeZone).toBe(0);
    expect(glyphPixels).toBeGreaterThan(size * size * 0.1);
  });

  it('lists 192, 512 and a maskable 512 in the manifest, and every file decodes at its size', () => {
    // Relative to the manifest, so the icons follow the base path the site is built for (docs/deploy.md).
    expect(manifestIcons()).toEqual([
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ]);
    for (const icon of APP_ICONS) {
      const bytes = renderAppIcon(icon);
      const png = icon.format === 'ico' ? bytes.subarray(bytes.readUInt32LE(18)) : bytes;
      const { width, height } = readPng(png);
      expect([width, height]).toEqual([icon.size, icon.size]);
    }
  });
});
