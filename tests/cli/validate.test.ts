// Runs the real CLI (tsx src/cli/youju.ts) as a user would, and the dispatcher in-process for the many fixtures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { COMMANDS } from '../../src/cli/command-list.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { invalidFixtures, validFixtures } from '../domain/case/fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

interface Report {
  ok: boolean;
  errors: { code: string; path: string; message: string }[];
}

function youju(args: string[], input?: string) {
  const r = spawnSync(TSX, ['src/cli/youju.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const rel = (file: string) => path.relative(ROOT, file);

/** No stack trace and no Node error banner ever reaches the user. */
function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/Error:|node:internal/);
}

describe('youju validate (spawned)', () => {
  it.each(validFixtures().map((f) => [f.name, f.file] as const))('valid/%s: ok, exit 0', (_name, file) => {
    const r = youju(['validate', rel(file)]);
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, errors: [] });
    expect(r.status).toBe(0);
  });

  const sample = ['not-json', 'empty', 'version-2', 'at-without-offset', 'unknown-debt-id', 'several-errors'];
  const invalid = invalidFixtures().filter((f) => sample.includes(f.name));
  it.each(invalid.map((f) => [f.name, f] as const))(
    'invalid/%s: errors with messages, exit 2',
    (_name, f) => {
      const r = youju(['validate', rel(f.file)]);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.ok).toBe(false);
      expect(report.errors.map(({ code, path: p }) => ({ code, path: p }))).toEqual(f.expected);
      for (const e of report.errors) {
        expect(e.message.length).toBeGreaterThan(0);
        expect(e.message).not.toContain('{{');
      }
      expect(r.status).toBe(2);
      expectNoStack(r.stderr);
    },
  );

  it('names the path in the message', () => {
    const r = youju(['validate', 'tests/fixtures/case-files/invalid/at-without-offset.json']);
    const [first] = (JSON.parse(r.stdout) as Report).errors;
    expect(first?.message).toContain('entries[0].at');
    expect(first?.message).toContain('2026-11-02T22:31:00');
  });

  it('reads standard input for "-"', () => {
    const r = youju(
      ['validate', '-'],
      '{"format":"youju.case","version":1,"timeZone":"UTC","debts":[],"entries":[]}',
    );
    expect(JSON.parse(r.stdout)).toEqual({ ok: true, errors: [] });
    expect(r.status).toBe(0);
  });

  it('reports a file it cannot read as JSON and exit 2, without a stack trace', () => {
    for (const target of ['tests/fixtures/case-files/does-not-exist.json', 'tests/fixtures']) {
      const r = youju(['validate', target]);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.ok).toBe(false);
      expect(report.errors.map((e) => e.code)).toEqual(['unreadable']);
      expect(r.status).toBe(2);
      expectNoStack(r.stderr);
    }
  });

  it('prints usage on stderr and exits 2 for a missing argument, extra arguments or an unknown command', () => {
    for (const args of [['validate'], ['validate', 'a.json', 'b.json'], ['frobnicate'], []]) {
      const r = youju(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('usage: youju');
      expectNoStack(r.stderr);
    }
  });

  it('prints help on stdout and exits 0', () => {
    const r = youju(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('validate');
    const sub = youju(['validate', '--help']);
    expect(sub.status).toBe(0);
    expect(sub.stdout).toContain('usage: youju validate');
  });
});

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readText: (p) => {
      const text = files[p];
      return text === undefined ? Promise.reject(new Error('ENOENT')) : Promise.resolve(text);
    },
  };
  return { io, out, err };
}

describe('youju validate (in-process, every invalid fixture)', () => {
  it.each(invalidFixtures().map((f) => [f.name, f] as const))('%s', async (_name, f) => {
    const { io, out } = memoryIo({ 'case.json': f.text });
    const code = await runCli(['validate', 'case.json'], io, COMMANDS);
    const report = JSON.parse(out.join('')) as Report;
    expect(code).toBe(2);
    expect(report.errors.map(({ code: c, path: p }) => ({ code: c, path: p }))).toEqual(f.expected);
    for (const e of report.errors) {
      expect(e.message).not.toMatch(/\{\{|\}\}/);
      expect(e.message).not.toBe(e.code);
    }
  });

  it('turns a command that throws into exit 1 with one line on stderr', async () => {
    const { io, err } = memoryIo({});
    const boom = {
      name: 'boom',
      summary: 'throws',
      usage: '',
      run: () => Promise.reject(new Error('kaput')),
    };
    expect(await runCli(['boom'], io, [boom])).toBe(1);
    expect(err.join('')).toBe('youju boom: internal error: kaput\n');
  });
});
