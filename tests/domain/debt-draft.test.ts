import { describe, expect, it } from 'vitest';
import {
  CREDITOR_MAX_LENGTH,
  daysOverdue,
  debtFromDraft,
  draftFromDebt,
  emptyDebtDraft,
  parseDay,
  parsePrincipal,
  type DebtDraft,
} from '../../src/domain/case/debt-draft.ts';
import type { Debt } from '../../src/domain/case/types.ts';

const TODAY = '2026-11-20';
const draft = (over: Partial<DebtDraft> = {}): DebtDraft => ({
  ...emptyDebtDraft(),
  creditor: '某银行信用卡中心',
  kind: 'credit-card',
  ...over,
});
const read = (d: DebtDraft, base?: Debt) =>
  debtFromDraft(d, { id: 'd-1', today: TODAY, ...(base ? { base } : {}) });
const errorsOf = (d: DebtDraft) => {
  const r = read(d);
  return r.ok ? [] : r.errors;
};

describe('debtFromDraft', () => {
  it('builds a debt with only the fields that were filled, trimmed', () => {
    expect(read(draft({ creditor: '  某银行  ' }))).toEqual({
      ok: true,
      value: { id: 'd-1', creditor: '某银行', kind: 'credit-card' },
    });
    expect(
      read(draft({ principal: '30000', firstMissedDueDate: '2026-06-15', lastPaymentDate: '2026-05-15' })),
    ).toEqual({
      ok: true,
      value: {
        id: 'd-1',
        creditor: '某银行信用卡中心',
        kind: 'credit-card',
        principal: 30000,
        firstMissedDueDate: '2026-06-15',
        lastPaymentDate: '2026-05-15',
      },
    });
  });

  it('requires a creditor and a kind, and reports every problem at once in form order', () => {
    expect(errorsOf({ ...emptyDebtDraft(), principal: 'abc', firstMissedDueDate: '2026-13-01' })).toEqual([
      { field: 'creditor', code: 'required' },
      { field: 'kind', code: 'required' },
      { field: 'principal', code: 'not-a-number' },
      { field: 'firstMissedDueDate', code: 'invalid-date' },
    ]);
    expect(errorsOf(draft({ creditor: '   ' }))).toEqual([{ field: 'creditor', code: 'required' }]);
  });

  it('limits the creditor name by characters, not UTF-16 units', () => {
    expect(errorsOf(draft({ creditor: '银'.repeat(CREDITOR_MAX_LENGTH) }))).toEqual([]);
    expect(errorsOf(draft({ creditor: '𠀀'.repeat(CREDITOR_MAX_LENGTH) }))).toEqual([]);
    expect(errorsOf(draft({ creditor: '银'.repeat(CREDITOR_MAX_LENGTH + 1) }))).toEqual([
      { field: 'creditor', code: 'too-long', params: { max: CREDITOR_MAX_LENGTH } },
    ]);
  });

  it('refuses a kind outside the case-file list', () => {
    expect(errorsOf(draft({ kind: 'mortgage' }))).toEqual([{ field: 'kind', code: 'unknown-kind' }]);
  });

  it('refuses dates in the future (today in the case zone is the last allowed day)', () => {
    expect(errorsOf(draft({ firstMissedDueDate: TODAY, lastPaymentDate: TODAY }))).toEqual([]);
    expect(errorsOf(draft({ firstMissedDueDate: '2026-11-21', lastPaymentDate: '2027-01-01' }))).toEqual([
      { field: 'firstMissedDueDate', code: 'future-date' },
      { field: 'lastPaymentDate', code: 'future-date' },
    ]);
  });

  it('allows a payment after the first missed due date (partial payments after default are real)', () => {
    expect(errorsOf(draft({ firstMissedDueDate: '2026-06-15', lastPaymentDate: '2026-08-01' }))).toEqual([]);
  });

  it('keeps fields the form does not show when editing, and drops cleared ones', () => {
    const base: Debt = {
      id: 'd-1',
      creditor: '旧',
      kind: 'credit-card',
      principal: 5,
      lastPaymentDate: '2026-01-01',
      outsourcingNoticeOn: '2026-09-01',
      agreements: [{ kind: 'installment', months: 36 }],
    };
    const edited = read({ ...draftFromDebt(base), creditor: '新', principal: '', lastPaymentDate: '' }, base);
    expect(edited).toEqual({
      ok: true,
      value: {
        id: 'd-1',
        creditor: '新',
        kind: 'credit-card',
        outsourcingNoticeOn: '2026-09-01',
        agreements: [{ kind: 'installment', months: 36 }],
      },
    });
  });

  it('R81: takes a last-installment due date after today, but no payoff day after today', () => {
    const r = read(draft({ finalDueDate: '2027-02-10', paidOffOn: TODAY }));
    expect(r.ok && r.value).toMatchObject({ finalDueDate: '2027-02-10', paidOffOn: TODAY });
    expect(errorsOf(draft({ finalDueDate: '2027/2/30', paidOffOn: '2026-11-21' }))).toEqual([
      { field: 'finalDueDate', code: 'invalid-date' },
      { field: 'paidOffOn', code: 'future-date' },
    ]);
  });

  it('drops a cleared finalDueDate or paidOffOn when editing', () => {
    const base: Debt = {
      id: 'd-1',
      creditor: 'X',
      kind: 'microloan',
      finalDueDate: '2027-02-10',
      paidOffOn: '2026-01-01',
    };
    const r = read({ ...draftFromDebt(base), finalDueDate: '', paidOffOn: '' }, base);
    expect(r.ok && r.value).toEqual({ id: 'd-1', creditor: 'X', kind: 'microloan' });
  });

  it('round-trips a debt through the draft', () => {
    const debt: Debt = {
      id: 'd-1',
      creditor: 'X',
      kind: 'microloan',
      principal: 1234.5,
      firstMissedDueDate: '2026-02-28',
      finalDueDate: '2027-08-28',
      paidOffOn: '2026-10-01',
    };
    expect(read(draftFromDebt(debt))).toEqual({ ok: true, value: debt });
  });
});

