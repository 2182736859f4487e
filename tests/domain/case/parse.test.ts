import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { CASE_ERROR_CODES } from '../../../src/domain/case/errors.ts';
import { invalidFixtures, validFixtures } from './fixtures.ts';

const codesAndPaths = (r: ReturnType<typeof parseCaseFile>) =>
  r.ok ? [] : r.errors.map(({ code, path }) => ({ code, path }));

describe('valid fixtures', () => {
  const fixtures = validFixtures();
  it('has the minimal, full, unknown-fields and both shared examples', () => {
    const names = fixtures.map((f) => f.name);
    for (const n of [
      'minimal.json',
      'full.json',
      'unknown-fields.json',
      'credit-card-harassment.json',
      'online-loan-visit.json',
    ]) {
      expect(names).toContain(n);
    }
  });
  it.each(fixtures.map((f) => [f.name, f] as const))('%s parses', (_name, f) => {
    const r = parseCaseFile(f.text);
    expect(codesAndPaths(r)).toEqual([]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toEqual(JSON.parse(f.text));
  });
});

describe('invalid fixtures', () => {
  const fixtures = invalidFixtures();
  it('has at least 24 broken files with different errors', () => {
    // Some files share an error on purpose (a JSON array and null are both "not an object"); the distinct count
    // is what must stay high.
    const distinct = new Set(fixtures.map((f) => JSON.stringify(f.expected)));
    expect(distinct.size).toBeGreaterThanOrEqual(24);
  });
  it.each(fixtures.map((f) => [f.name, f] as const))('%s gives exactly the expected errors', (_name, f) => {
    const r = parseCaseFile(f.text);
    expect(r.ok).toBe(false);
    expect(codesAndPaths(r)).toEqual(f.expected);
  });
  it('uses only known codes in the expectations', () => {
    for (const f of fixtures) {
      for (const e of f.expected) expect(CASE_ERROR_CODES).toContain(e.code);
    }
  });
});

const minimal = () => ({
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'd1', creditor: 'c', kind: 'other' }],
  entries: [{ id: 'e1', debtId: 'd1', kind: 'note', at: '2026-01-01T00:00:00Z' }],
});

describe('parseCaseFile on values', () => {
  it('accepts a parsed object and returns a copy the caller cannot change', () => {
    const input = minimal();
    const r = parseCaseFile(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual(input);
    expect(r.value).not.toBe(input);
    const [debt] = input.debts;
    if (debt) debt.creditor = 'changed';
    expect(r.value.debts[0]?.creditor).toBe('c');
  });

  it('treats undefined fields as absent, as JSON does', () => {
    const input = { ...minimal(), borrower: { name: undefined, phones: ['1'] } };
    const r = parseCaseFile(input);
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.keys(r.value.borrower ?? {})).toEqual(['phones']);
  });

  it('refuses values that are not JSON data, naming where they are', () => {
    const withDate = { ...minimal(), exportedAt: new Date(0) };
    expect(codesAndPaths(parseCaseFile(withDate))).toEqual([{ code: 'not-json-value', path: 'exportedAt' }]);
    const withNaN = { ...minimal(), debts: [{ id: 'd1', creditor: 'c', kind: 'other', principal: NaN }] };
    expect(codesAndPaths(parseCaseFile(withNaN))).toEqual([
      { code: 'not-finite', path: 'debts[0].principal' },
    ]);
    expect(codesAndPaths(parseCaseFile({ ...minimal(), f: () => 1 }))).toEqual([
      { code: 'not-json-value', path: 'f' },
    ]);
  });

  it('stops at a cycle instead of looping', () => {
    const input: Record<string, unknown> = minimal();
    input.self = input;
    const r = parseCaseFile(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]?.code).toBe('too-deep');
  });

  it('reports a throwing getter as unreadable instead of throwing', () => {
    const input = Object.defineProperty(minimal(), 'boom', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    expect(codesAndPaths(parseCaseFile(input))).toEqual([{ code: 'unreadable', path: '$' }]);
  });

  it('ignores a UTF-8 byte-order mark', () => {
    expect(parseCaseFile('\uFEFF' + JSON.stringify(minimal())).ok).toBe(true);
  });

  it('treats whitespace-only text as empty and a JSON string as not an object', () => {
    expect(codesAndPaths(parseCaseFile(' \n\t'))).toEqual([{ code: 'empty', path: '$' }]);
    expect(codesAndPaths(parseCaseFile('"youju.case"'))).toEqual([{ code: 'not-object', path: '$' }]);
    expect(codesAndPaths(parseCaseFile(42))).toEqual([{ code: 'not-object', path: '$' }]);
    expect(codesAndPaths(parseCaseFile(undefined))).toEqual([{ code: 'not-object', path: '$' }]);
  });

  it('does not report the rest of a file whose format or version is wrong', () => {
    const r = parseCaseFile({ format: 'other', version: 3, debts: 'x' });
    expect(codesAndPaths(r)).toEqual([
      { code: 'format', path: 'format' },
      { code: 'version', path: 'version' },
    ]);
    expect(r.ok ? null : r.errors[1]?.params).toEqual({ value: '3', supported: 1 });
  });

  it('does not judge debtId when the debts list is unusable', () => {
    const r = parseCaseFile({ ...minimal(), debts: null });
    expect(codesAndPaths(r)).toEqual([{ code: 'expected-array', path: 'debts' }]);
  });

  it('names the first use of a duplicate id', () => {
    const input = minimal();
    input.entries.push({ id: 'e1', debtId: 'd1', kind: 'note', at: '2026-01-01T00:00:00Z' });
    const r = parseCaseFile(input);
    expect(r.ok ? null : r.errors).toEqual([
      { code: 'duplicate-id', path: 'entries[1].id', params: { id: 'e1', first: 'entries[0].id' } },
    ]);
  });

  it('caps the error list and says so', () => {
    const entries = Array.from({ length: 500 }, (_, i) => ({
      id: `e${i}`,
      kind: 'x',
      at: '2026-01-01T00:00:00Z',
    }));
    const r = parseCaseFile({ ...minimal(), entries });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(201);
    expect(r.errors.at(-1)).toEqual({ code: 'too-many-errors', path: '$', params: { max: 200 } });
  });

  it('quotes keys that are not identifiers in paths', () => {
    const r = parseCaseFile({ ...minimal(), 'a b': { c: Infinity } });
    expect(codesAndPaths(r)).toEqual([{ code: 'not-finite', path: '["a b"].c' }]);
  });

  it('keeps "__proto__" as data and never touches Object.prototype', () => {
    const text = JSON.stringify(minimal()).replace(/}$/, ',"__proto__":{"polluted":true}}');
    const r = parseCaseFile(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.prototype.hasOwnProperty.call(r.value, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads kind-specific fields on other kinds as allowed but still checks their shape', () => {
    const ok = {
      ...minimal(),
      entries: [{ id: 'e1', kind: 'sms', at: '2026-01-01T00:00:00Z', answered: false }],
    };
    expect(parseCaseFile(ok).ok).toBe(true);
    const bad = {
      ...minimal(),
      entries: [{ id: 'e1', kind: 'sms', at: '2026-01-01T00:00:00Z', visit: 'x' }],
    };
    expect(codesAndPaths(parseCaseFile(bad))).toEqual([
      { code: 'expected-object', path: 'entries[0].visit' },
    ]);
  });
});
