// The case-file additions of 2026-12 (docs/case-file.md, "Additions of 2026-12"): every new field is accepted with
// good values, refused with a coded error on a bad one (and nothing is returned), and kept through serialize.
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { serializeCaseFile } from '../../../src/domain/case/serialize.ts';

const file = (debt: object, letter: object, tags?: readonly string[]) => ({
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'd1', creditor: 'c', kind: 'online-loan', ...debt }],
  entries: [
    {
      id: 'e1',
      debtId: 'd1',
      kind: 'letter',
      at: '2026-11-02T10:00:00+08:00',
      letter: { type: 'ruling', ...letter },
      ...(tags === undefined ? {} : { tags }),
    },
  ],
});

const errorsOf = (value: unknown) => {
  const r = parseCaseFile(value);
  return r.ok ? [] : r.errors.map(({ code, path }) => ({ code, path }));
};

describe('debt finalDueDate and paidOffOn', () => {
  it.each(['finalDueDate', 'paidOffOn'])('accepts a calendar day in %s', (key) => {
    expect(errorsOf(file({ [key]: '2027-02-28' }, {}))).toEqual([]);
  });
  it.each([
    ['finalDueDate', '2027-02-29', 'date'],
    ['finalDueDate', 20270228, 'expected-string'],
    ['paidOffOn', '2026-13-01', 'date'],
    ['paidOffOn', '2026-05-01T00:00:00Z', 'date'],
  ])('refuses %s = %j with %s', (key, value, code) => {
    const r = parseCaseFile(file({ [key]: value }, {}));
    expect(r.ok).toBe(false);
    expect(errorsOf(file({ [key]: value }, {}))).toEqual([{ code, path: `debts[0].${key}` }]);
  });
});

describe('letter type, rulingKind, procedure, statedDeadline, hearingOn', () => {
  it.each(['arbitration-award', 'mediation-notice'])('accepts the letter type %s', (type) => {
    expect(errorsOf(file({}, { type }))).toEqual([]);
  });
  it.each(['refusal', 'jurisdiction', 'dismissal', 'preservation', 'other'])('accepts rulingKind %s', (k) => {
    expect(errorsOf(file({}, { rulingKind: k }))).toEqual([]);
  });
  it.each(['ordinary', 'simple', 'small-claims'])('accepts procedure %s', (p) => {
    expect(errorsOf(file({}, { procedure: p }))).toEqual([]);
  });
  it.each([
    ['rulingKind', 'freeze', 'enum'],
    ['rulingKind', 1, 'expected-string'],
    ['procedure', 'summary', 'enum'],
    ['procedure', 'Small-Claims', 'enum'],
    ['statedDeadline', '2026-11-31', 'date'],
    ['statedDeadline', true, 'expected-string'],
    ['hearingOn', '20 Nov 2026', 'date'],
  ])('refuses %s = %j with %s', (key, value, code) => {
    expect(errorsOf(file({}, { [key]: value }))).toEqual([{ code, path: `entries[0].letter.${key}` }]);
  });
  it('refuses an unknown letter type with the allowed list naming the new ones', () => {
    const r = parseCaseFile(file({}, { type: 'award' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(String(r.errors[0]?.params?.allowed)).toContain('arbitration-award, mediation-notice');
  });
});

describe('conduct tags harassment, property-damage, false-consequence', () => {
  it('accepts and keeps them', () => {
    const r = parseCaseFile(file({}, {}, ['harassment', 'property-damage', 'false-consequence']));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.value.entries[0]?.tags).toEqual(['harassment', 'property-damage', 'false-consequence']);
  });
  it('still refuses a tag that is not in the list', () => {
    expect(errorsOf(file({}, {}, ['harassment', 'stalking']))).toEqual([
      { code: 'enum', path: 'entries[0].tags[1]' },
    ]);
  });
});

describe('round trip', () => {
  const full = file(
    { paidOffOn: '2026-05-01', finalDueDate: '2027-02-10', firstMissedDueDate: '2026-03-10' },
    {
      hearingOn: '2026-11-20',
      statedDeadline: '2026-11-09',
      procedure: 'small-claims',
      rulingKind: 'jurisdiction',
      receivedOn: '2026-11-02',
    },
    ['harassment', 'false-consequence'],
  );
  it('serializes the new fields in the documented order and parses back equal', () => {
    const r = parseCaseFile(full);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = serializeCaseFile(r.value);
    const again = parseCaseFile(text);
    expect(again.ok && again.value).toEqual(r.value);
    const order = (keys: string[]) => keys.map((k) => text.indexOf(`"${k}"`));
    const debtOrder = order(['firstMissedDueDate', 'finalDueDate', 'paidOffOn']);
    expect([...debtOrder].sort((a, b) => a - b)).toEqual(debtOrder);
    const letterOrder = order([
      'type',
      'receivedOn',
      'rulingKind',
      'procedure',
      'statedDeadline',
      'hearingOn',
    ]);
    expect([...letterOrder].sort((a, b) => a - b)).toEqual(letterOrder);
  });
  it('gives a file without the new fields exactly the old value', () => {
    const old = file({}, { receivedOn: '2026-11-02' });
    const r = parseCaseFile(old);
    expect(r.ok && r.value).toEqual(old);
  });
});
