// @vitest-environment node
// verify.py, taken out of the pack itself and run with the system's python3, against `youju verify` on the same
// zips: the CLI pack's and the app pack's whole tamper matrix, unreadable inputs, --head and a pack from before the
// case head. Both must give the same exit code, head, notice and problems. Its RFC 8785 canonical JSON is checked
// against the project's own (the RFC's examples and more numbers) on the same values.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/domain/evidence/canonical-json.ts';
import { historyPackBytes } from '../domain/case-pack/history-fixture.ts';
import { historyTamperCases } from '../domain/case-pack/history-tamper-cases.ts';
import {
  editManifest,
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
  type Entries,
} from '../domain/case-pack/pack-fixture.ts';
import { tamperCases } from '../domain/case-pack/tamper-cases.ts';

let dir: string;
let verifyPy: string;
let cliPack: Entries;
let appPack: Entries;
const at = (name: string) => path.join(dir, name);

interface Outcome {
  status: number;
  verdict: { ok: boolean; head: string | null; notice?: string; problems: Record<string, unknown>[] };
}

async function python(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)('python3', args, { timeout: 60_000 });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const r = e as { code?: number; stdout?: string; stderr?: string };
    return { status: r.code ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  }
}

/** The problems in a fixed order: the two checkers may list them in another order. */
const sorted = (o: Outcome) => ({
  ...o,
  verdict: { ...o.verdict, problems: o.verdict.problems.map((p) => JSON.stringify(p)).sort() },
});

async function both(file: string, ...more: string[]): Promise<[Outcome, Outcome]> {
  const [cli, py] = await Promise.all([
    youjuInProcess(['verify', file, ...more]),
    python([verifyPy, file, ...more]),
  ]);
  const parse = (r: { status: number; stdout: string }) => ({
    status: r.status,
    verdict: JSON.parse(r.stdout) as Outcome['verdict'],
  });
  return [parse(cli), parse(py)];
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-verify-py-'));
  const inputs = writeInputs(dir);
  const r = await youjuInProcess(['pack', inputs.caseFile, '--media', inputs.media, '-o', at('cli.zip')]);
  expect(r.status, r.stderr).toBe(0);
  cliPack = readZip(at('cli.zip'));
  const py = cliPack.find(([n]) => n === 'verify.py')?.[1];
  if (py === undefined) throw new Error('the pack holds no verify.py');
  verifyPy = at('verify.py');
  writeFileSync(verifyPy, py);
  appPack = Object.entries(unzipSync((await historyPackBytes()).zip));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('verify.py agrees with youju verify', () => {
  it('on intact CLI and app packs, and both packs carry it', async () => {
    writeZip(at('app.zip'), appPack);
    expect(appPack.map(([n]) => n)).toContain('verify.py');
    for (const file of [at('cli.zip'), at('app.zip')]) {
      const [cli, py] = await both(file);
      expect(cli.status).toBe(0);
      expect(py).toEqual(cli);
    }
  }, 60_000);

  it('on the whole tamper matrix of CLI packs and of app packs', async () => {
    const cases = [
      ...tamperCases(cliPack).map((c) => ({ ...c, pack: cliPack, name: `cli: ${c.name}` })),
      ...historyTamperCases(appPack).map((c) => ({ ...c, pack: appPack, name: `app: ${c.name}` })),
    ];
    expect(cases.length).toBeGreaterThan(60);
    const files: string[] = [];
    for (const [i, c] of cases.entries()) {
      files.push(at(`tamper-${i}.zip`));
      writeZip(at(`tamper-${i}.zip`), await c.build(c.pack));
    }
    // A few python processes at a time: one per case in turn takes minutes on a loaded machine.
    for (let i = 0; i < cases.length; i += 6) {
      const batch = await Promise.all(files.slice(i, i + 6).map((f) => both(f)));
      for (const [j, [cli, py]] of batch.entries()) {
        const name = cases[i + j]?.name ?? '?';
        expect(cli.status, name).toBe(1);
        expect(sorted(py), name).toEqual(sorted(cli));
      }
    }
  }, 300_000);

  it('on --head, on a pack made before the case head, and on what is not a whole zip', async () => {
    const { head } = JSON.parse((await youjuInProcess(['verify', at('cli.zip')])).stdout) as { head: string };
    for (const more of [
      ['--head', head.toUpperCase()],
      ['--head', 'a'.repeat(64)],
    ]) {
      const [cli, py] = await both(at('cli.zip'), ...more);
      expect(py).toEqual(cli);
    }
    writeZip(
      at('old.zip'),
      await editManifest(cliPack, (m) => void delete (m as { caseHead?: string }).caseHead, true),
    );
    const [oldCli, oldPy] = await both(at('old.zip'));
    expect(oldCli.verdict.notice).toBe('head-covers-entries-only');
    expect(oldPy).toEqual(oldCli);
    const bytes = readFileSync(at('cli.zip'));
    const broken: [string, Uint8Array][] = [
      ['text', new TextEncoder().encode('not a zip at all')],
      ['first-half', bytes.subarray(0, bytes.length / 2)],
      ['all-but-one-byte', bytes.subarray(0, bytes.length - 1)],
    ];
    for (const [name, data] of broken) {
      writeFileSync(at(`${name}.zip`), data);
      const [cli, py] = await both(at(`${name}.zip`));
      expect(cli.status, name).toBe(2);
      expect(py, name).toEqual(cli);
    }
  }, 60_000);
});

describe("verify.py's RFC 8785 canonical JSON", () => {
  it('writes the same text as the project’s canonical JSON for the RFC’s examples and more', async () => {
    const values: unknown[] = [
      { b: 1, a: [true, null, 'x'], A: { z: 0, y: '' } },
      [1e21, 1e-7, 0.000001, 333333333.3333333, -0, 4.5],
      { notes: '对方说"明天上门"\n\u0001\u007f\t' },
      { at: '2026-11-02T22:31:00+08:00', id: 'e1', kind: 'call' },
      // RFC 8785 appendix B and §3.2.2.3 number samples, and edges of the ECMAScript form.
      [5e-324, 1.7976931348623157e308, 9007199254740992, -9007199254740992, 295147905179352830000],
      [1e20, 1e-6, 1.5e-7, 0.1, 123456789.5, 1e23, 12.5e-7, -1.25e30, 100, 0.5],
      { '\u20ac': 1, '\r': 2, '\ud83d\ude00': 3, '\u0080': 4, '1': 5, '': 6, é: 7 },
    ];
    const code = [
      'import json, sys',
      `sys.path.insert(0, ${JSON.stringify(dir)})`,
      'import verify',
      'for line in sys.stdin.read().splitlines():',
      '    print(verify.canonical(json.loads(line)))',
    ].join('\n');
    const input = values.map((v) => JSON.stringify(v)).join('\n');
    const child = execFile('python3', ['-c', code]);
    child.stdin?.end(input);
    let out = '';
    child.stdout?.on('data', (d: string) => (out += d));
    await new Promise((resolve) => child.on('close', resolve));
    const expected = values.map((v) => {
      const c = canonicalJson(v);
      if (!c.ok) throw new Error('value not canonicalizable');
      return c.value;
    });
    expect(out.trimEnd().split('\n')).toEqual(expected);
  });
});
