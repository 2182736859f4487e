// Deadlines of the 2026-12 additions (docs/stages.md, "Deadlines"; legal-facts.md §15, §16 R56–R57, R76–R83, R106).
import { describe, expect, it } from 'vitest';
import type { Debt, Letter } from '../../../src/domain/case/types.ts';
import { isCitationId } from '../../../src/domain/citations/citations.ts';
import { computeDeadlines } from '../../../src/domain/deadlines/compute.ts';
import type { Deadline, DeadlineId, DeadlineSet } from '../../../src/domain/deadlines/types.ts';
import type { EntryInput } from '../rules/helpers.ts';
import { caseOf } from '../rules/helpers.ts';

const TODAY = '2026-11-25';

const debt = (extra: Partial<Debt> = {}): Debt => ({
  id: 'd1',
  creditor: '某银行',
  kind: 'bank-loan',
  ...extra,
});

const paper = (l: Letter, at = `${l.receivedOn ?? '2026-11-16'}T09:00:00+08:00`): EntryInput =>
  ({ kind: 'letter', at, letter: l }) as EntryInput;

function setOf(entries: readonly EntryInput[], d: Debt = debt(), today = TODAY): DeadlineSet {
  const [set] = computeDeadlines(caseOf(entries, { debts: [d] }), { today });
  if (set === undefined) throw new Error('no set');
  return set;
}

const allIds = (set: DeadlineSet): DeadlineId[] => set.deadlines.map((d) => d.id).sort();
/** The paper's own deadlines (a summons is also a demand that restarts limitation: tested below). */
const ids = (set: DeadlineSet): DeadlineId[] => allIds(set).filter((id) => id !== 'limitation');

const only = (set: DeadlineSet, id: DeadlineId): Deadline => {
  const found = set.deadlines.filter((d) => d.id === id);
  expect(found, id).toHaveLength(1);
  return found[0] as Deadline;
};

const ruling = (extra: Partial<Letter>) =>
  setOf([paper({ type: 'ruling', receivedOn: '2026-11-20', ...extra })]);

describe('rulings (R56, R57)', () => {
  it.each(['refusal', 'jurisdiction', 'dismissal'] as const)(
    'R56: a %s ruling gets a 10-day appeal only',
    (k) => {
      const set = ruling({ rulingKind: k });
      expect(ids(set)).toEqual(['appeal-ruling']);
      expect(only(set, 'appeal-ruling')).toMatchObject({
        due: '2026-11-30',
        period: { unit: 'days', count: 10 },
      });
      expect(only(set, 'appeal-ruling').citationIds).toEqual(
        expect.arrayContaining(['minsufa-2023-157', 'minsufa-2023-171', 'spc-minsufa-interp-276-277']),
      );
    },
  );

  it('R57: a preservation ruling gets a 5-day review, not a 10-day appeal', () => {
    const set = ruling({ rulingKind: 'preservation' });
    expect(ids(set)).toEqual(['review-ruling']);
    const review = only(set, 'review-ruling');
    expect(review).toMatchObject({ due: '2026-11-25', passed: false, counting: 'court-art-85' });
    expect(review.notes).toContain('review-once-freeze-stays');
    expect(review.citationIds).toEqual(
      expect.arrayContaining([
        'minsufa-2023-111',
        'spc-minsufa-interp-171',
        'spc-preservation-25',
        'minsufa-2023-85',
      ]),
    );
  });

  it('R57: review of a preservation ruling received 11-19 ended 11-24 (just outside), of one received 11-20 ends today', () => {
    expect(
      only(ruling({ rulingKind: 'preservation', receivedOn: '2026-11-19' }), 'review-ruling'),
    ).toMatchObject({
      due: '2026-11-24',
      passed: true,
    });
    expect(only(ruling({ rulingKind: 'preservation' }), 'review-ruling').passed).toBe(false);
  });

  it('R57 with the 2026 table: a review period ending on Saturday 11-21 ends on Monday 11-23', () => {
    const set = ruling({ rulingKind: 'preservation', receivedOn: '2026-11-16' });
    expect(only(set, 'review-ruling')).toMatchObject({
      due: '2026-11-23',
      movedFrom: '2026-11-21',
      holidayData: 'official',
    });
  });

  it('R56, R57: a ruling of unknown kind gets both candidates, each saying the kind is not known', () => {
    const set = ruling({});
    expect(ids(set)).toEqual(['appeal-ruling', 'review-ruling']);
    for (const d of set.deadlines) expect(d.notes).toContain('ruling-kind-unknown');
  });

  it('a ruling of kind "other" gets neither', () => {
    expect(ids(ruling({ rulingKind: 'other' }))).toEqual([]);
  });

  it.each(['jurisdiction', 'dismissal'] as const)(
    'R56: a small-claims %s ruling takes effect at once (no appeal)',
    (k) => {
      expect(ids(ruling({ rulingKind: k, procedure: 'small-claims' }))).toEqual([]);
      expect(ids(ruling({ rulingKind: k, procedure: 'simple' }))).toEqual(['appeal-ruling']);
    },
  );
});

