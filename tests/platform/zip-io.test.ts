// @vitest-environment node
// The browser zip I/O on Node's Blob: streamPack keeps media bytes as they are (deflate level 0, stored blocks, so
// streaming readers need no data descriptor on a stored entry) and checks them against their sha256, refuses
// packs fflate cannot write (over 4 GiB) and stops on cancel; the reader gives exact sizes from the central
// directory and hands media back as Blobs (slices for stored entries, inflated for deflated ones).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { entryBlob, readPackBlob } from '../../src/platform/zip-read.ts';
import { countingSink, streamPack, type PackSource } from '../../src/platform/zip-write.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const MEDIA = new Uint8Array(70_000).map((_, i) => (i < 4 ? [0x50, 0x4b, 0x07, 0x08][i] : i) ?? 0);
const mtime = new Date('2026-11-25T10:00:00Z');

async function write(sources: PackSource[], signal?: AbortSignal) {
  const chunks: Uint8Array[] = [];
  const files = await streamPack(
    sources,
    { path: 'manifest.json', text: async (f) => JSON.stringify(f) },
    { write: (c) => void chunks.push(c.slice()) },
    { mtime, hasher: nodeHasher, ...(signal ? { signal } : {}) },
  );
  return { files, zip: new Uint8Array(Buffer.concat(chunks)) };
}

describe('streamPack', () => {
  it('stores media byte for byte and lists every file but the last with its sha256 and size', async () => {
    const { files, zip } = await write([
      { path: 'case.json', text: '{"a":"案"}' },
      { path: 'media/x.m4a', blob: new Blob([MEDIA]), sha256: sha(MEDIA) },
    ]);
    const out = unzipSync(zip);
    expect(Object.keys(out)).toEqual(['case.json', 'media/x.m4a', 'manifest.json']);
    expect(sha(out['media/x.m4a'] ?? new Uint8Array())).toBe(sha(MEDIA));
    expect(files).toEqual([
      { path: 'case.json', sha256: sha(new TextEncoder().encode('{"a":"案"}')), size: 11 },
      { path: 'media/x.m4a', sha256: sha(MEDIA), size: MEDIA.length },
    ]);
  });

  it('writes no stored entry with a data descriptor: Python reads every entry, also by its local headers', async () => {
    const { zip } = await write([
      { path: 'case.json', text: '{"a":"案"}' },
      { path: 'media/x.m4a', blob: new Blob([MEDIA]), sha256: sha(MEDIA) },
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'youju-zip-io-'));
    try {
      const file = path.join(dir, 'pack.zip');
      writeFileSync(file, zip);
      const tool = path.resolve(import.meta.dirname, '../fixtures/zip-readers/zip_tool.py');
      const { stdout } = await promisify(execFile)('python3', [tool, 'read', file]);
      expect(JSON.parse(stdout)).toMatchObject({ 'media/x.m4a': sha(MEDIA) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses media that no longer hashes to its sha256, a pack over 4 GiB, and stops when cancelled', async () => {
    await expect(
      write([{ path: 'media/x', blob: new Blob([MEDIA]), sha256: 'f'.repeat(64) }]),
    ).rejects.toMatchObject({ code: 'media-changed', path: 'media/x' });
    const huge = { size: 5 * 2 ** 30, stream: () => new ReadableStream() } as unknown as Blob;
    await expect(write([{ path: 'media/y', blob: huge, sha256: 'a'.repeat(64) }])).rejects.toMatchObject({
      code: 'too-large',
    });
    const sink = countingSink();
    const controller = new AbortController();
    controller.abort();
    await expect(
      streamPack([{ path: 'a', text: 'x' }], { path: 'm', text: async () => '' }, sink, {
        mtime,
        hasher: nodeHasher,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    expect(sink.bytes()).toBe(0);
  });
});

describe('readPackBlob / entryBlob', () => {
  it('hashes every entry, keeps the asked texts, and gives media back stored or inflated', async () => {
    const { zip } = await write([
      { path: 'case.json', text: '{}' },
      { path: 'media/x.m4a', blob: new Blob([MEDIA]), sha256: sha(MEDIA) },
    ]);
    const blob = new Blob([zip]);
    const read = await readPackBlob(blob, ['case.json']);
    expect(read.files.map(([n, f]) => [n, f.size])).toEqual([
      ['case.json', 2],
      ['media/x.m4a', MEDIA.length],
      ['manifest.json', expect.any(Number)],
    ]);
    expect(read.texts.get('case.json')).toBe('{}');
    const stored = read.entries.get('media/x.m4a');
    if (!stored) throw new Error('no media entry');
    expect(sha(new Uint8Array(await (await entryBlob(blob, stored)).arrayBuffer()))).toBe(sha(MEDIA));

    const deflated = new Blob([zipSync({ 'media/y.bin': [MEDIA, { level: 9 }] })]);
    const d = await readPackBlob(deflated, []);
    const entry = d.entries.get('media/y.bin');
    if (!entry) throw new Error('no deflated entry');
    expect(entry.method).toBe(8);
    expect(d.files[0]?.[1].sha256).toBe(sha(MEDIA));
    expect(sha(new Uint8Array(await (await entryBlob(deflated, entry)).arrayBuffer()))).toBe(sha(MEDIA));
  });

  it('refuses what is not a whole zip, and a kept text over its cap', async () => {
    const { zip } = await write([{ path: 'case.json', text: 'x'.repeat(100) }]);
    await expect(readPackBlob(new Blob([zip.slice(0, zip.length - 1)]), [])).rejects.toMatchObject({
      code: 'unreadable',
    });
    await expect(readPackBlob(new Blob(['not a zip']), [])).rejects.toMatchObject({ code: 'unreadable' });
    await expect(readPackBlob(new Blob([zip]), ['case.json'], { textCap: 10 })).rejects.toMatchObject({
      code: 'too-large',
    });
  });
});
