// assemble(): blocks of text and field segments, the missing fields in first-use order, values from the case with
// the user's typed values winning, conditional blocks, numbered lists, and clear error codes.
import { describe, expect, it } from 'vitest';
import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';
import { assemble } from '../../../src/domain/letters/assemble.ts';
import { templatesFor } from '../../../src/domain/letters/catalogue.ts';
import { citationsText, letterDate, letterMoney } from '../../../src/domain/letters/format.ts';
import { articleWords, parseArticle } from '../../../src/domain/citations/citation-parts.ts';

const articleText = (a: string, lang: 'zh-CN' | 'en'): string => articleWords(parseArticle(a), a, lang);
import { toPlainText } from '../../../src/domain/letters/plain-text.ts';

const entry = (e: Partial<Entry> & Pick<Entry, 'id' | 'kind' | 'at'>): Entry => ({ debtId: 'cc', ...e });

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '陈一', phones: ['13700000000'] },
  debts: [
    { id: 'cc', creditor: '某银行', kind: 'credit-card', principal: 56000, firstMissedDueDate: '2026-07-28' },
    { id: 'pl', creditor: '张三', kind: 'private-loan' },
  ],
  entries: [
    // 23:30 UTC is 07:30 the next morning in Shanghai: the letter must say 11月4日07:30.
    entry({
      id: 'a1',
      kind: 'call',
      at: '2026-11-03T23:30:00Z',
      answered: true,
      collector: { name: '某催收公司' },
    }),
  ],
};

const run = (templateId: string, extra: Partial<Parameters<typeof assemble>[2]> = {}) =>
  assemble(templateId, CASE, { debtId: 'cc', lang: 'zh-CN', today: '2026-11-25', ...extra });

describe('assemble', () => {
  it('fills fields from the case and lists the blanks in first-use order', () => {
    const r = run('card-instalment');
    expect(r.error).toBeUndefined();
    expect(r.values['borrower.name']).toBe('陈一');
    expect(r.values['debt.daysOverdue']).toBe('120');
    expect(r.values['letter.date']).toBe('2026年11月25日');
    expect(r.missing).toEqual([
      'borrower.idNumber',
      'debt.account',
      'hardship.reasons',
      'proposal.months',
      'proposal.monthlyAmount',
      'proposal.firstDate',
      'borrower.address',
    ]);
    const text = toPlainText(r.blocks);
    expect(text).toContain('【身份证号】');
    expect(text).toContain('《商业银行信用卡业务监督管理办法》第70条');
  });

  it('typed values win over the case, dates and bare sums are written as a letter writes them', () => {
    const r = run('card-instalment', {
      values: {
        'borrower.name': '陈二',
        'proposal.firstDate': '2026-12-01',
        'proposal.monthlyAmount': '1200.5',
      },
    });
    expect(r.values['borrower.name']).toBe('陈二');
    const text = toPlainText(r.blocks);
    expect(text).toContain('首期于2026年12月1日还款');
    expect(text).toContain('每月还款1,200.50元');
    expect(r.missing).not.toContain('proposal.firstDate');
  });

  it('a blank or whitespace-only typed value counts as missing, not as an override', () => {
    const r = run('card-instalment', { values: { 'borrower.name': '   ' } });
    expect(r.values['borrower.name']).toBe('陈一');
  });

  it('a `when` block appears only with its field, and its fields are never reported missing', () => {
    const without = run('card-instalment');
    expect(toPlainText(without.blocks)).not.toContain('随本申请附上以下材料');
    expect(without.missing).not.toContain('hardship.evidence');
    const withIt = run('card-instalment', { values: { 'hardship.evidence': '证明一\n\n 证明二 ' } });
    const text = toPlainText(withIt.blocks);
    expect(text).toContain('随本申请附上以下材料：\n（1）证明一\n（2）证明二\n');
  });

  it('`unless` gives the other wording when the field is absent', () => {
    expect(toPlainText(run('card-instalment').blocks)).toContain('本人因以下原因暂时无力按原约定足额还款');
    const since = run('card-instalment', { values: { 'hardship.since': '2026-06-01' } });
    expect(toPlainText(since.blocks)).toContain('自2026年6月1日起，本人因以下原因');
  });

  it('blocks for other debt kinds are left out (a credit-card rule in a general letter)', () => {
    expect(toPlainText(run('relief-request').blocks)).toContain('银行卡民事纠纷');
    const other: CaseFile = { ...CASE, debts: [{ id: 'cc', creditor: 'X', kind: 'online-loan' }] };
    const r = assemble('relief-request', other, { debtId: 'cc', lang: 'zh-CN', today: '2026-11-25' });
    expect(toPlainText(r.blocks)).not.toContain('银行卡民事纠纷');
  });

  it('log times are local to the case time zone', () => {
    expect(run('collector-identity').values['contacts.summary']).toContain('2026年11月4日07:30 来电');
  });

  it('blocks hold only text, field and cite segments', () => {
    for (const b of run('complaint-lender').blocks)
      for (const s of b.segments) expect(['text', 'field', 'cite']).toContain(s.kind);
  });

  it('unknown template, unknown debt and a template for another kind of debt are errors, with nothing assembled', () => {
    expect(run('no-such').error).toBe('unknown-template');
    expect(run('card-instalment', { debtId: 'nope' }).error).toBe('unknown-debt');
    const wrongKind = run('card-instalment', { debtId: 'pl' });
    expect(wrongKind.error).toBe('not-for-debt-kind');
    expect(wrongKind.blocks).toEqual([]);
    expect(templatesFor('private-loan').map((t) => t.id)).not.toContain('complaint-12378');
  });

  it('uses the findings it is given instead of evaluating the case', () => {
    const r = run('complaint-lender', { findings: [] });
    expect(r.missing).toContain('findings.list');
  });

  it('plain text can leave out the notes to the user', () => {
    const r = run('payment-order-objection');
    expect(toPlainText(r.blocks)).toContain('草稿骨架');
    expect(toPlainText(r.blocks, { notes: false })).not.toContain('草稿骨架');
  });
});

