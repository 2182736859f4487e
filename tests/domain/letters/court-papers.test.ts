// The court and arbitration drafts (legal-facts §16 R52–R57, R71, R79, R105–R108, R121): what each must tell the
// user before the body, where its dates come from, and that none of them admits the debt. Each test names the row.
import { describe, expect, it } from 'vitest';
import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';
import { assemble } from '../../../src/domain/letters/assemble.ts';
import { templateById } from '../../../src/domain/letters/catalogue.ts';
import { toPlainText } from '../../../src/domain/letters/plain-text.ts';
import type { LetterLang } from '../../../src/domain/letters/types.ts';

const COURT_LETTERS = [
  'payment-order-objection',
  'defence-statement',
  'small-claims-objection',
  'preservation-review',
  'award-set-aside',
  'award-non-enforcement',
] as const;

const letter = (id: string, receivedOn: string, type: NonNullable<Entry['letter']>['type']): Entry => ({
  id,
  debtId: 'd',
  kind: 'letter',
  // Logged days after it was served: the letters must use receivedOn, never this day (R71–R73).
  at: '2026-11-24T09:00:00+08:00',
  letter: { type, receivedOn },
});

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '王五', phones: ['13800000000'] },
  debts: [{ id: 'd', creditor: '某网络小额贷款公司', kind: 'online-loan', firstMissedDueDate: '2026-03-01' }],
  entries: [
    letter('s', '2026-11-16', 'court-summons'),
    letter('r', '2026-11-17', 'ruling'),
    letter('p', '2026-11-18', 'payment-order'),
    letter('n', '2026-11-19', 'enforcement-notice'),
  ],
};

const text = (id: string, lang: LetterLang, values = {}) => {
  const r = assemble(id, CASE, { debtId: 'd', lang, today: '2026-11-25', values });
  expect(r.error).toBeUndefined();
  return toPlainText(r.blocks);
};

describe('court and arbitration drafts', () => {
  it('R121: every draft is a skeleton for legal aid that names 12348 and promises nothing; none admits the debt', () => {
    for (const id of COURT_LETTERS) {
      expect(templateById(id)?.acknowledgesDebt, id).toBe(false);
      const zh = text(id, 'zh-CN');
      expect(zh.split('\n')[0]).toMatch(/^【草稿骨架.*12348.*是否够条件申请法律援助/);
      expect(zh).toMatch(/第195条/);
      expect(text(id, 'en').split('\n')[0]).toMatch(
        /^\[SKELETON DRAFT.*12348.*whether you qualify for legal aid/,
      );
    }
  });

  it('R53: the 支付令 objection warns, before the grounds, that inability to pay does not affect the order', () => {
    const old = '异议理由：\n【异议理由（每行一条）】';
    const warnsFirst = (t: string) => {
      const warning = t.indexOf('不影响支付令的效力');
      return warning >= 0 && warning < t.indexOf('支付令异议书\n') && /口头异议无效/.test(t);
    };
    expect(warnsFirst(old)).toBe(false);
    expect(warnsFirst(text('payment-order-objection', 'zh-CN'))).toBe(true);
    expect(text('payment-order-objection', 'en')).toMatch(
      /does not affect the payment order, and an oral objection is void/,
    );
  });

  it('R54: the grounds are about the debt itself, and 砍头息 argues from the amount actually received (民法典 670)', () => {
    const zh = text('payment-order-objection', 'zh-CN', { 'paymentOrder.receivedAmount': '7000' });
    expect(zh).toMatch(/对支付令所载债务本身有异议/);
    expect(zh).toMatch(/实际收到的借款为7,000元.*第670条/);
    expect(text('payment-order-objection', 'zh-CN')).not.toMatch(/实际收到的借款为/);
  });

  it('R55: a late objection counts as none', () => {
    expect(text('payment-order-objection', 'zh-CN')).toMatch(/视为未提出异议/);
  });

  it('R71: dates come from the day each paper was served, not the day it was logged', () => {
    const defence = assemble('defence-statement', CASE, { debtId: 'd', lang: 'zh-CN', today: '2026-11-25' });
    expect(defence.values['summons.receivedOn']).toBe('2026年11月16日');
    const review = assemble('preservation-review', CASE, { debtId: 'd', lang: 'en', today: '2026-11-25' });
    expect(review.values['ruling.receivedOn']).toBe('17 November 2026');
    const resist = assemble('award-non-enforcement', CASE, {
      debtId: 'd',
      lang: 'zh-CN',
      today: '2026-11-25',
    });
    expect(resist.values['enforcement.noticeOn']).toBe('2026年11月19日');
    expect(toPlainText(resist.blocks)).toMatch(/执行通知书是2026年11月19日收到的；15日从送达你的那天算/);
  });

  it('R57: the review application says 5 days, once, and that the freeze stays on', () => {
    const zh = text('preservation-review', 'zh-CN');
    expect(zh).toMatch(/5日内.*复议一次/);
    expect(zh).toMatch(/冻结不会因为申请复议而解除/);
    expect(text('preservation-review', 'en')).toMatch(/does not lift the freeze/);
  });

  it('R79: the hearing day printed on the summons is the day the small-claims objection must beat', () => {
    const withHearing: CaseFile = {
      ...CASE,
      entries: [
        ...CASE.entries,
        {
          ...letter('h', '2026-11-20', 'court-summons'),
          letter: {
            type: 'court-summons',
            receivedOn: '2026-11-20',
            procedure: 'small-claims',
            hearingOn: '2026-12-10',
          },
        },
      ],
    };
    const r = assemble('small-claims-objection', withHearing, {
      debtId: 'd',
      lang: 'zh-CN',
      today: '2026-11-25',
    });
    expect(r.values['summons.hearingOn']).toBe('2026年12月10日');
    expect(toPlainText(r.blocks)).toMatch(/开庭日期是2026年12月10日：请在这一天之前/);
    expect(toPlainText(r.blocks)).not.toMatch(/传票上写的开庭日期/);
  });

  it('R105: the award date comes from the logged arbitration award', () => {
    const withAward: CaseFile = {
      ...CASE,
      entries: [...CASE.entries, letter('a', '2026-11-21', 'arbitration-award')],
    };
    const r = assemble('award-set-aside', withAward, { debtId: 'd', lang: 'en', today: '2026-11-25' });
    expect(toPlainText(r.blocks)).toMatch(
      /the award was received on 21 November 2026; the 3 months run from the day you received it/,
    );
  });

  it('R79: the small-claims objection must be filed before the hearing', () => {
    expect(text('small-claims-objection', 'zh-CN')).toMatch(/应当在开庭前提出/);
    expect(text('small-claims-objection', 'zh-CN')).toMatch(/传票上写的开庭日期/);
    expect(text('small-claims-objection', 'en')).toMatch(/before the hearing/);
  });

  it('R106: setting an award aside: 3 months from receipt, with the V-sec source said plainly', () => {
    const zh = text('award-set-aside', 'zh-CN');
    expect(zh).toMatch(/收到裁决书之日起3个月内/);
    expect(zh).toMatch(/尚未与官方文本核对/);
    expect(text('award-set-aside', 'en')).toMatch(/not yet checked against the official text/);
  });

  it('R107–R108: resisting enforcement: 15 days from the notice; 先予仲裁 awards are not enforced', () => {
    const zh = text('award-non-enforcement', 'zh-CN');
    expect(zh).toMatch(/执行通知书送达之日起15日内/);
    expect(zh).toMatch(/先予仲裁/);
  });
});
