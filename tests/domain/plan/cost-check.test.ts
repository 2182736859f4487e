import { describe, expect, it } from 'vitest';
import { checkCost } from '../../../src/domain/plan/cost-check.ts';
import { lprOn, LPR_ONE_YEAR } from '../../../src/domain/plan/lpr.ts';
import { addMonths } from '../../../src/domain/calendar/days.ts';
import { isCitationId } from '../../../src/domain/citations/citations.ts';

const twelveOf = (start: string, each: number) =>
  Array.from({ length: 12 }, (_, i) => ({ date: addMonths(start, i + 1), amount: each }));

describe('LPR as dated data (legal-facts.md §7(g) only)', () => {
  it('holds only the 3.0 % from 2025-05-20, as of 2026-08', () => {
    expect(LPR_ONE_YEAR).toHaveLength(1);
    expect(LPR_ONE_YEAR[0]).toMatchObject({ oneYearBp: 300, since: '2025-05-20', asOf: '2026-08' });
  });

  it('has no value before 2025-05-20 and marks days after its as-of month', () => {
    expect(lprOn('2025-05-19').found).toBe(false);
    expect(lprOn('2026-08-31')).toMatchObject({ found: true, afterAsOf: false });
    expect(lprOn('2026-09-01')).toMatchObject({ found: true, afterAsOf: true });
  });
});

describe('checkCost', () => {
  it('砍头息: the rate is on the 8,000 received, not the 10,000 written (民法典 Art. 670)', () => {
    const r = checkCost({
      nominalPrincipal: 1_000_000,
      received: 800_000,
      receivedOn: '2026-01-15',
      payments: twelveOf('2026-01-15', 100_000),
    });
    if (!r.ok) throw new Error(r.code);
    const { check } = r;
    expect(check.withheld).toBe(200_000);
    if (!check.rate.ok || check.rateOnNominal === null || !check.rateOnNominal.ok) throw new Error('no rate');
    // Same independent Python figures as irr.test.ts.
    expect(Math.abs(check.rate.nominalMonthly * 100 - 82.79665111132263)).toBeLessThan(0.01);
    expect(Math.abs(check.rateOnNominal.nominalMonthly * 100 - 35.22962898944763)).toBeLessThan(0.01);
    expect(check.benchmarks).toEqual([
      { id: 'court-24', limitBp: 2400, above: true, citationIds: ['fafa-2017-22-2'] },
      expect.objectContaining({
        id: 'lpr-4x',
        limitBp: 1200,
        above: true,
        citationIds: ['spc-private-lending-25'],
      }),
    ]);
    expect(check.citationIds).toEqual(['pboc-2021-3', 'minfadian-670', 'spc-private-lending-26']);
    for (const id of [...check.citationIds, ...check.benchmarks.flatMap((b) => b.citationIds)]) {
      expect(isCitationId(id)).toBe(true);
    }
  });

  it('just under and just over 24 % (nominal ×12 figure)', () => {
    // 12 equal payments on 10,000: 943 a month → 23.56 %, 947 → 24.39 % (nominal ×12), checked by the same Python script.
    const at = (each: number) => {
      const r = checkCost({
        received: 1_000_000,
        receivedOn: '2026-01-15',
        payments: twelveOf('2026-01-15', each),
      });
      if (!r.ok) throw new Error(r.code);
      return r.check.benchmarks[0];
    };
    expect(at(94_300)?.above).toBe(false);
    expect(at(94_700)?.above).toBe(true);
  });

  it('a contract before 2025-05-20 gets no 4×LPR figure: the sheet has none for that day', () => {
    const r = checkCost({
      received: 1_000_000,
      receivedOn: '2025-03-01',
      payments: [{ date: '2026-03-01', amount: 1_100_000 }],
    });
    if (!r.ok) throw new Error(r.code);
    expect(r.check.benchmarks[1]).toMatchObject({
      id: 'lpr-4x',
      limitBp: null,
      above: null,
      lpr: { found: false },
    });
  });

  it('refuses impossible loans with a code', () => {
    const base = {
      received: 100_000,
      receivedOn: '2026-01-01',
      payments: [{ date: '2026-02-01', amount: 110_000 }],
    };
    expect(checkCost({ ...base, received: 0 })).toEqual({ ok: false, code: 'received-invalid' });
    expect(checkCost({ ...base, nominalPrincipal: 50_000 })).toEqual({ ok: false, code: 'nominal-invalid' });
    expect(checkCost({ ...base, payments: [] })).toEqual({ ok: false, code: 'no-payments' });
    expect(checkCost({ ...base, payments: [{ date: '2025-12-01', amount: 1 }] })).toEqual({
      ok: false,
      code: 'payment-invalid',
    });
  });
});
