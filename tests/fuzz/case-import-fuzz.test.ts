// @vitest-environment node
// Hostile and malformed case files through the same two steps the import screen takes — parseCaseFile, then
// importCaseFile in replace and merge mode into a profile that already holds a case (issue 8, fuzzing). Every
// input must end in parse errors (codes with paths) or in an import that either succeeds completely or is refused;
// a refusal or a thrown error must leave the database byte-identical. Generated from a fixed seed.
import { describe, expect, it } from 'vitest';
import { importCaseFile } from '../../src/data/repositories/case-repo.ts';
import { verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { CASE_ERROR_CODES } from '../../src/domain/case/errors.ts';
import { ENTRY_FIELDS, type CaseFile } from '../../src/domain/case/types.ts';
import { webCryptoHasher } from '../../src/platform/hasher.ts';
import { dumpDatabase, freshIdb, openTestDb } from '../data/db-helpers.ts';

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

const NOW = Date.parse('2026-11-25T00:00:00Z');

const BASE = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '张三', phones: ['13800000000'] },
  debts: [{ id: 'd1', creditor: '某银行信用卡中心', kind: 'credit-card', principal: 30000 }],
  entries: [
    {
      id: 'e1',
      debtId: 'd1',
      kind: 'call',
      at: '2026-11-02T22:31:00+08:00',
      answered: true,
      tags: ['threat'],
    },
    { id: 'e2', debtId: 'd1', kind: 'visit', at: '2026-11-03T10:00:00+08:00', visit: { collectors: 1 } },
  ],
};

const deepText = (depth: number): string => `${'['.repeat(depth)}0${']'.repeat(depth)}`;
const WRONG: readonly string[] = [
  'null',
  '0',
  '-1',
  '1e400',
  '""',
  'true',
  '[]',
  '{}',
  '"x"',
  '[[[]]]',
  '"__proto__"',
];

/** Each case is JSON text, as a file picked in the import screen would be read. */
function generate(): { name: string; text: string }[] {
  const r = rng(8);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
  const base = JSON.stringify(BASE);
  const cases: { name: string; text: string }[] = [];
  const withEntryField = (field: string, value: string) =>
    base.replace('"answered":true', `"answered":true,"${field}":${value}`);
  // Wrong types at every field of an entry, a debt and the top level.
  for (const field of ENTRY_FIELDS) {
    for (let i = 0; i < 3; i++) {
      const v = pick(WRONG);
      cases.push({ name: `entry.${field} = ${v}`, text: withEntryField(field, v) });
    }
  }
  for (const field of [
    'id',
    'creditor',
    'kind',
    'principal',
    'firstMissedDueDate',
    'agreements',
    'archived',
  ]) {
    for (let i = 0; i < 3; i++) {
      const v = pick(WRONG);
      cases.push({
        name: `debt.${field} = ${v}`,
        text: base.replace('"principal":30000', `"principal":30000,"${field}":${v}`),
      });
    }
  }
  for (const field of ['format', 'version', 'timeZone', 'borrower', 'debts', 'entries']) {
    for (let i = 0; i < 3; i++) {
      const v = pick(WRONG);
      cases.push({
        name: `top.${field} = ${v}`,
        text: JSON.stringify({ ...BASE, [field]: JSON.parse(v) as unknown }),
      });
    }
  }
  // Structure and size.
  cases.push({ name: 'empty text', text: '' });
  cases.push({ name: 'truncated', text: base.slice(0, base.length / 2) });
  cases.push({ name: 'nested 100,000 deep', text: deepText(100_000) });
  cases.push({
    name: 'unknown field nested 5,000 deep',
    text: base.replace('{"format"', `{"x":${deepText(5_000)},"format"`),
  });
  cases.push({
    name: 'entry note of 3 MB',
    text: withEntryField('notes', JSON.stringify('催'.repeat(1_000_000))),
  });
  cases.push({
    name: '__proto__ at the top',
    text: base.replace('{"format"', '{"__proto__":{"polluted":1},"format"'),
  });
  cases.push({ name: '__proto__ in an entry', text: withEntryField('__proto__', '{"id":"x"}') });
  cases.push({ name: 'duplicate entry ids', text: base.replace('"id":"e2"', '"id":"e1"') });
  cases.push({
    name: 'duplicate debt ids',
    text: base.replace(']', ',{"id":"d1","creditor":"x","kind":"other"}]'),
  });
  cases.push({
    name: 'entry for an unknown debt',
    text: base.replace('"debtId":"d1","kind":"visit"', '"debtId":"zz","kind":"visit"'),
  });
  cases.push({ name: 'ids with path characters', text: base.replace('"id":"e2"', '"id":"../../e2"') });
  cases.push({
    name: '10,000 entries with one bad one',
    text: JSON.stringify({
      ...BASE,
      entries: Array.from({ length: 10_000 }, (_, i) => ({
        id: `g${i}`,
        kind: 'note',
        at: i === 9_999 ? 'soon' : '2026-11-01T10:00:00Z',
      })),
    }),
  });
  cases.push({
    name: 'attachment with a bad hash',
    text: withEntryField('attachments', '[{"sha256":"zz"}]'),
  });
  cases.push({ name: 'a lone surrogate in a note', text: withEntryField('notes', '"\\ud800"') });
  cases.push({ name: 'BOM before the JSON', text: `\ufeff${base}` });
  return cases;
}

describe('import on generated hostile case files', () => {
  it('parses or refuses each of at least 100, and never leaves a half-written profile', async () => {
    const cases = generate();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const idb = freshIdb();
    const db = await openTestDb(idb);
    const seeded = parseCaseFile(BASE);
    if (!seeded.ok) throw new Error('base case invalid');
    await importCaseFile(db, seeded.value, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const problems: string[] = [];
    let imported = 0;
    for (const [i, c] of cases.entries()) {
      const label = `#${i} ${c.name}`;
      let parsed: ReturnType<typeof parseCaseFile>;
      try {
        parsed = parseCaseFile(c.text);
      } catch (e) {
        problems.push(`${label}: parser threw ${String(e)}`);
        continue;
      }
      if (!parsed.ok) {
        const bad = parsed.errors.filter((e) => !(CASE_ERROR_CODES as readonly string[]).includes(e.code));
        if (parsed.errors.length === 0 || bad.length > 0) problems.push(`${label}: malformed errors`);
        continue;
      }
      for (const mode of ['merge', 'replace'] as const) {
        const before = await dumpDatabase(idb);
        let outcome: 'ok' | 'refused' | 'threw';
        try {
          const result = await importCaseFile(db, parsed.value as CaseFile, {
            mode,
            now: NOW,
            hasher: webCryptoHasher,
          });
          outcome = result.ok ? 'ok' : 'refused';
        } catch {
          outcome = 'threw';
        }
        if (outcome === 'ok') {
          imported++;
          const chain = await verifyStoredChain(db, webCryptoHasher);
          if (!chain.ok) problems.push(`${label} (${mode}): chain broken after import`);
          // Back to the seeded profile for the next case.
          await importCaseFile(db, seeded.value, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
        } else if (JSON.stringify(await dumpDatabase(idb)) !== JSON.stringify(before)) {
          problems.push(`${label} (${mode}): ${outcome} but the database changed`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Some hostile files are valid case files (a 3 MB note, a deep unknown field): they must import whole.
    expect(imported).toBeGreaterThan(0);
    db.close();
  }, 240_000);
});
