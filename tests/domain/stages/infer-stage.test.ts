import { describe, expect, it } from 'vitest';
import type { DebtKind } from '../../../src/domain/case/types.ts';
import { inferStage } from '../../../src/domain/stages/infer-stage.ts';
import { debtOf, entriesOf, letter, TODAY, TZ } from './helpers.ts';

const INSTITUTIONAL: DebtKind[] = [
  'credit-card',
  'bank-loan',
  'consumer-finance',
  'online-loan',
  'microloan',
];

describe('stage by days past the first missed due date (typical practice)', () => {
  it.each(INSTITUTIONAL)('a %s debt not yet past its due date is not overdue', (kind) => {
    const r = inferStage(debtOf(kind, { firstMissedDueDate: TODAY }), [], TODAY, TZ);
    expect(r).toMatchObject({ stage: 'not-overdue', basis: 'days' });
    expect(r.daysOverdue).toBeUndefined();
  });

  it.each(INSTITUTIONAL)(
    'a %s debt 6 days overdue is at early reminders, 7 days at fees and calls',
    (kind) => {
      expect(inferStage(debtOf(kind, { firstMissedDueDate: '2026-11-19' }), [], TODAY, TZ)).toMatchObject({
        stage: 'early-reminders',
        basis: 'days',
        daysOverdue: 6,
      });
      expect(inferStage(debtOf(kind, { firstMissedDueDate: '2026-11-18' }), [], TODAY, TZ)).toMatchObject({
        stage: 'fees-and-calls',
        daysOverdue: 7,
      });
    },
  );

  it.each(INSTITUTIONAL)('a %s debt 89 days overdue is at calls, 90 days at field visits', (kind) => {
    expect(inferStage(debtOf(kind, { firstMissedDueDate: '2026-08-28' }), [], TODAY, TZ).stage).toBe(
      'fees-and-calls',
    );
    expect(inferStage(debtOf(kind, { firstMissedDueDate: '2026-08-27' }), [], TODAY, TZ)).toMatchObject({
      stage: 'field-visits',
      daysOverdue: 90,
    });
  });

  it('a debt 400 days overdue with nothing logged is never placed in a court stage by days alone', () => {
    const r = inferStage(debtOf('credit-card', { firstMissedDueDate: '2025-10-21' }), [], TODAY, TZ);
    expect(r).toMatchObject({ stage: 'field-visits', basis: 'days', daysOverdue: 400 });
  });

  it.each(['private-loan', 'other'] as const)(
    'a %s debt has no typical institutional timeline: overdue, with the day count',
    (kind) => {
      expect(inferStage(debtOf(kind, { firstMissedDueDate: '2026-08-27' }), [], TODAY, TZ)).toMatchObject({
        stage: 'overdue',
        basis: 'days',
        daysOverdue: 90,
      });
    },
  );

  it('a debt with no first missed due date and nothing logged asks for that date', () => {
    const r = inferStage(debtOf('online-loan'), [], TODAY, TZ);
    expect(r).toMatchObject({ stage: 'overdue', basis: 'none', nextStep: 'enter-first-missed-date' });
  });
});

