// limitationWarning(): the 3-year period (民法典 188) estimated as deadlines/ does, restarted by logged demands and
// payments (民法典 195; SPC 诉讼时效 Arts. 8, 14) — 'none', 'near' (within LIMITATION_NEAR_DAYS), 'past', 'unknown'.
import { describe, expect, it } from 'vitest';
import type { Debt, Entry } from '../../../src/domain/case/types.ts';
import { LIMITATION_NEAR_DAYS, limitationWarning } from '../../../src/domain/letters/limitation.ts';

const TZ = 'Asia/Shanghai';
const debt = (extra: Partial<Debt> = {}): Debt => ({
  id: 'd',
  creditor: 'X',
  kind: 'consumer-finance',
  ...extra,
});
const at = (day: string): string => `${day}T10:00:00+08:00`;

describe('limitationWarning', () => {
  it('a debt first missed four years ago, with nothing since, is past', () => {
    const w = limitationWarning(debt({ firstMissedDueDate: '2022-03-15' }), [], '2026-11-25', TZ);
    expect(w.level).toBe('past');
    expect(w.basis.reason).toBe('estimate');
    expect(w.basis.startDay).toBe('2022-03-15');
    expect(w.basis.due).toBe('2025-03-17'); // 2025-03-15 is a Saturday (民法典 203)
    expect(w.basis.citationIds).toEqual(expect.arrayContaining(['minfadian-188', 'minfadian-195']));
  });

  it('a debt recorded as paid off counts no period and says why, rather than blaming a court decision', () => {
    const w = limitationWarning(
      debt({ firstMissedDueDate: '2022-03-15', paidOffOn: '2026-10-01' }),
      [],
      '2026-11-25',
      TZ,
    );
    expect(w.level).toBe('unknown');
    expect(w.basis).toMatchObject({ reason: 'paid-off', paidOffOn: '2026-10-01' });
  });

  it('a payment restarts the period (民法典 195(2))', () => {
    const paid: Entry = { id: 'p', debtId: 'd', kind: 'payment', at: at('2025-01-10') };
    const w = limitationWarning(debt({ firstMissedDueDate: '2022-03-15' }), [paid], '2026-11-25', TZ);
    expect(w.level).toBe('none');
    expect(w.basis.fromEntryId).toBe('p');
    expect(w.basis.startDay).toBe('2025-01-10');
  });

  it('an answered collection call restarts it; an unanswered one does not', () => {
    const missed: Entry = { id: 'm', debtId: 'd', kind: 'call', at: at('2025-01-10'), answered: false };
    const answered: Entry = { ...missed, id: 'a', answered: true };
    const d = debt({ firstMissedDueDate: '2022-03-15' });
    expect(limitationWarning(d, [missed], '2026-11-25', TZ).level).toBe('past');
    expect(limitationWarning(d, [answered], '2026-11-25', TZ).level).toBe('none');
  });

  it('near: the estimated end is within the window; just outside it is none', () => {
    const d = debt({ firstMissedDueDate: '2024-01-10' }); // ends 2027-01-11 (2027-01-10 is a Sunday)
    const inside = limitationWarning(d, [], '2026-11-25', TZ);
    expect(inside.level).toBe('near');
    expect(inside.basis.daysLeft).toBeLessThanOrEqual(LIMITATION_NEAR_DAYS);
    const due = inside.basis.due ?? '';
    expect(limitationWarning(d, [], due, TZ).level).toBe('near');
    // The window's far edge: exactly LIMITATION_NEAR_DAYS before the end is near, one day earlier is none.
    const ms = Date.parse(`${due}T00:00:00Z`);
    const dayBefore = (n: number) => new Date(ms - n * 86_400_000).toISOString().slice(0, 10);
    expect(limitationWarning(d, [], dayBefore(LIMITATION_NEAR_DAYS), TZ).level).toBe('near');
    expect(limitationWarning(d, [], dayBefore(LIMITATION_NEAR_DAYS + 1), TZ).level).toBe('none');
  });

  it('the day after the end is past', () => {
    const d = debt({ firstMissedDueDate: '2022-03-15' });
    expect(limitationWarning(d, [], '2025-03-17', TZ).level).toBe('near');
    expect(limitationWarning(d, [], '2025-03-18', TZ).level).toBe('past');
  });

  it('unknown without any day to count from, and once a court has decided', () => {
    expect(limitationWarning(debt(), [], '2026-11-25', TZ)).toMatchObject({
      level: 'unknown',
      basis: { reason: 'no-start' },
    });
    const judgment: Entry = {
      id: 'j',
      debtId: 'd',
      kind: 'letter',
      at: at('2026-01-05'),
      letter: { type: 'judgment', receivedOn: '2026-01-05' },
    };
    expect(
      limitationWarning(debt({ firstMissedDueDate: '2022-03-15' }), [judgment], '2026-11-25', TZ),
    ).toMatchObject({ level: 'unknown', basis: { reason: 'court-decided' } });
  });
});
