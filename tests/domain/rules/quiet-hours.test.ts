import { afterEach, describe, expect, it } from 'vitest';
import { call, caseOf, expectNone, findingsOf, flagged, withoutDebt } from './helpers.ts';

describe('quiet-hours (GB/T 45251-2025; CBA 2026: no collection 22:00–08:00 without consent)', () => {
  it('a call at 22:30 without consent is flagged under quiet-hours', () => {
    const [f] = findingsOf(caseOf([call('2026-11-02T22:30:00+08:00')]), 'quiet-hours');
    expect(f).toMatchObject({
      ruleId: 'quiet-hours',
      debtId: 'd1',
      entryIds: ['e1'],
      severity: 'industry',
      citationIds: ['gbt-45251-2025', 'cba-2026'],
      params: { quietStart: '22:00', quietEnd: '08:00', localDate: '2026-11-02', localTime: '22:30:00' },
    });
    expect(f?.trace.map((t) => t.condition)).toEqual([
      'collection-contact',
      'local-time-in-quiet-hours',
      'no-consent-to-time',
    ]);
  });

  it('a call at 21:59:59 is not in quiet hours', () => {
    expectNone([call('2026-11-02T21:59:59+08:00')], 'quiet-hours');
  });

  it('a call at exactly 22:00:00 is in quiet hours', () => {
    expect(flagged([call('2026-11-02T22:00:00+08:00')], 'quiet-hours')).toEqual([['e1']]);
  });

  it('a call at 07:59:59 is still in quiet hours', () => {
    expect(flagged([call('2026-11-03T07:59:59+08:00')], 'quiet-hours')).toEqual([['e1']]);
  });

  it('a call at exactly 08:00:00 is not in quiet hours', () => {
    expectNone([call('2026-11-03T08:00:00+08:00')], 'quiet-hours');
  });

  it('a call at local midnight is in quiet hours', () => {
    expect(flagged([call('2026-11-03T00:00:00+08:00')], 'quiet-hours')).toEqual([['e1']]);
  });

  it('a call at 22:30 the borrower agreed to is not flagged; consentToTime false is flagged', () => {
    expectNone([call('2026-11-02T22:30:00+08:00', { consentToTime: true })], 'quiet-hours');
    expect(flagged([call('2026-11-02T22:30:00+08:00', { consentToTime: false })], 'quiet-hours')).toEqual([
      ['e1'],
    ]);
  });

  it('every kind of collection contact counts: call, sms, message, visit and third-party contact', () => {
    const at = '2026-11-02T23:00:00+08:00';
    const entries = [
      call(at),
      { kind: 'sms', at },
      { kind: 'message', at },
      { kind: 'visit', at, visit: { collectors: 2, idShown: true } },
      { kind: 'third-party-contact', at, thirdParty: { relation: 'friend' } },
    ] as const;
    expect(flagged([...entries], 'quiet-hours')).toEqual([['e1'], ['e2'], ['e3'], ['e4'], ['e5']]);
  });

  it('outgoing calls, letters, payments and notes at 23:00 are not collection contacts', () => {
    const at = '2026-11-02T23:00:00+08:00';
    expectNone(
      [
        call(at, { direction: 'outgoing' }),
        { kind: 'sms', at, direction: 'outgoing' },
        { kind: 'letter', at, letter: { type: 'lawyer-letter' } },
        { kind: 'payment', at },
        { kind: 'note', at, notes: '晚上十一点记下' },
      ],
      'quiet-hours',
    );
  });

  it('2026-11-02T14:30:00Z is 22:30 in the case zone Asia/Shanghai and is flagged', () => {
    const [f] = findingsOf(caseOf([call('2026-11-02T14:30:00Z')]), 'quiet-hours');
    expect(f?.params).toMatchObject({ localDate: '2026-11-02', localTime: '22:30:00' });
  });

  it('an offset that differs from the case zone is converted: 23:30+09:00 is 22:30 in Shanghai', () => {
    expect(flagged([call('2026-11-02T23:30:00+09:00')], 'quiet-hours')).toEqual([['e1']]);
    expectNone([call('2026-11-02T22:30:00+09:00')], 'quiet-hours');
  });

  it('in a case kept in America/New_York, 09:30+08:00 (20:30 the day before in New York) is not flagged', () => {
    expectNone([call('2026-11-03T09:30:00+08:00')], 'quiet-hours', { timeZone: 'America/New_York' });
  });

  it('in a case kept in America/New_York, 12:30+08:00 (23:30 the day before in New York) is flagged', () => {
    const c = caseOf([call('2026-11-03T12:30:00+08:00')], { timeZone: 'America/New_York' });
    const [f] = findingsOf(c, 'quiet-hours');
    expect(f?.params).toMatchObject({ localDate: '2026-11-02', localTime: '23:30:00' });
  });

  it('New York daylight time is applied: 22:00 EDT in October is 02:00Z', () => {
    const c = caseOf([call('2026-10-15T02:00:00Z'), call('2026-10-15T01:59:59Z')], {
      timeZone: 'America/New_York',
    });
    expect(findingsOf(c, 'quiet-hours').map((f) => f.entryIds)).toEqual([['e1']]);
  });

  describe('whatever zone the machine runs in', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    it('the result is the same under TZ=America/Los_Angeles and TZ=UTC', () => {
      const entries = [call('2026-11-02T14:30:00Z'), call('2026-11-02T13:59:59Z')];
      process.env.TZ = 'America/Los_Angeles';
      const a = flagged(entries, 'quiet-hours');
      process.env.TZ = 'UTC';
      const b = flagged(entries, 'quiet-hours');
      expect(a).toEqual([['e1']]);
      expect(b).toEqual(a);
    });
  });

  it('a caller-given zone replaces the case zone: 14:30Z is 09:30 in New York, not quiet hours', () => {
    const c = caseOf([call('2026-11-02T14:30:00Z')]);
    expect(findingsOf(c, 'quiet-hours')).toHaveLength(1);
    expect(findingsOf(c, 'quiet-hours', 'America/New_York')).toEqual([]);
  });

  it('a zone Intl does not know is refused rather than guessed', () => {
    expect(() => findingsOf(caseOf([call('2026-11-02T14:30:00Z')]), 'quiet-hours', 'Mars/Olympus')).toThrow(
      RangeError,
    );
  });

  it('a contact logged without a debt is flagged with debtId null', () => {
    const [f] = findingsOf(caseOf([withoutDebt(call('2026-11-02T22:30:00+08:00'))]), 'quiet-hours');
    expect(f?.debtId).toBeNull();
  });

  it('a private lender is not bound by the standard: the trace says so', () => {
    const c = caseOf([call('2026-11-02T22:30:00+08:00')], {
      debts: [{ id: 'd1', creditor: '王某', kind: 'private-loan' }],
    });
    const [f] = findingsOf(c, 'quiet-hours');
    expect(f?.trace.at(-1)).toEqual({
      condition: 'source-may-not-bind-this-lender',
      entryIds: [],
      values: { debtKind: 'private-loan' },
    });
  });
});
