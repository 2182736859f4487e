import { describe, expect, it } from 'vitest';
import type { Debt } from '../../../src/domain/case/types.ts';
import { isCitationId } from '../../../src/domain/citations/citations.ts';
import { computeDeadlines, nearestDeadline } from '../../../src/domain/deadlines/compute.ts';
import type { Deadline, DeadlineId, UserDates } from '../../../src/domain/deadlines/types.ts';
import type { EntryInput } from '../rules/helpers.ts';
import { caseOf } from '../rules/helpers.ts';
import { letter } from '../stages/helpers.ts';

const TODAY = '2026-11-25';

const debt = (extra: Partial<Debt> = {}): Debt => ({
  id: 'd1',
  creditor: '某银行',
  kind: 'bank-loan',
  ...extra,
});

function setOf(entries: readonly EntryInput[], d: Debt = debt(), extra?: UserDates, timeZone?: string) {
  const c = caseOf(entries, { debts: [d], ...(timeZone === undefined ? {} : { timeZone }) });
  const [set] = computeDeadlines(c, { today: TODAY, ...(extra === undefined ? {} : { extra }) });
  if (set === undefined) throw new Error('no set');
  return set;
}

const only = (deadlines: readonly Deadline[], id: DeadlineId): Deadline => {
  const found = deadlines.filter((d) => d.id === id);
  expect(found, id).toHaveLength(1);
  return found[0] as Deadline;
};

describe('court deadlines from papers received (民事诉讼法 2023; counted per Art. 85)', () => {
  it('a summons received 11-10 must be answered by 11-25, and a jurisdiction objection raised by then', () => {
    const set = setOf([letter('court-summons', '2026-11-10T09:00:00+08:00', '2026-11-10')]);
    expect(only(set.deadlines, 'answer')).toMatchObject({
      due: '2026-11-25',
      startDay: '2026-11-10',
      from: 'e1',
      counting: 'court-art-85',
      holidayData: 'official',
      estimate: false,
      passed: false,
    });
    expect(only(set.deadlines, 'answer').citationIds).toEqual(
      expect.arrayContaining(['minsufa-2023-128', 'minsufa-2023-85']),
    );
    const objection = only(set.deadlines, 'jurisdiction-objection');
    expect(objection.due).toBe('2026-11-25');
    expect(objection.note).toBe('within-answer-period');
    expect(objection.citationIds).toContain('minsufa-2023-130');
  });

  it('a letter logged at 2026-11-09T23:30:00Z is received on 11-10 in Shanghai', () => {
    const set = setOf([letter('payment-order', '2026-11-09T23:30:00Z')]);
    expect(only(set.deadlines, 'payment-order-objection')).toMatchObject({
      startDay: '2026-11-10',
      due: '2026-11-25',
      note: 'object-in-writing',
      citationIds: ['minsufa-2023-227', 'minsufa-2023-85'],
    });
    const london = setOf(
      [letter('payment-order', '2026-11-09T23:30:00Z')],
      debt(),
      undefined,
      'Europe/London',
    );
    expect(only(london.deadlines, 'payment-order-objection')).toMatchObject({
      startDay: '2026-11-09',
      due: '2026-11-24',
    });
  });

  it('receivedOn wins over the day the letter was logged', () => {
    const set = setOf([letter('judgment', '2026-11-20T09:00:00+08:00', '2026-11-16')]);
    expect(only(set.deadlines, 'appeal-judgment')).toMatchObject({
      startDay: '2026-11-16',
      due: '2026-12-01',
    });
  });

  it('a ruling gives 10 days to appeal; a judgment 15', () => {
    const set = setOf([
      letter('ruling', '2026-11-16T09:00:00+08:00'),
      letter('judgment', '2026-11-16T09:00:00+08:00'),
    ]);
    expect(only(set.deadlines, 'appeal-ruling').due).toBe('2026-11-26');
    expect(only(set.deadlines, 'appeal-judgment').due).toBe('2026-12-01');
  });

  it('a payment-order objection period ending in the National Day holiday ends on 10-08', () => {
    const set = setOf([letter('payment-order', '2026-09-17T09:00:00+08:00')]);
    expect(only(set.deadlines, 'payment-order-objection')).toMatchObject({
      due: '2026-10-08',
      movedFrom: '2026-10-02',
      passed: true,
    });
  });

  it('an answer period ending on the make-up Saturday 2026-10-10 ends that Saturday', () => {
    const set = setOf([letter('court-summons', '2026-09-25T09:00:00+08:00')]);
    expect(only(set.deadlines, 'answer')).toMatchObject({ due: '2026-10-10' });
    expect(only(set.deadlines, 'answer').movedFrom).toBeUndefined();
  });

  it('§15: a borrower period ending on a 2027 Saturday (no holiday table) stays on that Saturday, with the check note', () => {
    const set = setOf([letter('court-summons', '2026-12-18T09:00:00+08:00')]);
    // today is 11-25 and the letter is dated later: it still yields its deadline (the stage ignores it).
    const answer = only(set.deadlines, 'answer');
    expect(answer).toMatchObject({ due: '2027-01-02', holidayData: 'weekends-only' });
    expect(answer.movedFrom).toBeUndefined();
    expect(answer.notes).toContain('rest-day-unshifted');
    expect(answer.notes).not.toContain('check-official-holidays');
  });

  it('outgoing letters start no deadline', () => {
    const set = setOf([{ ...letter('payment-order', '2026-11-20T09:00:00+08:00'), direction: 'outgoing' }]);
    expect(set.deadlines.map((d) => d.id)).not.toContain('payment-order-objection');
  });
});

