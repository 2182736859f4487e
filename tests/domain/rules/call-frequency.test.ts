import { describe, expect, it } from 'vitest';
import { call, caseOf, expectNone, findingsOf, flagged, missed, withoutDebt } from './helpers.ts';
import type { EntryInput } from './helpers.ts';

const day = (hhmm: string) => `2026-11-03T${hhmm}:00+08:00`;

describe('connected-calls-per-day (GB/T 45251-2025: at most 3 effective calls per debtor per day)', () => {
  it('3 answered calls in one local day are within the limit', () => {
    expectNone([call(day('09:00')), call(day('11:00')), call(day('15:00'))], 'connected-calls-per-day');
  });

  it('a 4th answered call in one local day is flagged, listing all four calls of that day', () => {
    const c = caseOf([call(day('09:00')), call(day('11:00')), call(day('15:00')), call(day('18:00'))]);
    const [f] = findingsOf(c, 'connected-calls-per-day');
    expect(f).toMatchObject({
      entryIds: ['e1', 'e2', 'e3', 'e4'],
      debtId: 'd1',
      severity: 'industry',
      citationIds: ['gbt-45251-2025'],
      params: { maxConnectedCallsPerDay: 3, localDate: '2026-11-03', count: 4 },
    });
    expect(findingsOf(c, 'connected-calls-per-day')).toHaveLength(1);
  });

  it('entry ids are listed in file order even when the file is not in time order', () => {
    expect(
      flagged(
        [call(day('18:00')), call(day('09:00')), call(day('15:00')), call(day('11:00'))],
        'connected-calls-per-day',
      ),
    ).toEqual([['e1', 'e2', 'e3', 'e4']]);
  });

  it('the lender and its agency are counted together for one debt', () => {
    const agency = { collector: { side: 'agency', name: '某外包公司' } } as const;
    expect(
      flagged(
        [call(day('09:00')), call(day('10:00'), agency), call(day('11:00')), call(day('12:00'), agency)],
        'connected-calls-per-day',
      ),
    ).toEqual([['e1', 'e2', 'e3', 'e4']]);
  });

  it('unanswered and outgoing calls do not count as connected calls', () => {
    expectNone(
      [
        call(day('09:00')),
        call(day('10:00')),
        call(day('11:00')),
        missed(day('12:00')),
        call(day('13:00'), { direction: 'outgoing' }),
        { kind: 'sms', at: day('14:00') },
      ],
      'connected-calls-per-day',
    );
  });

  it('a call with no answered field is not counted as connected', () => {
    const unknown: EntryInput = { kind: 'call', at: day('12:00') };
    expectNone(
      [call(day('09:00')), call(day('10:00')), call(day('11:00')), unknown],
      'connected-calls-per-day',
    );
  });

  it('calls either side of local midnight count on their own local days', () => {
    const entries = [
      call('2026-11-02T22:00:00+08:00'),
      call('2026-11-02T23:59:59+08:00'),
      call('2026-11-03T00:00:00+08:00'),
      call('2026-11-03T00:30:00+08:00'),
    ];
    expectNone(entries, 'connected-calls-per-day');
    const c = caseOf([...entries, call('2026-11-03T08:30:00+08:00'), call('2026-11-03T09:00:00+08:00')]);
    expect(findingsOf(c, 'connected-calls-per-day').map((f) => [f.params.localDate, f.entryIds])).toEqual([
      ['2026-11-03', ['e3', 'e4', 'e5', 'e6']],
    ]);
  });

  it('the local day is the case zone’s, not the UTC date written in `at`', () => {
    // 16:30Z on 2 Nov is 00:30 on 3 Nov in Shanghai; all four calls fall on 3 Nov there.
    const entries = [
      call('2026-11-02T16:30:00Z'),
      call('2026-11-03T01:00:00Z'),
      call('2026-11-03T02:00:00Z'),
      call('2026-11-03T03:00:00Z'),
    ];
    const [f] = findingsOf(caseOf(entries), 'connected-calls-per-day');
    expect(f?.params.localDate).toBe('2026-11-03');
    // In New York all four fall on 2 Nov (11:30, 20:00, 21:00 and 22:00 EST).
    const ny = findingsOf(caseOf(entries, { timeZone: 'America/New_York' }), 'connected-calls-per-day');
    expect(ny.map((x) => x.params.localDate)).toEqual(['2026-11-02']);
    // In UTC the first call is on 2 Nov and the other three on 3 Nov: within the limit.
    expect(findingsOf(caseOf(entries, { timeZone: 'UTC' }), 'connected-calls-per-day')).toEqual([]);
  });

  it('calls for two different debts are counted per debt', () => {
    const debts = [
      { id: 'd1', creditor: 'A 银行', kind: 'credit-card' },
      { id: 'd2', creditor: 'B 消费金融', kind: 'consumer-finance' },
    ] as const;
    const entries = [
      call(day('09:00')),
      call(day('10:00')),
      call(day('11:00'), { debtId: 'd2' }),
      call(day('12:00'), { debtId: 'd2' }),
    ];
    expectNone(entries, 'connected-calls-per-day', { debts });
  });

  it('calls logged without a debt are grouped by collector name, an absent name forming one "unknown" group', () => {
    const a = { collector: { name: '甲公司' } };
    const entries = [
      withoutDebt(call(day('09:00'), a)),
      withoutDebt(call(day('10:00'), a)),
      withoutDebt(call(day('11:00'), a)),
      withoutDebt(call(day('12:00'), { collector: { name: '乙公司' } })),
      withoutDebt(call(day('13:00'), { collector: {} })),
      withoutDebt(call(day('14:00'), { collector: undefined })),
      withoutDebt(call(day('15:00'), { collector: { side: 'agency' } })),
      withoutDebt(call(day('16:00'), { collector: undefined })),
    ];
    const c = caseOf(entries);
    expect(findingsOf(c, 'connected-calls-per-day').map((f) => [f.debtId, f.entryIds])).toEqual([
      [null, ['e5', 'e6', 'e7', 'e8']],
    ]);
    expectNone(
      [...entries.slice(0, 3), withoutDebt(call(day('17:00'), { collector: { name: '乙公司' } }))],
      'connected-calls-per-day',
    );
  });
});

