import { describe, expect, it } from 'vitest';
import { call, caseOf, expectNone, findingsOf, flagged, missed } from './helpers.ts';
import type { EntryInput } from './helpers.ts';

const relative = (at: string, extra: Partial<EntryInput> = {}): EntryInput => ({
  kind: 'third-party-contact',
  at,
  collector: { side: 'agency', name: '某催收公司' },
  thirdParty: { relation: 'relative', disclosedDebt: false },
  ...extra,
});

const RULE = 'third-party-while-reachable';

describe('third-party-while-reachable (CBA 2026: third parties only after 3 failed calls, from the next day)', () => {
  it('a third party contacted before any call to the borrower is flagged (the log starts reachable)', () => {
    const [f] = findingsOf(caseOf([relative('2026-11-02T09:30:00+08:00')]), RULE);
    expect(f).toMatchObject({ entryIds: ['e1'], debtId: 'd1', params: { failedCalls: 0 } });
    expect(f?.trace.find((t) => t.condition === 'last-reachable-moment-before-contact')?.entryIds).toEqual(
      [],
    );
  });

  it('3 unanswered calls on the previous local day make the borrower unreachable: not flagged', () => {
    expectNone(
      [
        missed('2026-11-01T10:00:00+08:00'),
        missed('2026-11-01T13:00:00+08:00'),
        missed('2026-11-01T17:00:00+08:00'),
        relative('2026-11-02T09:30:00+08:00'),
      ],
      RULE,
    );
  });

  it('only 2 unanswered calls before the contact: flagged', () => {
    expect(
      flagged(
        [
          missed('2026-11-01T10:00:00+08:00'),
          missed('2026-11-01T13:00:00+08:00'),
          relative('2026-11-02T09:30:00+08:00'),
        ],
        RULE,
      ),
    ).toEqual([['e3']]);
  });

  it('the third failed call on the same local day as the contact: flagged (only from the next day)', () => {
    const c = caseOf([
      missed('2026-11-01T10:00:00+08:00'),
      missed('2026-11-01T13:00:00+08:00'),
      missed('2026-11-02T08:30:00+08:00'),
      relative('2026-11-02T09:30:00+08:00'),
    ]);
    const [f] = findingsOf(c, RULE);
    expect(f?.entryIds).toEqual(['e4']);
    expect(f?.trace.find((t) => t.condition === 'third-failed-call-not-before-contact-day')).toEqual({
      condition: 'third-failed-call-not-before-contact-day',
      entryIds: ['e3'],
      values: { localDate: '2026-11-02', contactDate: '2026-11-02' },
    });
  });

  it('the third failed call at 23:59:59 the local day before: not flagged; at 00:00:00 that day: flagged', () => {
    const before = [missed('2026-11-01T10:00:00+08:00'), missed('2026-11-01T13:00:00+08:00')];
    expectNone([...before, missed('2026-11-01T15:59:59Z'), relative('2026-11-02T09:30:00+08:00')], RULE);
    expect(
      flagged([...before, missed('2026-11-01T16:00:00Z'), relative('2026-11-02T09:30:00+08:00')], RULE),
    ).toEqual([['e4']]);
  });

  it('an answered call after the failed calls shows the borrower reachable again: flagged', () => {
    const c = caseOf([
      missed('2026-11-01T10:00:00+08:00'),
      missed('2026-11-01T13:00:00+08:00'),
      missed('2026-11-01T17:00:00+08:00'),
      call('2026-11-02T10:00:00+08:00'),
      relative('2026-11-03T09:30:00+08:00'),
    ]);
    const [f] = findingsOf(c, RULE);
    expect(f?.entryIds).toEqual(['e5']);
    expect(f?.trace.find((t) => t.condition === 'last-reachable-moment-before-contact')?.entryIds).toEqual([
      'e4',
    ]);
  });

  it('an outgoing message from the borrower or a visit also counts as reachable', () => {
    const failed = [
      missed('2026-11-01T10:00:00+08:00'),
      missed('2026-11-01T13:00:00+08:00'),
      missed('2026-11-01T17:00:00+08:00'),
    ];
    expect(
      flagged(
        [
          ...failed,
          { kind: 'sms', at: '2026-11-01T20:00:00+08:00', direction: 'outgoing' },
          relative('2026-11-02T09:30:00+08:00'),
        ],
        RULE,
      ),
    ).toEqual([['e5']]);
    expect(
      flagged(
        [
          ...failed,
          { kind: 'visit', at: '2026-11-01T19:00:00+08:00', visit: { collectors: 2 } },
          relative('2026-11-02T09:30:00+08:00'),
        ],
        RULE,
      ),
    ).toEqual([['e5']]);
  });

  it('failed calls counted after the last reachable moment, in time order even when the file is not', () => {
    expectNone(
      [
        relative('2026-11-03T09:30:00+08:00'),
        missed('2026-11-02T17:00:00+08:00'),
        call('2026-11-01T09:00:00+08:00'),
        missed('2026-11-02T10:00:00+08:00'),
        missed('2026-11-02T13:00:00+08:00'),
      ],
      RULE,
    );
  });

  it('failed calls for another debt do not make the borrower unreachable for this one', () => {
    const debts = [
      { id: 'd1', creditor: 'A 银行', kind: 'credit-card' },
      { id: 'd2', creditor: 'B 银行', kind: 'bank-loan' },
    ] as const;
    const other = { debtId: 'd2' };
    expect(
      flagged(
        [
          missed('2026-11-01T10:00:00+08:00', other),
          missed('2026-11-01T13:00:00+08:00', other),
          missed('2026-11-01T17:00:00+08:00', other),
          relative('2026-11-02T09:30:00+08:00'),
        ],
        RULE,
        { debts },
      ),
    ).toEqual([['e4']]);
  });

  it('a credit-card debt also cites 信用卡办法 Art. 68 (no collection from unrelated third parties)', () => {
    const [f] = findingsOf(caseOf([relative('2026-11-02T09:30:00+08:00')]), RULE);
    expect(f?.citationIds).toEqual(['cba-2026', 'gbt-45251-2025', 'xinyongka-68']);
    expect(f?.severity).toBe('regulatory');
  });
});

describe('third-party-disclosure (民法典 1032–1033; PIPL: the debt is the borrower’s private information)', () => {
  it('a third party told about the debt is flagged as illegal', () => {
    const [f] = findingsOf(
      caseOf([
        relative('2026-11-02T09:30:00+08:00', { thirdParty: { relation: 'employer', disclosedDebt: true } }),
      ]),
      'third-party-disclosure',
    );
    expect(f).toMatchObject({ entryIds: ['e1'], severity: 'illegal', params: { relation: 'employer' } });
    expect(f?.citationIds).toContain('minfadian-1033');
  });

  it('a third-party contact that did not reveal the debt, or did not say, is not flagged here', () => {
    expectNone(
      [
        relative('2026-11-02T09:30:00+08:00'),
        relative('2026-11-02T10:30:00+08:00', { thirdParty: { relation: 'friend' } }),
      ],
      'third-party-disclosure',
    );
  });
});
