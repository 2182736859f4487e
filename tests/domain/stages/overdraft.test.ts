import { describe, expect, it } from 'vitest';
import type { Debt } from '../../../src/domain/case/types.ts';
import { inferStage } from '../../../src/domain/stages/infer-stage.ts';
import {
  MALICIOUS_OVERDRAFT_MIN_PRINCIPAL,
  OBSOLETE_OVERDRAFT_MIN_PRINCIPAL,
  creditCardPrincipalTotal,
} from '../../../src/domain/stages/overdraft.ts';
import { debtOf, TODAY, TZ } from './helpers.ts';

const card = (id: string, principal?: number, extra: Partial<Debt> = {}): Debt => ({
  id,
  creditor: `银行${id}`,
  kind: 'credit-card',
  ...(principal === undefined ? {} : { principal }),
  ...extra,
});

describe('恶意透支 amount (2018 decision new Arts. 8–9; sheet §16 R61–R63)', () => {
  it('R62: "relatively large" starts at ¥50,000 since 2018-12-01; ¥10,000 is the obsolete figure', () => {
    expect(MALICIOUS_OVERDRAFT_MIN_PRINCIPAL).toBe(50_000);
    expect(OBSOLETE_OVERDRAFT_MIN_PRINCIPAL).toBe(10_000);
  });

  it('R63: adds up the principal recorded across the active credit cards, since amounts may be added together', () => {
    const debts: Debt[] = [
      card('a', 30_000),
      card('b', 25_000),
      card('c'),
      card('old', 90_000, { archived: true }),
      { id: 'loan', creditor: '某网贷', kind: 'online-loan', principal: 80_000 },
    ];
    expect(creditCardPrincipalTotal(debts)).toEqual({ total: 55_000, counted: 2, withoutPrincipal: 1 });
  });

  it('R63: with no credit card recorded the total is zero and nothing is counted', () => {
    expect(creditCardPrincipalTotal([debtOf('microloan', { principal: 60_000 })])).toEqual({
      total: 0,
      counted: 0,
      withoutPrincipal: 0,
    });
  });

  it('R61: a card whose recorded principal alone is ¥49,999.99 is marked "this card alone below", never cleared', () => {
    const r = inferStage(
      debtOf('credit-card', { firstMissedDueDate: '2026-11-01', principal: 49_999.99 }),
      [],
      TODAY,
      TZ,
    );
    expect(r.risks).toContain('malicious-overdraft-below-threshold');
    expect(r.risks).not.toContain('malicious-overdraft');
  });

  it('R61: a card at exactly ¥50,000 gets the full 恶意透支 test', () => {
    const r = inferStage(
      debtOf('credit-card', { firstMissedDueDate: '2026-11-01', principal: 50_000 }),
      [],
      TODAY,
      TZ,
    );
    expect(r.risks).toContain('malicious-overdraft');
  });
});
