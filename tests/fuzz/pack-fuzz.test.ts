// @vitest-environment node
// Hostile and broken case packs through `youju verify` (issue 8, fuzzing): truncated and corrupted zips, files
// whose bytes no longer match, path-traversal and duplicate names, huge strings, deep nesting and wrong types in
// manifest.json and case.json. Every one must end in a verdict (exit 1 "changed" or 2 "unreadable") with JSON on
// stdout that names a problem — never an internal error, a stack trace or "ok". Generated from a fixed seed, so a
// failure names a case that can be rerun.
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

/** mulberry32: a tiny seeded generator, so every generated case is reproducible from its index. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const enc = new TextEncoder();
const dec = new TextDecoder();

interface FuzzCase {
  readonly name: string;
  /** Either raw bytes for the pack file, or zip entries to write. */
  readonly bytes?: Uint8Array;
  readonly entries?: Entries;
}

let dir = '';
let packBytes = new Uint8Array();
let base: Entries = [];

const replaceText = (entries: Entries, file: string, edit: (text: string) => string): Entries =>
  entries.map(([n, d]) => [n, n === file ? enc.encode(edit(dec.decode(d))) : d]);

const editJson = (
  entries: Entries,
  file: string,
  edit: (json: Record<string, unknown>) => unknown,
): Entries =>
  replaceText(entries, file, (text) => JSON.stringify(edit(JSON.parse(text) as Record<string, unknown>)));

/** Nesting written as text: JSON.stringify itself overflows the stack on such values. */
const deepText = (depth: number): string => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

const WRONG_VALUES: readonly unknown[] = [null, 0, -1, 1e308, '', 'x'.repeat(70_000), [], {}, true, [[[]]]];

