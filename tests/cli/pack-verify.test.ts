// @vitest-environment node
// youju pack / youju verify: the real CLI spawned for the user-facing paths, and the whole tamper matrix run
// in-process through the same dispatcher (one process per case would take minutes on a loaded machine).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MEDIA,
  MEDIA_SHA,
  flipByte,
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
} from '../domain/case-pack/pack-fixture.ts';
import { matches, tamperCases } from '../domain/case-pack/tamper-cases.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

async function youju(args: string[]) {
  try {
    const r = await promisify(execFile)(TSX, ['src/cli/youju.ts', ...args], { cwd: ROOT, timeout: 60_000 });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const r = e as { code?: number; stdout?: string; stderr?: string };
    return { status: r.code ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }
}

interface Verdict {
  ok: boolean;
  problems: { file?: string; entry?: string; code: string }[];
}

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/Error:|node:internal/);
}

let dir: string;
let packFile: string;
let inputs: { caseFile: string; media: string };
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-pack-'));
  inputs = writeInputs(dir);
  packFile = at('pack.zip');
  const r = await youju(['pack', inputs.caseFile, '--media', inputs.media, '-o', packFile]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  // case.json, 3 media, verify.html, verify.py, report.html, README.txt, manifest.json
  expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, files: 9 });
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('youju pack + verify (spawned)', () => {
  it('writes the documented files and verifies intact; tampering gives 1, truncation 2, ../x never escapes', async () => {
    const names = readZip(packFile).map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining(['case.json', 'manifest.json', 'report.html', 'README.txt']),
    );
    expect(names.filter((n) => n.startsWith('media/')).sort()).toEqual(
      [`media/${MEDIA_SHA[0]}.m4a`, `media/${MEDIA_SHA[1]}.jpg`, `media/${MEDIA_SHA[2]}.pdf`].sort(),
    );
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);

    const tampered = at('tampered.zip');
    writeZip(
      tampered,
      readZip(packFile).map(([n, d]) => [n, n === 'report.html' ? flipByte(d) : d]),
    );
    const bytes = readFileSync(packFile);
    writeFileSync(at('truncated.zip'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    // ../x as the issue names it, and a name nobody else uses, to show nothing was written outside.
    const escaped = `../${path.basename(dir)}-escaped`;
    const slipEntries: [string, Uint8Array][] = [
      ['../x', new TextEncoder().encode('outside')],
      [escaped, new TextEncoder().encode('outside')],
    ];
    writeZip(at('slip.zip'), [...readZip(packFile), ...slipEntries]);

    const [intact, changed, truncated, slip] = await Promise.all([
      youju(['verify', packFile]),
      youju(['verify', tampered]),
      youju(['verify', at('truncated.zip')]),
      youju(['verify', at('slip.zip')]),
    ]);
    const { head } = JSON.parse(intact.stdout) as { head: string };
    expect(head).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.parse(intact.stdout)).toEqual({ ok: true, head, problems: [] });
    expect(intact.status).toBe(0);
    expect(JSON.parse(changed.stdout)).toEqual({
      ok: false,
      head,
      problems: [{ file: 'report.html', code: 'file-changed' }],
    });
    expect(changed.status).toBe(1);
    expect((JSON.parse(truncated.stdout) as Verdict).problems).toEqual([
      { file: at('truncated.zip'), code: 'unreadable' },
    ]);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toMatch(/^youju verify: .* not a readable zip/);
    expect((JSON.parse(slip.stdout) as Verdict).problems).toContainEqual({
      file: '../x',
      code: 'unsafe-path',
    });
    expect(slip.status).toBe(1);
    expect(existsSync(path.join(dir, escaped))).toBe(false);
    expect((JSON.parse(slip.stdout) as Verdict).problems).toContainEqual({
      file: escaped,
      code: 'unsafe-path',
    });
    for (const r of [intact, changed, truncated, slip]) expectNoStack(r.stderr);
  }, 60_000);

  it('refuses media that is missing or does not hash to the declared sha256, naming entry and file; writes nothing', async () => {
    const missing = mkdtempSync(path.join(dir, 'missing-'));
    writeFileSync(path.join(missing, 'rec.m4a'), MEDIA[0].data);
    writeFileSync(path.join(missing, 'letter.pdf'), MEDIA[2].data);
    const wrong = mkdtempSync(path.join(dir, 'wrong-'));
    writeFileSync(path.join(wrong, 'rec.m4a'), flipByte(MEDIA[0].data));
    writeFileSync(path.join(wrong, 'photo.jpg'), MEDIA[1].data);
    writeFileSync(path.join(wrong, 'letter.pdf'), MEDIA[2].data);
    const [a, b, usage] = await Promise.all([
      youju(['pack', inputs.caseFile, '--media', missing, '-o', at('a.zip')]),
      youju(['pack', inputs.caseFile, '--media', wrong, '-o', at('b.zip')]),
      youju(['pack', inputs.caseFile]),
    ]);
    expect(a.status).toBe(2);
    expect(a.stderr).toMatch(/^youju pack: entry e2: attachment [0-9a-f]{64} \(photo\.jpg\) not found in /);
    expect(b.status).toBe(2);
    expect(b.stderr).toMatch(
      /^youju pack: entry e1: .*rec\.m4a hashes to [0-9a-f]{64}, not the declared [0-9a-f]{64}\n$/,
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^usage: youju pack/);
    for (const r of [a, b, usage]) {
      expect(r.stdout).toBe('');
      expectNoStack(r.stderr);
    }
    expect(existsSync(at('a.zip')) || existsSync(at('b.zip'))).toBe(false);
    expect(readdirSync(dir).some((n) => n.endsWith('.partial'))).toBe(false);
  }, 60_000);
});

describe('youju verify: the tamper matrix (in-process, same dispatcher)', () => {
  it('detects every case with exit 1, naming the file or entry', async () => {
    const pack = readZip(packFile);
    const cases = tamperCases(pack);
    for (const [i, c] of cases.entries()) {
      const file = at(`case-${i}.zip`);
      writeZip(file, await c.build(pack));
      const r = await youjuInProcess(['verify', file]);
      const verdict = JSON.parse(r.stdout) as Verdict;
      expect(r.status, c.name).toBe(1);
      expect(verdict.ok, c.name).toBe(false);
      expect(matches(verdict.problems, c.expect), `${c.name}: ${r.stdout}`).toBe(true);
    }
  }, 60_000);

  it('gives exit 2 for anything that is not a whole zip', async () => {
    const bytes = readFileSync(packFile);
    const inputs: [string, Uint8Array][] = [
      ['empty', new Uint8Array(0)],
      ['text', new TextEncoder().encode('not a zip at all')],
      ['first-half', bytes.subarray(0, bytes.length / 2)],
      ['all-but-one-byte', bytes.subarray(0, bytes.length - 1)],
      ['no-head', bytes.subarray(100)],
    ];
    for (const [name, data] of inputs) {
      const file = at(`bad-${name}.zip`);
      writeFileSync(file, data);
      const r = await youjuInProcess(['verify', file]);
      expect(r.status, name).toBe(2);
      expect(JSON.parse(r.stdout), name).toEqual({
        ok: false,
        head: null,
        problems: [{ file, code: 'unreadable' }],
      });
    }
    expect((await youjuInProcess(['verify', at('does-not-exist.zip')])).status).toBe(2);
  }, 60_000);
});
