// Generated hostile and broken case packs (fuzzing), shared by `youju verify`'s fuzz test
// (pack-fuzz.test.ts) and the e2e that restores a sample of them through My data (tests/e2e/import-fuzz.e2e.ts):
// truncated and corrupted zips, files whose bytes no longer match, path-traversal and duplicate names, huge
// strings, deep nesting and wrong types in manifest.json and case.json. No test-runner import, so Node (tsx) can
// load it too. Generated from a fixed seed, so a failure names a case that can be rerun.
import type { Entries } from '../domain/case-pack/pack-fixture.ts';
import { rng } from './rng.ts';

const enc = new TextEncoder();
const dec = new TextDecoder();

export interface FuzzPack {
  readonly name: string;
  /** Either raw bytes for the pack file, or zip entries to write. */
  readonly bytes?: Uint8Array;
  readonly entries?: Entries;
}

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

/** The hostile packs derived from one intact pack: its bytes and its zip entries. */
export function generateHostilePacks(packBytes: Uint8Array, base: Entries): FuzzPack[] {
  const cases: FuzzPack[] = [];
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
