// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import {
  buildManifest,
  chainRecords,
  manifestSealOf,
  mediaPath,
  shaOfMediaPath,
  type PackFile,
} from '../../../src/domain/case-pack/manifest.ts';
import { GENESIS } from '../../../src/domain/evidence/chain.ts';
import type { Sha256Hex } from '../../../src/domain/shared/ports.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';
import { MEDIA_SHA, fixtureCase } from './pack-fixture.ts';

function fixture(): CaseFile {
  const parsed = parseCaseFile(fixtureCase());
  if (!parsed.ok) throw new Error('fixture case invalid');
  return parsed.value;
}

const file = (p: string, n: number): PackFile => ({
  path: p,
  sha256: String(n).repeat(64) as Sha256Hex,
  size: n,
});

describe('chainRecords', () => {
  it('seals each entry in file order, each followed by the attachments it shows first; a repeated file once', () => {
    const records = chainRecords(fixture()).map((r) => `${r.kind}:${r.recordId}`);
    expect(records).toEqual([
      'entry:e1',
      `attachment:${MEDIA_SHA[0]}`,
      'entry:e2',
      `attachment:${MEDIA_SHA[1]}`,
      'entry:e3',
      `attachment:${MEDIA_SHA[2]}`,
    ]);
  });

  it('seals the entry object as written and the attachment ref with name, type and size', () => {
    const c = fixture();
    const [entry, attachment] = chainRecords(c);
    expect(entry?.record).toBe(c.entries[0]);
    expect(attachment?.record).toEqual({
      sha256: MEDIA_SHA[0],
      name: 'rec.m4a',
      type: 'audio/mp4',
      size: 3000,
    });
  });
});

describe('buildManifest', () => {
  it('lists files sorted by path, seals the chain and itself', async () => {
    const r = await buildManifest(
      {
        app: { name: 'youju', version: '0.1.0' },
        exportedAt: '2026-11-25T10:00:00.000Z',
        caseFile: fixture(),
        files: [file('report.html', 3), file('case.json', 1), file('media/b', 2)],
      },
      nodeHasher,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const m = r.value;
    expect(m.format).toBe('youju.case-pack');
    expect(m.timeZone).toBe('Asia/Shanghai');
    expect(m.files.map((f) => f.path)).toEqual(['case.json', 'media/b', 'report.html']);
    expect(m.chain.links).toHaveLength(6);
    expect(m.chain.links[0]?.prev).toBe(GENESIS);
    expect(m.chain.head).toBe(m.chain.links[5]?.hash);
    expect(await manifestSealOf({ ...m }, nodeHasher)).toBe(m.seal);
    expect(await manifestSealOf({ ...m, exportedAt: '2026-11-25T10:00:01.000Z' }, nodeHasher)).not.toBe(
      m.seal,
    );
  });

  it('gives an empty case the GENESIS head', async () => {
    const empty = { ...fixture(), entries: [] };
    const r = await buildManifest(
      {
        app: { name: 'youju', version: '0' },
        exportedAt: '2026-01-01T00:00:00Z',
        caseFile: empty,
        files: [],
      },
      nodeHasher,
    );
    expect(r.ok && r.value.chain).toEqual({ links: [], head: GENESIS });
  });
});

describe('media paths', () => {
  const sha = 'a'.repeat(64);
  it('round-trip the sha256', () => {
    expect(shaOfMediaPath(mediaPath(sha, 'm4a'))).toBe(sha);
    expect(shaOfMediaPath(mediaPath(sha, null))).toBe(sha);
    expect(shaOfMediaPath(`media/${sha}.M4A`)).toBeNull();
    expect(shaOfMediaPath(`media/x/${sha}`)).toBeNull();
  });
});
