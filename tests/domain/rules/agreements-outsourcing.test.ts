import { describe, expect, it } from 'vitest';
import type { Debt } from '../../../src/domain/case/types.ts';
import { call, caseOf, expectNone, findingsOf, flagged } from './helpers.ts';

const card = (extra: Partial<Debt> = {}): Debt => ({
  id: 'd1',
  creditor: '某银行信用卡中心',
  kind: 'credit-card',
  agreements: [{ kind: 'installment', signedOn: '2026-11-12', months: 48 }],
  ...extra,
});

describe('collection-after-agreement (信用卡办法 Art. 70: once a plan is signed, collection stops)', () => {
  it('a collection call on the day the installment plan was signed is not flagged', () => {
    expectNone([call('2026-11-12T23:59:59+08:00')], 'collection-after-agreement', { debts: [card()] });
  });

  it('a collection call on the next local day is flagged', () => {
    const [f] = findingsOf(
      caseOf([call('2026-11-13T00:00:00+08:00')], { debts: [card()] }),
      'collection-after-agreement',
    );
    expect(f).toMatchObject({
      entryIds: ['e1'],
      severity: 'regulatory',
      citationIds: ['xinyongka-70'],
      params: { signedOn: '2026-11-12', localDate: '2026-11-13' },
    });
  });

  it('the day is the case zone’s: 2026-11-12T16:30:00Z is 13 Nov in Shanghai', () => {
    expect(
      flagged([call('2026-11-12T16:30:00Z')], 'collection-after-agreement', { debts: [card()] }),
    ).toEqual([['e1']]);
  });

  it('the borrower’s own calls, letters and payments after the plan are not collection', () => {
    expectNone(
      [
        call('2026-11-14T10:00:00+08:00', { direction: 'outgoing' }),
        { kind: 'letter', at: '2026-11-14T10:00:00+08:00', letter: { type: 'collection-notice' } },
        { kind: 'payment', at: '2026-11-15T10:00:00+08:00' },
      ],
      'collection-after-agreement',
      { debts: [card()] },
    );
  });

  it('a deferral, or an installment plan with no signing day, does not stop collection under this rule', () => {
    const deferral = card({
      agreements: [{ kind: 'deferral', signedOn: '2026-11-12' }, { kind: 'installment' }],
    });
    expectNone([call('2026-11-14T10:00:00+08:00')], 'collection-after-agreement', { debts: [deferral] });
  });

  it('Art. 70 is a credit-card rule: an online loan with a plan is not flagged', () => {
    expectNone([call('2026-11-14T10:00:00+08:00')], 'collection-after-agreement', {
      debts: [card({ kind: 'online-loan' })],
    });
  });

  it('with two plans the earliest signing day counts', () => {
    const two = card({
      agreements: [
        { kind: 'installment', signedOn: '2026-11-20' },
        { kind: 'installment', signedOn: '2026-11-12' },
      ],
    });
    const [f] = findingsOf(
      caseOf([call('2026-11-14T10:00:00+08:00')], { debts: [two] }),
      'collection-after-agreement',
    );
    expect(f?.params.signedOn).toBe('2026-11-12');
  });
});

describe('outsourcing-without-notice (银保消保办法 Art. 41: notify the debtor before using an agency)', () => {
  const agency = (at: string) => call(at, { collector: { side: 'agency', name: '某外包公司' } });

  it('a notice on the same local day as the first agency contact is in time', () => {
    expectNone([agency('2026-11-03T15:20:00+08:00')], 'outsourcing-without-notice', {
      debts: [card({ outsourcingNoticeOn: '2026-11-03' })],
    });
  });

  it('a notice dated after the first agency contact is flagged', () => {
    const [f] = findingsOf(
      caseOf([agency('2026-11-03T15:20:00+08:00')], { debts: [card({ outsourcingNoticeOn: '2026-11-04' })] }),
      'outsourcing-without-notice',
    );
    expect(f).toMatchObject({
      entryIds: ['e1'],
      severity: 'regulatory',
      citationIds: ['yinbao-xiaobao-41'],
      params: { outsourcingNoticeOn: '2026-11-04', localDate: '2026-11-03' },
    });
  });

  it('no notice at all is flagged once per debt, at the first agency contact in time', () => {
    const c = caseOf(
      [
        call('2026-11-01T09:00:00+08:00'),
        agency('2026-11-05T10:00:00+08:00'),
        agency('2026-11-03T15:20:00+08:00'),
        agency('2026-11-07T10:00:00+08:00'),
      ],
      { debts: [card()] },
    );
    expect(findingsOf(c, 'outsourcing-without-notice').map((f) => f.entryIds)).toEqual([['e3']]);
  });

  it('the lender’s own calls need no outsourcing notice', () => {
    expectNone([call('2026-11-03T15:20:00+08:00')], 'outsourcing-without-notice', { debts: [card()] });
  });

  it('bank loans and consumer-finance debts are covered; an online loan or microloan is not', () => {
    for (const kind of ['bank-loan', 'consumer-finance'] as const) {
      expect(
        flagged([agency('2026-11-03T15:20:00+08:00')], 'outsourcing-without-notice', {
          debts: [card({ kind })],
        }),
      ).toEqual([['e1']]);
    }
    for (const kind of ['online-loan', 'microloan'] as const) {
      expectNone([agency('2026-11-03T15:20:00+08:00')], 'outsourcing-without-notice', {
        debts: [card({ kind })],
      });
    }
  });

  it('the day compared is the local day: a call at 2026-11-03T16:30:00Z is 4 Nov in Shanghai', () => {
    // A notice dated 4 Nov is in time although the UTC date of the call is 3 Nov; one dated 5 Nov is late.
    const at = '2026-11-03T16:30:00Z';
    expectNone([agency(at)], 'outsourcing-without-notice', {
      debts: [card({ outsourcingNoticeOn: '2026-11-04' })],
    });
    expect(
      flagged([agency(at)], 'outsourcing-without-notice', {
        debts: [card({ outsourcingNoticeOn: '2026-11-05' })],
      }),
    ).toEqual([['e1']]);
  });
});