function generate(): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const r = rng(20261125);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

  // Truncations at spread and random offsets (the central directory is at the end; cutting anywhere breaks it).
  for (let i = 0; i < 20; i++) {
    const fixed = [0, 1, 4, 22, packBytes.length - 1][i];
    const cut = fixed ?? Math.floor(r() * packBytes.length);
    cases.push({ name: `truncated at ${cut}`, bytes: packBytes.slice(0, cut) });
  }
  // Single-bit flips anywhere in the zip: headers, compressed text, stored media, central directory.
  for (let i = 0; i < 25; i++) {
    const at = Math.floor(r() * packBytes.length);
    const copy = packBytes.slice();
    copy[at] = (copy[at] ?? 0) ^ (1 << Math.floor(r() * 8));
    cases.push({ name: `bit flip at ${at}`, bytes: copy });
  }
  // Not a zip at all.
  cases.push({ name: 'empty file', bytes: new Uint8Array() });
  cases.push({ name: 'json instead of zip', bytes: enc.encode('{"format":"youju.case"}') });
  for (let i = 0; i < 3; i++) {
    const noise = new Uint8Array(64 + Math.floor(r() * 4000)).map(() => Math.floor(r() * 256));
    cases.push({ name: `random bytes #${i}`, bytes: noise });
  }
  // Names that try to escape the pack or collide.
  const media = base.find(([n]) => n.startsWith('media/'));
  for (const evil of ['../x', '../../etc/passwd', '/abs/path', 'media/../../x', 'media\\..\\x', 'C:/x', '']) {
    cases.push({
      name: `extra file named ${JSON.stringify(evil)}`,
      entries: [...base, [evil, enc.encode('x')]],
    });
    if (media) {
      cases.push({
        name: `media renamed to ${JSON.stringify(evil)}`,
        entries: base.map(([n, d]) => [n === media[0] ? evil : n, d]),
      });
    }
  }
  for (const [n, d] of base.slice(0, 4)) cases.push({ name: `duplicate ${n}`, entries: [...base, [n, d]] });
  // Hostile JSON in manifest.json and case.json.
  for (const file of ['manifest.json', 'case.json']) {
    cases.push({
      name: `${file} not JSON`,
      entries: replaceText(base, file, (t) => t.slice(0, t.length / 2)),
    });
    cases.push({ name: `${file} deeply nested`, entries: replaceText(base, file, () => deepText(100_000)) });
    cases.push({
      name: `${file} with a deep field`,
      entries: replaceText(base, file, (t) => t.replace(/^\{/, `{"extra":${deepText(20_000)},`)),
    });
    cases.push({ name: `${file} is an array`, entries: editJson(base, file, (j) => [j]) });
    cases.push({ name: `${file} is a string`, entries: editJson(base, file, () => 'youju') });
    cases.push({
      name: `${file} with a 2 MB string`,
      entries: editJson(base, file, (j) => ({ ...j, notes: '催'.repeat(1_000_000) })),
    });
    cases.push({ name: `${file} missing`, entries: base.filter(([n]) => n !== file) });
  }
  // Wrong types in every top-level manifest field, and in the fields of its files and links.
  const manifest = JSON.parse(dec.decode(base.find(([n]) => n === 'manifest.json')?.[1])) as Record<
    string,
    unknown
  >;
  for (const key of Object.keys(manifest)) {
    for (let i = 0; i < 2; i++) {
      const value = pick(WRONG_VALUES);
      cases.push({
        name: `manifest.${key} = ${JSON.stringify(value)?.slice(0, 20)}`,
        entries: editJson(base, 'manifest.json', (m) => ({ ...m, [key]: value })),
      });
    }
  }
  for (const field of ['path', 'sha256', 'size']) {
    const value = pick(WRONG_VALUES);
    cases.push({
      name: `manifest.files[0].${field} = ${JSON.stringify(value)?.slice(0, 20)}`,
      entries: editJson(base, 'manifest.json', (m) => {
        const files = (m.files as Record<string, unknown>[]).map((f, i) =>
          i === 0 ? { ...f, [field]: value } : f,
        );
        return { ...m, files };
      }),
    });
  }
  for (const field of ['seq', 'kind', 'recordId', 'recordHash', 'prev', 'hash']) {
    const value = pick(WRONG_VALUES);
    cases.push({
      name: `manifest.chain.links[0].${field} = ${JSON.stringify(value)?.slice(0, 20)}`,
      entries: editJson(base, 'manifest.json', (m) => {
        const chain = m.chain as { links: Record<string, unknown>[]; head: string };
        const links = chain.links.map((l, i) => (i === 0 ? { ...l, [field]: value } : l));
        return { ...m, chain: { ...chain, links } };
      }),
    });
  }
  // Case files that the parser must reject: duplicate ids, wrong types, unknown kinds.
  const caseEdits: [string, (c: Record<string, unknown>) => unknown][] = [
    [
      'duplicate entry ids',
      (c) => ({ ...c, entries: [...(c.entries as unknown[]), (c.entries as unknown[])[0]] }),
    ],
    ['duplicate debt ids', (c) => ({ ...c, debts: [...(c.debts as unknown[]), (c.debts as unknown[])[0]] })],
    ['entries is an object', (c) => ({ ...c, entries: {} })],
    ['version 2', (c) => ({ ...c, version: 2 })],
    ['time zone not IANA', (c) => ({ ...c, timeZone: 'Mars/Olympus' })],
    [
      'entry kind unknown',
      (c) => ({ ...c, entries: [{ id: 'z', kind: 'fax', at: '2026-01-01T00:00:00Z' }] }),
    ],
    [
      'entry at without offset',
      (c) => ({ ...c, entries: [{ id: 'z', kind: 'call', at: '2026-01-01T00:00' }] }),
    ],
    [
      'a __proto__ key',
      (c) => JSON.parse(JSON.stringify(c).replace('"format"', '"__proto__":{"x":1},"format"')),
    ],
  ];
  for (const [name, edit] of caseEdits)
    cases.push({ name: `case.json: ${name}`, entries: editJson(base, 'case.json', edit) });
  return cases;
}

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

describe('youju verify on generated hostile packs', () => {
  it('finds the untouched base pack intact (so the cases below fail for their change alone)', async () => {
    const r = await youjuInProcess(['verify', path.join(dir, 'base.zip')]);
    expect(r.status).toBe(0);
  });

  it('gives every one of at least 100 broken packs a verdict naming a problem, without crashing', async () => {
    const cases = generate();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const failures: string[] = [];
    for (const [i, c] of cases.entries()) {
      const file = path.join(dir, `case-${i}.zip`);
      if (c.bytes) writeFileSync(file, c.bytes);
      else writeZip(file, c.entries ?? []);
      const r = await youjuInProcess(['verify', file]);
      const problem = (why: string) => failures.push(`#${i} ${c.name}: ${why}`);
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
  }, 120_000);
});