describe('limitation period (民法典 188–195; SPC 诉讼时效 Arts. 8, 14) — always an estimate', () => {
  it('runs 3 years from the first missed due date when nothing later is logged', () => {
    const set = setOf([], debt({ firstMissedDueDate: '2026-06-15' }));
    const l = only(set.deadlines, 'limitation');
    expect(l).toMatchObject({
      startDay: '2026-06-15',
      due: '2029-06-15',
      counting: 'civil-201-203',
      estimate: true,
      holidayData: 'weekends-only',
    });
    expect(l.from).toBeUndefined();
    expect(l.notes).toEqual(
      expect.arrayContaining([
        'installment-runs-from-last-due',
        'acknowledging-restarts',
        'check-official-holidays',
      ]),
    );
    expect(l.note).toBe('installment-runs-from-last-due');
    expect(l.citationIds).toEqual(
      expect.arrayContaining([
        'minfadian-188',
        'minfadian-189',
        'minfadian-195',
        'spc-limitation-14',
        'minfadian-201-203',
      ]),
    );
  });

  it('restarts from a later payment, an answered demand call, an SMS or a demand letter', () => {
    const base = debt({ firstMissedDueDate: '2026-03-10', lastPaymentDate: '2026-04-01' });
    expect(only(setOf([], base).deadlines, 'limitation').startDay).toBe('2026-04-01');
    const set = setOf(
      [
        { kind: 'sms', at: '2026-06-01T10:00:00+08:00' },
        { kind: 'call', at: '2026-07-01T10:00:00+08:00', answered: true },
        { kind: 'payment', at: '2026-08-01T10:00:00+08:00', direction: 'outgoing' },
        letter('collection-notice', '2026-09-01T10:00:00+08:00', '2026-09-03'),
      ],
      base,
    );
    expect(only(set.deadlines, 'limitation')).toMatchObject({
      startDay: '2026-09-03',
      from: 'e4',
      due: '2029-09-03',
    });
  });

  it('an unanswered call, a third-party contact and a note do not restart it', () => {
    const set = setOf(
      [
        { kind: 'call', at: '2026-07-01T10:00:00+08:00', answered: false },
        { kind: 'third-party-contact', at: '2026-07-02T10:00:00+08:00', thirdParty: { relation: 'friend' } },
        { kind: 'note', at: '2026-07-03T10:00:00+08:00' },
        letter('credit-report-notice', '2026-07-04T10:00:00+08:00'),
      ],
      debt({ firstMissedDueDate: '2026-03-10' }),
    );
    expect(only(set.deadlines, 'limitation').startDay).toBe('2026-03-10');
  });

  it("the borrower's own letter admitting the debt restarts it; an ordinary outgoing letter does not (195(2))", () => {
    const d = debt({ firstMissedDueDate: '2026-03-10' });
    const sent = (acknowledgesDebt?: boolean) =>
      only(
        setOf(
          [
            {
              kind: 'letter',
              at: '2026-10-20T10:00:00+08:00',
              direction: 'outgoing',
              letter: { type: 'other' },
              ...(acknowledgesDebt === undefined ? {} : { acknowledgesDebt }),
            },
          ],
          d,
        ).deadlines,
        'limitation',
      ).startDay;
    expect(sent(true)).toBe('2026-10-20');
    expect(sent()).toBe('2026-03-10');
    expect(sent(false)).toBe('2026-03-10');
  });

  it('a signed installment agreement restarts it (SPC Art. 14)', () => {
    const d = debt({
      firstMissedDueDate: '2026-03-10',
      agreements: [{ kind: 'installment', signedOn: '2026-10-10' }],
    });
    expect(only(setOf([], d).deadlines, 'limitation').startDay).toBe('2026-10-10');
  });

  it('from 2028-02-29 it ends on 2031-02-28 (no Feb 29 in 2031)', () => {
    const set = setOf([], debt({ firstMissedDueDate: '2026-01-05', lastPaymentDate: '2028-02-29' }));
    // lastPaymentDate is after today, so it is not used; the 2026 date is.
    expect(only(set.deadlines, 'limitation').startDay).toBe('2026-01-05');
    const leap = computeDeadlines(caseOf([], { debts: [debt({ firstMissedDueDate: '2028-02-29' })] }), {
      today: '2028-03-01',
    });
    expect(leap[0]?.deadlines.find((d) => d.id === 'limitation')?.due).toBe('2031-02-28');
  });

  it('a credit-card debt also cites the bank-card rule on interruption', () => {
    const set = setOf([], debt({ kind: 'credit-card', firstMissedDueDate: '2026-06-15' }));
    expect(only(set.deadlines, 'limitation').citationIds).toContain('spc-bankcard-3');
  });

  it('needs a date when no due date, payment or demand is known', () => {
    const set = setOf([]);
    expect(set.deadlines.map((d) => d.id)).not.toContain('limitation');
    expect(set.needsDate).toContain('limitation');
  });

  it('is not computed once a judgment is logged; the enforcement period then needs its start day', () => {
    const set = setOf(
      [letter('judgment', '2026-11-16T09:00:00+08:00')],
      debt({ firstMissedDueDate: '2026-01-05' }),
    );
    expect(set.deadlines.map((d) => d.id)).not.toContain('limitation');
    expect(set.needsDate).toContain('enforcement-application');
  });
});

