import { describe, expect, it } from 'vitest';
import { affordableMonthly } from '../../../src/domain/plan/budget.ts';
import { proposePlan, CREDIT_CARD_MAX_MONTHS } from '../../../src/domain/plan/proposal.ts';

describe('affordableMonthly', () => {
  it('leaves essentials and other debts first and rounds down to a whole yuan', () => {
    const r = affordableMonthly({
      monthlyIncome: 650_000,
      essentialSpending: 420_050,
      otherDebtPayments: 80_000,
    });
    expect(r).toEqual({ ok: true, surplus: 149_950, affordable: 149_900 });
  });

  it('nothing is affordable when the budget does not cover essentials', () => {
    const r = affordableMonthly({ monthlyIncome: 300_000, essentialSpending: 320_000, otherDebtPayments: 0 });
    expect(r).toEqual({ ok: true, surplus: -20_000, affordable: 0 });
  });

  it('names each bad field', () => {
    const r = affordableMonthly({ monthlyIncome: -1, essentialSpending: 1.5, otherDebtPayments: 0 });
    expect(r).toEqual({
      ok: false,
      problems: [
        { code: 'negative', field: 'monthlyIncome' },
        { code: 'not-a-whole-fen', field: 'essentialSpending' },
      ],
    });
  });
});

describe('proposePlan', () => {
  it('the fewest affordable months, equal yuan installments, last one takes the remainder', () => {
    const r = proposePlan({
      balance: 3_000_050,
      affordable: 150_000,
      firstDate: '2026-01-31',
      kind: 'online-loan',
    });
    if (!r.ok) throw new Error(r.code);
    const p = r.proposal;
    expect(p.months).toBe(21);
    expect(p.amount).toBe(142_900);
    expect(p.schedule).toHaveLength(21);
    expect(p.schedule.reduce((s, row) => s + row.amount, 0)).toBe(3_000_050);
    expect(p.schedule.at(-1)).toMatchObject({ index: 21, remaining: 0, amount: 3_000_050 - 20 * 142_900 });
    // Dates count from the first date: 31 Jan → 28 Feb → 31 Mar (民法典 Art. 202 month ends).
    expect(p.schedule.slice(0, 3).map((r) => r.date)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31']);
    expect(p.lastDate).toBe('2027-09-30');
    expect(p.notes).toEqual([]);
    expect(p.limit.basis).toBe('app');
  });

  it('credit cards: at most 60 months, citing 信用卡办法 Art. 70; over budget when 60 months still need more', () => {
    const r = proposePlan({
      balance: 12_000_000,
      affordable: 100_000,
      firstDate: '2026-12-10',
      kind: 'credit-card',
    });
    if (!r.ok) throw new Error(r.code);
    expect(r.proposal.months).toBe(CREDIT_CARD_MAX_MONTHS);
    expect(r.proposal.amount).toBe(200_000);
    expect(r.proposal.notes).toEqual(['capped-at-limit', 'over-budget']);
    expect(r.proposal.limit).toEqual({ months: 60, basis: 'rule', citationIds: ['xinyongka-70'] });
    expect(r.proposal.schedule.at(-1)?.date).toBe('2031-11-10');
  });

  it('a chosen number of months is kept within the limit', () => {
    expect(
      proposePlan({
        balance: 100_000,
        affordable: 0,
        firstDate: '2026-12-10',
        kind: 'credit-card',
        months: 61,
      }),
    ).toEqual({ ok: false, code: 'months-invalid' });
    const r = proposePlan({
      balance: 100_000,
      affordable: 0,
      firstDate: '2026-12-10',
      kind: 'credit-card',
      months: 3,
    });
    if (!r.ok) throw new Error(r.code);
    expect(r.proposal.schedule.map((row) => row.amount)).toEqual([33_400, 33_400, 33_200]);
    expect(r.proposal.notes).toEqual(['over-budget']);
  });

  it('refuses an empty budget or balance with a code', () => {
    expect(proposePlan({ balance: 100_000, affordable: 0, firstDate: '2026-12-10', kind: 'other' })).toEqual({
      ok: false,
      code: 'nothing-affordable',
    });
    expect(proposePlan({ balance: 0, affordable: 100, firstDate: '2026-12-10', kind: 'other' })).toEqual({
      ok: false,
      code: 'balance-invalid',
    });
  });
});
