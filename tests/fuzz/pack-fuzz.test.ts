// @vitest-environment node
// Hostile and broken case packs through `youju verify` (fuzzing): truncated and corrupted zips, files
// whose bytes no longer match, path-traversal and duplicate names, huge strings, deep nesting and wrong types in
// manifest.json and case.json. Every one must end in a verdict (exit 1 "changed" or 2 "unreadable") with JSON on
// stdout that names a problem — never an internal error, a stack trace or "ok" — except a bit flip that changes no
// file's contents, which may verify intact. Generated from a fixed seed, so a failure names a case that can be rerun.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readZip,
  writeInputs,
  writeZip,
  youjuInProcess,
  type Entries,
} from '../domain/case-pack/pack-fixture.ts';
import { generateHostilePacks } from './hostile-packs.ts';

let dir = '';
let packBytes = new Uint8Array();
let base: Entries = [];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-fuzz-'));
  const { caseFile, media } = writeInputs(dir);
  const out = path.join(dir, 'base.zip');
  const made = await youjuInProcess(['pack', caseFile, '--media', media, '-o', out]);
  expect(made.stderr).toBe('');
  expect(made.status).toBe(0);
  packBytes = new Uint8Array(readFileSync(out));
  base = readZip(out);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The files an independent reader (fflate) takes out of `file`, folder entries aside, equal the base pack's. */
function sameContents(file: string): boolean {
  let entries: Entries;
  try {
    entries = readZip(file).filter(([name]) => !name.endsWith('/'));
  } catch {
    return false;
  }
  const want = new Map(base.filter(([name]) => !name.endsWith('/')));
  if (entries.length !== want.size) return false;
  return entries.every(([name, data]) => {
    const expected = want.get(name);
    return expected !== undefined && Buffer.from(expected).equals(Buffer.from(data));
  });
}

describe('youju verify on generated hostile packs', () => {
  it('finds the untouched base pack intact (so the cases below fail for their change alone)', async () => {
    const r = await youjuInProcess(['verify', path.join(dir, 'base.zip')]);
    expect(r.status).toBe(0);
  });

  it('gives every one of at least 100 broken packs a verdict naming a problem, without crashing', async () => {
    const cases = generateHostilePacks(packBytes, base);
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const failures: string[] = [];
    let layoutOnly = 0;
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `case-${i}.zip`);
      if (c.bytes) writeFileSync(file, c.bytes);
      else writeZip(file, c.entries ?? []);
      const r = await youjuInProcess(['verify', file]);
      const problem = (why: string) => failures.push(`#${i} ${c.name}: ${why}`);
      // Verification judges the files' contents, not the zip's layout (docs/case-pack.md): a flipped bit in a byte
      // no reader's content depends on (a header's time, a CRC field) may leave the pack intact. Then every file an
      // independent reader takes out must be exactly the base pack's file; anything else is a missed change.
      if (r.status === 0 && c.name.startsWith('bit flip')) {
        if (!sameContents(file)) problem('intact verdict, but a reader takes out other contents');
        else layoutOnly += 1;
        rmSync(file, { force: true });
        continue;
      }
      if (r.status !== 1 && r.status !== 2) problem(`exit ${r.status}`);
      if (/internal error/.test(r.stderr)) problem(`internal error: ${r.stderr.trim()}`);
      if (/\n\s+at .+:\d+:\d+/.test(r.stdout + r.stderr)) problem('stack trace printed');
      try {
        const verdict = JSON.parse(r.stdout) as { ok: boolean; problems: unknown[] };
        if (verdict.ok !== false || verdict.problems.length === 0) problem('no problem named');
      } catch {
        problem(`stdout is not JSON: ${r.stdout.slice(0, 80)}`);
      }
      rmSync(file, { force: true });
    }
    expect(failures).toEqual([]);
    // Most flips land in compressed text, stored media or names: those must still be caught.
    expect(layoutOnly).toBeLessThan(cases.filter((c) => c.name.startsWith('bit flip')).length / 2);
  }, 120_000);
});