describe('letter formats', () => {
  it('dates, sums and articles', () => {
    expect(letterDate('2026-03-02', 'zh-CN')).toBe('2026年3月2日');
    expect(letterDate('2026-03-02', 'en')).toBe('2 March 2026');
    expect(letterDate('next week', 'en')).toBe('next week');
    expect(letterMoney(56000, 'zh-CN')).toBe('56,000元');
    expect(letterMoney(1234.5, 'en')).toBe('CNY 1,234.50');
    expect(articleText('293-1(1)', 'zh-CN')).toBe('第293条之一第1项');
    expect(articleText('238 para 3', 'zh-CN')).toBe('第238条第3款');
    expect(articleText('50(1)(5), para 2', 'zh-CN')).toBe('第50条第1款第5项、第2款');
    expect(articleText('225–228', 'zh-CN')).toBe('第225条至第228条');
    expect(articleText('225–228', 'en')).toBe('Arts. 225–228');
    // A list of whole articles (解释 2022 Arts. 258, 266 for simple procedure) is not one article "258, 266".
    expect(articleText('258, 266', 'zh-CN')).toBe('第258条、第266条');
    expect(articleText('160, 163, 164', 'en')).toBe('Arts. 160, 163, 164');
  });

  it('citations of one instrument are named once; unverified numbers stay marked', () => {
    expect(citationsText(['minfadian-1032', 'minfadian-1033', 'pipl-10'], 'zh-CN')).toBe(
      '《中华人民共和国民法典》第1032条、第1033条、《中华人民共和国个人信息保护法》第10条',
    );
    expect(citationsText(['cba-2026-art22', 'cba-2026'], 'zh-CN')).toBe(
      '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》第22条及其他规定（条文序号待核实）',
    );
  });
});