describe('deadlines that need a day the user enters', () => {
  it('enforcement application: 2 years from the entered day, never guessed', () => {
    const set = setOf([letter('judgment', '2026-11-16T09:00:00+08:00')], debt(), {
      d1: { enforcementStartOn: '2026-12-31' },
    });
    const e = only(set.deadlines, 'enforcement-application');
    expect(e).toMatchObject({ startDay: '2026-12-31', counting: 'court-art-85', estimate: true });
    // 2028-12-31 is a Sunday in a year without a stored table → the next Monday.
    expect(e).toMatchObject({ due: '2029-01-01', movedFrom: '2028-12-31' });
  });

  it('negative record: kept until 5 years after the debt ended, without a rest-day move', () => {
    const set = setOf([], debt({ firstMissedDueDate: '2026-01-05' }), { d1: { debtEndedOn: '2026-03-31' } });
    expect(only(set.deadlines, 'negative-record-end')).toMatchObject({
      due: '2031-03-31',
      counting: 'calendar',
      citationIds: ['zhengxin-16'],
      note: 'record-kept-until',
    });
    expect(set.needsDate).not.toContain('negative-record-end');
    const missing = setOf([], debt({ firstMissedDueDate: '2026-01-05' }));
    expect(missing.needsDate).toContain('negative-record-end');
  });

  it('credit objection reply 20 days, PBOC complaint reply 30 days, marked as estimates', () => {
    const set = setOf([], debt(), { d1: { creditObjectionOn: '2026-11-02', pbocComplaintOn: '2026-11-02' } });
    expect(only(set.deadlines, 'credit-objection-reply')).toMatchObject({
      due: '2026-11-23',
      movedFrom: '2026-11-22',
      estimate: true,
      note: 'counting-rule-assumed',
    });
    expect(only(set.deadlines, 'pboc-complaint-reply')).toMatchObject({
      due: '2026-12-02',
      citationIds: ['zhengxin-26', 'minfadian-201-203'],
    });
  });
});

describe('sets and the nearest deadline', () => {
  it('sorts each debt’s deadlines by due day and cites only known sources', () => {
    const set = setOf(
      [
        letter('court-summons', '2026-11-20T09:00:00+08:00'),
        letter('payment-order', '2026-11-12T09:00:00+08:00'),
      ],
      debt({ firstMissedDueDate: '2026-05-01' }),
      { d1: { debtEndedOn: '2026-11-01' } },
    );
    const dues = set.deadlines.map((d) => d.due);
    expect(dues).toEqual([...dues].sort());
    for (const d of set.deadlines) for (const id of d.citationIds) expect(isCitationId(id), id).toBe(true);
  });

  it('the nearest deadline is the first one not yet passed, across debts', () => {
    const c = caseOf(
      [
        letter('payment-order', '2026-09-17T09:00:00+08:00'),
        { ...letter('court-summons', '2026-11-20T09:00:00+08:00'), debtId: 'd2' },
      ],
      { debts: [debt(), debt({ id: 'd2' })] },
    );
    const sets = computeDeadlines(c, { today: TODAY });
    expect(sets.map((s) => s.debtId)).toEqual(['d1', 'd2']);
    expect(nearestDeadline(sets)).toMatchObject({ id: 'answer', debtId: 'd2', due: '2026-12-07' });
    expect(nearestDeadline([])).toBeUndefined();
  });
});
