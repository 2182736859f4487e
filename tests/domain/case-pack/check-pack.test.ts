// @vitest-environment node
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPack, isSafePath, type FileFacts } from '../../../src/domain/case-pack/check-pack.ts';
import { nodeHasher } from '../evidence/node-hasher.ts';
import { fileSha, readZip, writeInputs, youjuInProcess, type Entries } from './pack-fixture.ts';
import { matches, tamperCases } from './tamper-cases.ts';

const decoder = new TextDecoder();

/** What a zip reader hands checkPack: every entry's hash and size, and the two texts. */
function check(entries: Entries) {
  const files: [string, FileFacts][] = entries.map(([n, d]) => [n, { sha256: fileSha(d), size: d.length }]);
  const text = (name: string) => {
    const data = entries.find(([n]) => n === name)?.[1];
    return data === undefined ? null : decoder.decode(data);
  };
  return checkPack(files, text('manifest.json'), text('case.json'), nodeHasher);
}

let dir: string;
let pack: Entries;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-checkpack-'));
  const { caseFile, media } = writeInputs(dir);
  const r = await youjuInProcess(['pack', caseFile, '--media', media, '-o', path.join(dir, 'pack.zip')]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  pack = readZip(path.join(dir, 'pack.zip'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkPack', () => {
  it('finds an untouched pack intact', async () => {
    // 3 media, case.json, verify.html, verify.py, report, README, manifest
    expect(pack.map(([n]) => n).sort()).toHaveLength(9);
    expect(await check(pack)).toEqual({ ok: true, problems: [] });
  });

  it('detects every case of the tamper matrix, naming the file or entry', async () => {
    const cases = tamperCases(pack);
    expect(cases.length).toBeGreaterThanOrEqual(22);
    for (const c of cases) {
      const verdict = await check(await c.build(pack));
      expect(verdict.ok, c.name).toBe(false);
      expect(matches(verdict.problems, c.expect), `${c.name}: ${JSON.stringify(verdict.problems)}`).toBe(
        true,
      );
    }
  });

  it('reports an attachment that case.json references but the pack lacks, by entry', async () => {
    const media = pack.find(([n]) => n.startsWith('media/') && n.endsWith('.pdf'));
    const verdict = await check(pack.filter(([n]) => n !== media?.[0]));
    expect(verdict.problems).toContainEqual(
      expect.objectContaining({ entry: 'e3', code: 'attachment-missing' }),
    );
    expect(verdict.problems).toContainEqual({ file: media?.[0], code: 'file-missing' });
  });

  it('reports a missing or broken case.json', async () => {
    const gone = await check(pack.filter(([n]) => n !== 'case.json'));
    expect(gone.problems).toContainEqual({ file: 'case.json', code: 'case-missing' });
    const broken = await check(pack.map(([n, d]) => [n, n === 'case.json' ? new Uint8Array([123]) : d]));
    expect(broken.problems).toContainEqual({ file: 'case.json', code: 'case-invalid' });
  });
});

describe('isSafePath', () => {
  it.each(['case.json', 'media/abc.m4a', 'a/b/c'])('accepts %s', (p) => expect(isSafePath(p)).toBe(true));
  it.each(['../x', 'media/../../x', '/etc/passwd', 'media\\x', 'C:x', '', 'a//b', './a', 'a/', 'a\u0000b'])(
    'refuses %j',
    (p) => expect(isSafePath(p)).toBe(false),
  );
});
