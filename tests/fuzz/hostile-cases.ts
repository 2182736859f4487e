// Generated hostile and malformed case files (fuzzing), shared by the data-layer fuzz test
// (case-import-fuzz.test.ts) and the e2e that feeds a sample of them through the real import screen
// (tests/e2e/import-fuzz.e2e.ts). Plain TypeScript with no test-runner import, so Node (tsx) can load it too.
// Generated from a fixed seed: a failure names a case that can be rerun.
import { ENTRY_FIELDS } from '../../src/domain/case/types.ts';
import { rng } from './rng.ts';

export const NOW = Date.parse('2026-11-25T00:00:00Z');

/** The valid case every hostile file is derived from; tests seed a profile with it. */
export const BASE = {
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
export function generateHostileCases(): { name: string; text: string }[] {
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