describe('judgments (R77, R80)', () => {
  it('R77: a judgment gets a 15-day appeal unless it is small claims', () => {
    for (const procedure of [undefined, 'ordinary', 'simple'] as const) {
      const set = setOf([
        paper({ type: 'judgment', receivedOn: '2026-11-16', ...(procedure ? { procedure } : {}) }),
      ]);
      expect(ids(set)).toEqual(['appeal-judgment']);
      expect(only(set, 'appeal-judgment').due).toBe('2026-12-01');
    }
  });

  it('R80: a small-claims judgment gets a 6-month retrial, no appeal, and may have started earlier', () => {
    const set = setOf([paper({ type: 'judgment', receivedOn: '2026-11-16', procedure: 'small-claims' })]);
    expect(ids(set)).toEqual(['retrial-small-claims']);
    const r = only(set, 'retrial-small-claims');
    // 2027-05-16 is a Sunday in a year with no table: a borrower deadline is not moved.
    expect(r).toMatchObject({
      due: '2027-05-16',
      period: { unit: 'months', count: 6 },
      holidayData: 'weekends-only',
    });
    expect(r.notes).toEqual(
      expect.arrayContaining([
        'small-claims-no-appeal',
        'retrial-may-have-started-earlier',
        'rest-day-unshifted',
      ]),
    );
    expect(r.citationIds).toEqual(expect.arrayContaining(['spc-minsufa-interp-424', 'minsufa-2023-216']));
  });
});

describe('summonses (R76–R79)', () => {
  it('R76: an ordinary or unknown-procedure summons gets the 15-day answer and jurisdiction objection', () => {
    for (const procedure of [undefined, 'ordinary'] as const) {
      const set = setOf([paper({ type: 'court-summons', ...(procedure ? { procedure } : {}) })]);
      expect(ids(set)).toEqual(['answer', 'jurisdiction-objection']);
      expect(set.needsDate).not.toContain('stated');
    }
  });

  it.each(['simple', 'small-claims'] as const)(
    'R76, R78: a %s summons gets no 15-day answer; without a printed day it needs one',
    (procedure) => {
      const set = setOf([paper({ type: 'court-summons', procedure })]);
      expect(ids(set)).toEqual([]);
      expect(set.needsDate).toContain('stated');
      const withDay = setOf([paper({ type: 'court-summons', procedure, statedDeadline: '2026-11-21' })]);
      expect(withDay.needsDate).not.toContain('stated');
      const stated = only(withDay, 'stated');
      // Saturday 11-21, printed: kept exactly, never moved.
      expect(stated).toMatchObject({ due: '2026-11-21', counting: 'as-printed', startDay: '2026-11-16' });
      expect(stated.movedFrom).toBeUndefined();
      expect(stated.notes).toEqual(['as-printed', 'court-sets-periods']);
    },
  );

  it('R79: a hearing day is kept exactly; for small claims (or unknown) it says to object before it', () => {
    const small = setOf([
      paper({ type: 'court-summons', procedure: 'small-claims', hearingOn: '2026-12-05' }),
    ]);
    expect(only(small, 'hearing')).toMatchObject({ due: '2026-12-05', counting: 'as-printed' });
    expect(only(small, 'hearing').notes).toContain('small-claims-object-before-hearing');
    expect(only(small, 'hearing').citationIds).toEqual(['minsufa-2023-169', 'spc-minsufa-interp-278-279']);
    const unknown = setOf([paper({ type: 'court-summons', hearingOn: '2026-12-05' })]);
    expect(only(unknown, 'hearing').notes).toContain('small-claims-object-before-hearing');
    const ordinary = setOf([
      paper({ type: 'court-summons', procedure: 'ordinary', hearingOn: '2026-12-05' }),
    ]);
    expect(only(ordinary, 'hearing').notes).toEqual(['as-printed']);
  });

  it('§15: a summons received Friday 2027-02-19 must be answered by Saturday 2027-03-06 (no 2027 table), with the check note', () => {
    const set = setOf([paper({ type: 'court-summons', receivedOn: '2027-02-19' })], debt(), '2027-02-20');
    for (const id of ['answer', 'jurisdiction-objection'] as const) {
      const d = only(set, id);
      expect(d).toMatchObject({ due: '2027-03-06', holidayData: 'weekends-only' });
      expect(d.movedFrom).toBeUndefined();
      expect(d.notes).toContain('rest-day-unshifted');
    }
  });
});

describe('stated days on other letters', () => {
  it.each([
    'payment-order',
    'judgment',
    'enforcement-notice',
    'arbitration-award',
    'mediation-notice',
  ] as const)('a day printed on a %s is a stated deadline', (type) => {
    const set = setOf([paper({ type, statedDeadline: '2026-12-06' })]);
    expect(only(set, 'stated')).toMatchObject({ due: '2026-12-06', counting: 'as-printed' });
    expect(set.senderDates).toEqual([]);
  });

  it.each(['collection-notice', 'lawyer-letter', 'debt-sale-notice', 'other'] as const)(
    'a day printed on a %s is the sender’s date, not a deadline',
    (type) => {
      const set = setOf([paper({ type, statedDeadline: '2026-12-06' })]);
      expect(set.deadlines.map((d) => d.id)).not.toContain('stated');
      expect(set.senderDates).toEqual([{ day: '2026-12-06', from: 'e1' }]);
    },
  );
});