describe('unanswered-attempts-per-day (CBA 2026: at most 6 unanswered attempts a day to the same number)', () => {
  const A = '13700000000';
  const B = '13900000000';
  const tries = (n: number, toNumber?: string, startHour = 8): EntryInput[] =>
    Array.from({ length: n }, (_, i) =>
      missed(
        `2026-11-03T${String(startHour + i).padStart(2, '0')}:15:00+08:00`,
        toNumber === undefined ? {} : { toNumber },
      ),
    );

  it('6 unanswered calls to one number in a local day are within the limit', () => {
    expectNone(tries(6, A), 'unanswered-attempts-per-day');
  });

  it('a 7th unanswered call to the same number in one local day is flagged', () => {
    const [f, ...rest] = findingsOf(caseOf(tries(7, A)), 'unanswered-attempts-per-day');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      entryIds: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'],
      severity: 'industry',
      citationIds: ['cba-2026'],
      params: { maxUnansweredPerNumberPerDay: 6, localDate: '2026-11-03', toNumber: A, count: 7 },
    });
  });

  it('attempts are counted per number: 6 to one number and 6 to another are both within the limit', () => {
    expectNone([...tries(6, A), ...tries(6, B)], 'unanswered-attempts-per-day');
  });

  it('7 to one number and 1 to another flag only the first number', () => {
    const c = caseOf([...tries(7, A), ...tries(1, B, 20)]);
    expect(
      findingsOf(c, 'unanswered-attempts-per-day').map((f) => [f.params.toNumber, f.entryIds.length]),
    ).toEqual([[A, 7]]);
  });

  it('calls without toNumber count as one number, apart from every written number', () => {
    const [f] = findingsOf(caseOf(tries(7)), 'unanswered-attempts-per-day');
    expect(f?.params.toNumber).toBeNull();
    expectNone([...tries(6), ...tries(1, A, 20)], 'unanswered-attempts-per-day');
  });

  it('answered, outgoing and answer-unknown calls are not unanswered attempts', () => {
    expectNone(
      [
        ...tries(6, A),
        call('2026-11-03T20:00:00+08:00', { toNumber: A }),
        missed('2026-11-03T21:00:00+08:00', { toNumber: A, direction: 'outgoing' }),
        { kind: 'call', at: '2026-11-03T21:30:00+08:00', toNumber: A },
      ],
      'unanswered-attempts-per-day',
    );
  });

  it('attempts either side of local midnight are counted on their own days', () => {
    const late = Array.from({ length: 4 }, (_, i) => missed(`2026-11-02T23:5${i}:00+08:00`, { toNumber: A }));
    const early = Array.from({ length: 4 }, (_, i) =>
      missed(`2026-11-03T00:0${i}:00+08:00`, { toNumber: A }),
    );
    expectNone([...late, ...early], 'unanswered-attempts-per-day');
  });
});