describe('parsePrincipal', () => {
  it.each([
    ['30000', 30000],
    ['30,000', 30000],
    ['３００００', 30000],
    ['¥30000.50', 30000.5],
    ['30000元', 30000],
    ['3万', 30000],
    ['1.2345万', 12345],
    ['1.23456万', 12345.6],
    ['1.234567万', 12345.67],
    ['0', 0],
    ['12.10', 12.1],
  ])('reads %s as %d', (text, value) => expect(parsePrincipal(text)).toEqual({ ok: true, value }));

  it.each([
    ['abc', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['-5', 'negative'],
    ['1.234', 'too-many-decimals'],
    ['1.2345678万', 'too-many-decimals'],
    ['1000000001', 'too-large'],
  ])('refuses %s with %s', (text, code) => expect(parsePrincipal(text)).toEqual({ ok: false, code }));
});

describe('parseDay', () => {
  it.each([
    ['2026-06-15', '2026-06-15'],
    ['2026/6/5', '2026-06-05'],
    ['2026.06.15', '2026-06-15'],
    ['2026年6月15日', '2026-06-15'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %s', (text, value) => expect(parseDay(text)).toEqual({ ok: true, value }));

  it.each(['2026-02-29', '2026-13-01', '15/06/2026', 'yesterday', '0026-06-15'])('refuses %s', (text) =>
    expect(parseDay(text)).toEqual({ ok: false, code: 'invalid-date' }),
  );
});

describe('daysOverdue', () => {
  it('counts whole calendar days, across months and leap days', () => {
    expect(daysOverdue('2026-11-20', '2026-11-20')).toBe(0);
    expect(daysOverdue('2026-11-19', '2026-11-20')).toBe(1);
    expect(daysOverdue('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysOverdue('2026-06-15', '2026-11-20')).toBe(158);
    expect(daysOverdue('2026-11-21', '2026-11-20')).toBe(-1);
  });
});