describe('arbitration awards (R106)', () => {
  it('R106: 3 months from receipt to set aside, also for an award received before 2026-03-01', () => {
    const set = setOf([paper({ type: 'arbitration-award', receivedOn: '2026-11-16' })]);
    const d = only(set, 'set-aside-award');
    // 2027-02-16 is a Tuesday (no table: not moved in any case).
    expect(d).toMatchObject({ due: '2027-02-16', period: { unit: 'months', count: 3 } });
    expect(d.citationIds).toEqual(expect.arrayContaining(['zhongcaifa-2025-72', 'minsufa-2023-85']));
    const old = setOf([paper({ type: 'arbitration-award', receivedOn: '2026-01-20' })]);
    expect(only(old, 'set-aside-award')).toMatchObject({ due: '2026-04-20', passed: true });
    expect(only(old, 'set-aside-award').notes).toContain('set-aside-three-months-to-be-safe');
  });

  it('a mediation notice alone starts no deadline', () => {
    expect(ids(setOf([paper({ type: 'mediation-notice' })]))).toEqual([]);
  });
});

describe('limitation with finalDueDate and paidOffOn (R81–R83)', () => {
  it('R81: finalDueDate after today is the start, and the period has not begun', () => {
    const set = setOf([], debt({ firstMissedDueDate: '2026-03-10', finalDueDate: '2027-02-10' }));
    const l = only(set, 'limitation');
    expect(l).toMatchObject({
      startDay: '2027-02-10',
      notBegun: true,
      passed: false,
      note: 'period-not-begun',
    });
    expect(l.notes).toContain('acceleration-may-start-earlier');
  });

  it('R81: finalDueDate on today has begun; a later logged demand wins over an earlier finalDueDate', () => {
    const onToday = only(setOf([], debt({ finalDueDate: TODAY })), 'limitation');
    expect(onToday.notBegun).toBeUndefined();
    const set = setOf(
      [{ kind: 'sms', at: '2026-06-01T10:00:00+08:00' }],
      debt({ finalDueDate: '2026-05-10' }),
    );
    const l = only(set, 'limitation');
    expect(l).toMatchObject({ startDay: '2026-06-01', from: 'e1' });
    expect(l.notes).toContain('acceleration-may-start-earlier');
  });

  it('R83: a passed limitation estimate says "may have expired", never expired as fact', () => {
    const l = only(setOf([], debt({ firstMissedDueDate: '2023-06-15' })), 'limitation');
    expect(l.passed).toBe(true);
    expect(l.note).toBe('may-have-expired');
    const running = only(setOf([], debt({ firstMissedDueDate: '2024-06-15' })), 'limitation');
    expect(running.notes).not.toContain('may-have-expired');
  });

  it('paidOffOn: no limitation deadline, and the negative record runs 5 years from that day', () => {
    const set = setOf([], debt({ firstMissedDueDate: '2026-01-05', paidOffOn: '2026-08-31' }));
    expect(allIds(set)).toEqual(['negative-record-end']);
    expect(set.needsDate).not.toContain('limitation');
    expect(set.needsDate).not.toContain('negative-record-end');
    expect(only(set, 'negative-record-end')).toMatchObject({ startDay: '2026-08-31', due: '2031-08-31' });
    expect(only(set, 'negative-record-end').notes).toContain('runs-from-paid-off');
  });

  it('§15: a creditor period ending on a 2027 Saturday still moves to Monday', () => {
    const l = only(setOf([], debt({ firstMissedDueDate: '2024-03-06' })), 'limitation');
    expect(l).toMatchObject({ due: '2027-03-08', movedFrom: '2027-03-06' });
    expect(l.notes).toContain('check-official-holidays');
    expect(l.notes).not.toContain('rest-day-unshifted');
  });
});

it('every citation of every generated deadline is a known id', () => {
  const set = setOf([
    paper({
      type: 'court-summons',
      procedure: 'small-claims',
      statedDeadline: '2026-11-30',
      hearingOn: '2026-12-05',
    }),
    paper({ type: 'ruling' }),
    paper({ type: 'judgment', procedure: 'small-claims' }),
    paper({ type: 'arbitration-award', statedDeadline: '2026-12-01' }),
    paper({ type: 'mediation-notice', statedDeadline: '2026-12-02' }),
  ]);
  expect(set.deadlines.length).toBeGreaterThanOrEqual(6);
  for (const d of set.deadlines) {
    expect(d.citationIds.length, d.id).toBeGreaterThan(0);
    for (const c of d.citationIds) expect(isCitationId(c), c).toBe(true);
  }
});