describe('logged facts win over day counts', () => {
  it('a received 支付令 puts a 20-day-overdue online loan at the payment-order stage', () => {
    const debt = debtOf('online-loan', { firstMissedDueDate: '2026-11-05' });
    const r = inferStage(
      debt,
      entriesOf(debt, [letter('payment-order', '2026-11-20T10:00:00+08:00')]),
      TODAY,
      TZ,
    );
    expect(r).toMatchObject({
      stage: 'payment-order',
      basis: 'event',
      fromEntryId: 'e1',
      fromDay: '2026-11-20',
      daysOverdue: 20,
      nextStep: 'object-to-payment-order',
    });
  });

  it('100 days overdue with a logged visit and a received 支付令: the payment order wins', () => {
    const debt = debtOf('consumer-finance', { firstMissedDueDate: '2026-08-17' });
    const entries = entriesOf(debt, [
      { kind: 'visit', at: '2026-11-01T15:00:00+08:00', visit: { collectors: 2 } },
      letter('payment-order', '2026-11-12T09:00:00+08:00', '2026-11-12'),
    ]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({
      stage: 'payment-order',
      fromEntryId: 'e2',
      daysOverdue: 100,
    });
  });

  it('a logged visit at 30 days places the debt at field visits though days say calls', () => {
    const debt = debtOf('credit-card', { firstMissedDueDate: '2026-10-26' });
    const entries = entriesOf(debt, [{ kind: 'visit', at: '2026-11-20T15:00:00+08:00' }]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({ stage: 'field-visits', basis: 'event' });
  });

  it('logged calls from the lender at 120 days say calls, not the typical visit', () => {
    const debt = debtOf('bank-loan', { firstMissedDueDate: '2026-07-28' });
    const entries = entriesOf(debt, [{ kind: 'call', at: '2026-11-20T10:00:00+08:00', answered: true }]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({
      stage: 'fees-and-calls',
      basis: 'event',
      daysOverdue: 120,
    });
  });

  it('a first contact by an agency puts the debt at the agency stage', () => {
    const debt = debtOf('consumer-finance', { firstMissedDueDate: '2026-09-01' });
    const entries = entriesOf(debt, [
      { kind: 'call', at: '2026-10-01T10:00:00+08:00', collector: { side: 'lender' } },
      { kind: 'sms', at: '2026-11-03T10:00:00+08:00', collector: { side: 'agency', name: '某催收公司' } },
    ]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({ stage: 'agency', fromEntryId: 'e2' });
  });

  it('an outsourcing notice logged on the debt (outsourcingNoticeOn) is a fact without an entry', () => {
    const debt = debtOf('bank-loan', { firstMissedDueDate: '2026-10-01', outsourcingNoticeOn: '2026-11-01' });
    const r = inferStage(debt, [], TODAY, TZ);
    expect(r).toMatchObject({ stage: 'agency', basis: 'event', fromDay: '2026-11-01' });
    expect(r.fromEntryId).toBeUndefined();
  });

  it.each([
    ['collection-notice', 'collection-letters'],
    ['outsourcing-notice', 'agency'],
    ['lawyer-letter', 'lawyer-letter'],
    ['court-summons', 'lawsuit'],
    ['ruling', 'lawsuit'],
    ['payment-order', 'payment-order'],
    ['judgment', 'judgment'],
    ['enforcement-notice', 'enforcement'],
  ])('a received %s letter puts the debt at %s', (type, stage) => {
    const debt = debtOf('microloan', { firstMissedDueDate: '2026-11-20' });
    const entries = entriesOf(debt, [letter(type, '2026-11-24T10:00:00+08:00')]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({ stage, basis: 'event', fromEntryId: 'e1' });
  });

  it.each(['debt-sale-notice', 'credit-report-notice', 'other'])(
    'a %s letter does not move the stage',
    (type) => {
      const debt = debtOf('microloan', { firstMissedDueDate: '2026-11-20' });
      const entries = entriesOf(debt, [letter(type, '2026-11-24T10:00:00+08:00')]);
      expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({ stage: 'early-reminders', basis: 'days' });
    },
  );

  it('the most advanced fact wins even when an earlier-stage fact is more recent', () => {
    const debt = debtOf('credit-card', { firstMissedDueDate: '2026-05-01' });
    const entries = entriesOf(debt, [
      letter('judgment', '2026-10-01T10:00:00+08:00'),
      letter('collection-notice', '2026-11-20T10:00:00+08:00'),
    ]);
    expect(inferStage(debt, entries, TODAY, TZ)).toMatchObject({ stage: 'judgment', fromEntryId: 'e1' });
  });

  it('outgoing entries, entries of another debt and facts after today are ignored', () => {
    const debt = debtOf('credit-card', { firstMissedDueDate: '2026-11-20' });
    const other = debtOf('credit-card', { id: 'd2' });
    const parsed = entriesOf(debt, [
      { ...letter('lawyer-letter', '2026-11-21T10:00:00+08:00'), direction: 'outgoing' },
      letter('court-summons', '2026-11-26T10:00:00+08:00'),
      letter('court-summons', '2026-11-22T10:00:00+08:00', '2026-11-30'),
    ]);
    const withOther = [
      ...parsed,
      { ...letter('judgment', '2026-11-21T10:00:00+08:00'), id: 'x', debtId: other.id },
    ];
    expect(inferStage(debt, withOther as typeof parsed, TODAY, TZ)).toMatchObject({
      stage: 'early-reminders',
      basis: 'days',
    });
  });

  it('a letter logged at 2026-11-09T23:30:00Z was received on 11-10 in Shanghai', () => {
    const debt = debtOf('online-loan', { firstMissedDueDate: '2026-09-01' });
    const entries = entriesOf(debt, [letter('court-summons', '2026-11-09T23:30:00Z')]);
    expect(inferStage(debt, entries, TODAY, TZ).fromDay).toBe('2026-11-10');
    expect(inferStage(debt, entries, TODAY, 'Europe/London').fromDay).toBe('2026-11-09');
  });
});

describe('per-kind actions and risks', () => {
  it('a credit card is asked to seek an Art. 70 installment plan and warned about 恶意透支', () => {
    const r = inferStage(
      debtOf('credit-card', { firstMissedDueDate: '2026-11-01', principal: 60000 }),
      [],
      TODAY,
      TZ,
    );
    expect(r.nextStep).toBe('log-every-contact');
    expect(r.actions).toContain('ask-installment-plan');
    expect(r.actions).not.toContain('contact-lender-to-negotiate');
    expect(r.actions).toContain('stay-reachable');
    expect(r.risks).toContain('malicious-overdraft');
  });

  it('a credit card with principal under ¥50,000 cannot meet the 恶意透支 threshold', () => {
    const r = inferStage(
      debtOf('credit-card', { firstMissedDueDate: '2026-11-01', principal: 49999 }),
      [],
      TODAY,
      TZ,
    );
    expect(r.risks).toContain('malicious-overdraft-below-threshold');
    expect(r.risks).not.toContain('malicious-overdraft');
    const at = inferStage(
      debtOf('credit-card', { firstMissedDueDate: '2026-11-01', principal: 50000 }),
      [],
      TODAY,
      TZ,
    );
    expect(at.risks).toContain('malicious-overdraft');
  });

  it.each(['bank-loan', 'consumer-finance', 'online-loan', 'microloan', 'private-loan', 'other'] as const)(
    'a %s debt carries no 恶意透支 risk and no credit-card plan',
    (kind) => {
      const r = inferStage(
        debtOf(kind, { firstMissedDueDate: '2026-11-01', principal: 90000 }),
        [],
        TODAY,
        TZ,
      );
      expect(r.risks.filter((x) => x.startsWith('malicious'))).toEqual([]);
      expect(r.actions).not.toContain('ask-installment-plan');
      expect(r.actions).toContain('contact-lender-to-negotiate');
    },
  );

  it('the next step at each court stage is the one the deadline is about', () => {
    const debt = debtOf('bank-loan', { firstMissedDueDate: '2026-05-01' });
    const step = (type: string) =>
      inferStage(debt, entriesOf(debt, [letter(type, '2026-11-20T10:00:00+08:00')]), TODAY, TZ).nextStep;
    expect(step('court-summons')).toBe('verify-court-papers');
    expect(step('judgment')).toBe('consider-appeal');
    expect(step('lawyer-letter')).toBe('lawyer-letter-is-not-court');
    expect(step('enforcement-notice')).toBe('follow-enforcement');
  });
});
