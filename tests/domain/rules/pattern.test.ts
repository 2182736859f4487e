import { describe, expect, it } from 'vitest';
import { patternOf, PATTERN_LIMITS } from '../../../src/domain/rules/pattern.ts';
import { secondsOf } from '../../../src/domain/rules/local-time.ts';
import { call, caseOf, findingsOf, missed, withoutDebt } from './helpers.ts';

const patternFor = (c: ReturnType<typeof caseOf>, debtId: string | null = 'd1') =>
  patternOf(c, findingsOf(c), debtId);

describe('the pattern of contact for a debt', () => {
  it('takes the quiet hours and daily limits from the rules themselves', () => {
    expect(PATTERN_LIMITS).toEqual({
      quietStart: secondsOf('22:00'),
      quietEnd: secondsOf('08:00'),
      maxConnectedCallsPerDay: 3,
      maxUnansweredPerNumberPerDay: 6,
    });
  });

  it('puts contacts either side of local midnight on their own local days', () => {
    const c = caseOf([call('2026-11-02T23:59:59+08:00'), call('2026-11-03T00:00:00+08:00')]);
    const p = patternFor(c);
    expect(p.contacts.map((x) => [x.day, x.hour, x.weekday])).toEqual([
      ['2026-11-02', 23, 0],
      ['2026-11-03', 0, 1],
    ]);
    expect(p.days.map((d) => [d.day, d.contacts])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-03', 1],
    ]);
    expect(p.grid[0]?.[23]).toBe(1);
    expect(p.grid[1]?.[0]).toBe(1);
  });

  it('reads an `at` written in another offset by the case zone: 14:30Z is 22:30 Monday in Shanghai', () => {
    const c = caseOf([call('2026-11-02T14:30:00Z'), call('2026-11-02T09:00:00-05:00')]);
    const p = patternFor(c);
    // 09:00 in New York's offset is 22:00 in Shanghai: both contacts fall in the 22 o'clock cell of Monday.
    expect(p.contacts.map((x) => [x.day, x.secondOfDay])).toEqual([
      ['2026-11-02', secondsOf('22:00')],
      ['2026-11-02', secondsOf('22:30')],
    ]);
    expect(p.grid[0]?.[22]).toBe(2);
  });

  it('follows the zone of the case, not of the machine: the same instant in New York on a DST day', () => {
    const c = caseOf([call('2026-11-01T06:30:00Z'), call('2026-11-01T05:30:00Z')], {
      timeZone: 'America/New_York',
    });
    const p = patternFor(c);
    // 01:30 happens twice on 1 Nov 2026 in New York (EDT, then EST); the earlier instant comes first.
    expect(p.contacts.map((x) => [x.day, x.secondOfDay, x.weekday])).toEqual([
      ['2026-11-01', secondsOf('01:30'), 6],
      ['2026-11-01', secondsOf('01:30'), 6],
    ]);
  });

  it('marks the contacts a finding rests on, and only those', () => {
    const c = caseOf([call('2026-11-02T22:30:00+08:00'), call('2026-11-03T10:00:00+08:00')]);
    const p = patternFor(c);
    expect(p.contacts.map((x) => x.ruleIds)).toEqual([['quiet-hours'], []]);
    expect(p.violatingContacts).toBe(1);
    expect(p.violatingGrid[0]?.[22]).toBe(1);
    expect(p.days.map((d) => d.violating)).toEqual([1, 0]);
  });

  it('counts answered calls apart from other contacts, with empty days in between', () => {
    const c = caseOf([
      call('2026-11-02T10:00:00+08:00'),
      missed('2026-11-02T11:00:00+08:00'),
      { kind: 'sms', at: '2026-11-02T12:00:00+08:00' },
      call('2026-11-05T10:00:00+08:00'),
    ]);
    const p = patternFor(c);
    expect(p.days.map((d) => [d.day, d.contacts, d.answeredCalls])).toEqual([
      ['2026-11-02', 3, 1],
      ['2026-11-03', 0, 0],
      ['2026-11-04', 0, 0],
      ['2026-11-05', 1, 1],
    ]);
    expect(p.maxPerDay).toBe(3);
    expect(p.contacts.map((x) => x.answered)).toEqual([true, false, null, true]);
  });

  it('counts incoming texts and messages per day beside the calls, so a flood shows in the picture', () => {
    const texts = Array.from({ length: 12 }, (_, i) => ({
      kind: i % 2 === 0 ? ('sms' as const) : ('message' as const),
      at: `2026-11-02T${String(9 + Math.floor(i / 2)).padStart(2, '0')}:${i % 2 === 0 ? '00' : '30'}:00+08:00`,
    }));
    const c = caseOf([
      ...texts,
      call('2026-11-02T10:10:00+08:00'),
      { kind: 'sms', at: '2026-11-03T10:00:00+08:00', direction: 'outgoing' },
      { kind: 'visit', at: '2026-11-03T15:00:00+08:00' },
    ]);
    const p = patternFor(c);
    expect(p.days.map((d) => [d.day, d.contacts, d.answeredCalls, d.messages])).toEqual([
      ['2026-11-02', 13, 1, 12],
      ['2026-11-03', 1, 0, 0],
    ]);
  });

  it('leaves out outgoing entries, notes, letters and other debts; null gathers contacts without a debt', () => {
    const c = caseOf(
      [
        call('2026-11-02T10:00:00+08:00'),
        call('2026-11-02T11:00:00+08:00', { direction: 'outgoing' }),
        { kind: 'note', at: '2026-11-02T12:00:00+08:00' },
        { kind: 'letter', at: '2026-11-02T12:00:00+08:00' },
        call('2026-11-02T13:00:00+08:00', { debtId: 'd2' }),
        withoutDebt(call('2026-11-02T23:00:00+08:00')),
      ],
      {
        debts: [
          { id: 'd1', creditor: 'A', kind: 'credit-card' },
          { id: 'd2', creditor: 'B', kind: 'microloan' },
        ],
      },
    );
    expect(patternFor(c).contacts.map((x) => x.entryId)).toEqual(['e1']);
    expect(patternFor(c, 'd2').contacts.map((x) => x.entryId)).toEqual(['e5']);
    const loose = patternFor(c, null);
    expect(loose.contacts.map((x) => [x.entryId, x.ruleIds])).toEqual([['e6', ['quiet-hours']]]);
  });

  it('is empty for a debt with no contacts', () => {
    const p = patternFor(caseOf([]));
    expect(p.contacts).toEqual([]);
    expect(p.days).toEqual([]);
    expect(p.maxPerDay).toBe(0);
  });
});
