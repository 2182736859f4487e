// The letters about data rights, contacted people and account disputes (legal-facts.md §16 R91–R101,
// R115–R119): what each asks for, whose name signs it, and that none of them admits a debt, since a written
// acknowledgement restarts the 3-year limitation period (民法典 195).
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { assemble } from '../../../src/domain/letters/assemble.ts';
import { templateById } from '../../../src/domain/letters/catalogue.ts';
import type { FieldId } from '../../../src/domain/letters/fields.ts';
import { toPlainText } from '../../../src/domain/letters/plain-text.ts';
import type { LetterLang } from '../../../src/domain/letters/types.ts';

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '王借款', phones: ['13800000000'] },
  debts: [
    {
      id: 'cc',
      creditor: '某银行信用卡中心',
      kind: 'credit-card',
      principal: 20000,
      paidOffOn: '2026-10-08',
    },
    {
      id: 'ol',
      creditor: '某网贷平台',
      kind: 'online-loan',
      principal: 5000,
      firstMissedDueDate: '2026-09-01',
    },
  ],
  entries: [],
};

const render = (
  id: string,
  lang: LetterLang,
  values: Partial<Record<FieldId, string>> = {},
  debtId = 'ol',
): { text: string; signature: string; missing: readonly string[] } => {
  const r = assemble(id, CASE, { debtId, lang, today: '2026-11-25', values });
  expect(r.error).toBeUndefined();
  const sig = r.blocks.filter((b) => b.kind === 'signature');
  return {
    text: toPlainText(r.blocks),
    signature: toPlainText(sig),
    missing: r.missing,
  };
};

// Words by which a letter would admit owing money.
const ADMITS_ZH = /本人(?:确认|承认)?(?:尚)?欠|欠款金额无异议|同意还款|承诺还款/;
const ADMITS_EN = /\bI (?:owe|admit|acknowledge that I owe|agree to pay|will pay)\b/i;

describe('data-rights letter (R96–R100)', () => {
  it('withdraws consent to the address book, photos and location, and admits no debt', () => {
    const t = templateById('data-rights');
    expect(t?.acknowledgesDebt).toBe(false);
    const zh = render('data-rights', 'zh-CN').text;
    expect(zh).toMatch(/撤回.*通讯录、相册（照片）和位置信息的同意/);
    expect(zh).toContain('《中华人民共和国个人信息保护法》第15条');
    expect(zh).not.toMatch(ADMITS_ZH);
    expect(zh).toContain('不是对任何欠款或者金额的确认');
    const en = render('data-rights', 'en').text;
    expect(en).toMatch(/withdraw the consent .* address book, my photo album and my location/);
    expect(en).not.toMatch(ADMITS_EN);
    expect(en).toContain('does not acknowledge any debt');
  });

  it('asks what is held, with whom it was shared, and for deletion (Arts. 44–47)', () => {
    const zh = render('data-rights', 'zh-CN').text;
    expect(zh).toContain('目前持有的本人个人信息的种类和内容');
    expect(zh).toContain('向哪些第三方');
    expect(zh).toMatch(/三、删除/);
    expect(zh).toContain('第44条、第45条、第46条、第47条');
    const en = render('data-rights', 'en').text;
    expect(en).toContain('which third parties');
    expect(en).toContain('3. Deletion');
  });

  it('says a refusal needs reasons and can be taken to court, and names the PI-protection departments (Arts. 50, 65)', () => {
    const zh = render('data-rights', 'zh-CN').text;
    expect(zh).toContain('拒绝个人行使权利的请求的，应当说明理由，个人可以依法向人民法院提起诉讼');
    expect(zh).toContain('第65条');
    const en = render('data-rights', 'en').text;
    expect(en).toContain('must give its reasons, and the person may sue');
    expect(en).toContain('Art. 65');
  });
});

describe('"I am not the borrower" notice (R91–R95)', () => {
  it('is signed by the contacted person, under their own name field, never the borrower’s', () => {
    const zh = render('not-the-borrower', 'zh-CN', {
      'contact.name': '李亲友',
      'contact.phone': '13900000009',
    });
    expect(zh.signature).toContain('通知人：李亲友');
    expect(zh.signature).not.toContain('王借款');
    const en = render('not-the-borrower', 'en', { 'contact.name': 'Li Qinyou' });
    expect(en.signature).toContain('Li Qinyou');
    expect(en.signature).not.toContain('王借款');
    expect(render('not-the-borrower', 'zh-CN').missing).toContain('contact.name');
  });

  it('says the sender is not the borrower and gave no written guarantee, and asks them to stop', () => {
    const zh = render('not-the-borrower', 'zh-CN').text;
    expect(zh).toContain('本人不是该笔借款的借款人');
    expect(zh).toContain('没有以书面形式为该笔借款提供任何保证');
    expect(zh).toContain('停止以任何方式联系本人');
    const en = render('not-the-borrower', 'en').text;
    expect(en).toContain('I am not the borrower');
    expect(en).toContain('stop contacting me by any means');
  });

  it('admits nothing and promises nothing: the debt is only "the debt you say"', () => {
    expect(templateById('not-the-borrower')?.acknowledgesDebt).toBe(false);
    const zh = render('not-the-borrower', 'zh-CN').text;
    expect(zh).toContain('贵司（行）所称');
    expect(zh).not.toMatch(ADMITS_ZH);
    expect(zh).toContain('不会代任何人作出还款承诺');
    const en = render('not-the-borrower', 'en').text;
    expect(en).toContain('a debt you say is owed');
    expect(en).not.toMatch(ADMITS_EN);
  });
});

describe('account disputes (R115–R119)', () => {
  it('R117–R118 impostor loan: denies the loan, refuses to ratify, asks for the identity checks and a disputed-item flag', () => {
    expect(templateById('impostor-loan')?.acknowledgesDebt).toBe(false);
    const zh = render('impostor-loan', 'zh-CN').text;
    expect(zh).toContain('本人从未申请、签订相关合同');
    expect(zh).toContain('参照《中华人民共和国民法典》第171条第1款');
    expect(zh).toContain('本人不追认该笔贷款');
    expect(zh).toContain('标注为有异议');
    expect(zh).toContain('《征信业管理条例》第25条');
    expect(zh).not.toMatch(ADMITS_ZH);
    const en = render('impostor-loan', 'en').text;
    expect(en).toContain('by analogy with');
    expect(en).toContain('I do not ratify this loan');
    expect(en).not.toMatch(ADMITS_EN);
  });

  it('R118: the police report paragraph appears only with a receipt number', () => {
    expect(render('impostor-loan', 'zh-CN').text).not.toContain('受案回执编号');
    const zh = render('impostor-loan', 'zh-CN', {
      'police.receipt': '第0123号',
      'police.station': '某派出所',
    });
    expect(zh.text).toContain('向某派出所报案，受案回执编号：第0123号');
  });

  it('R119 settlement certificate: takes the payoff day from the case and accepts no unpaid amount', () => {
    const zh = render('settlement-certificate', 'zh-CN', {}, 'cc');
    expect(zh.text).toContain('本人已于2026年10月8日全部还清');
    expect(zh.text).toContain('《中华人民共和国民法典》第557条、第558条');
    expect(zh.text).toContain('本申请不承认任何未结清的金额');
    expect(zh.missing).not.toContain('debt.paidOffOn');
    expect(render('settlement-certificate', 'zh-CN').missing).toContain('debt.paidOffOn');
    const en = render('settlement-certificate', 'en', {}, 'cc').text;
    expect(en).toContain('in full on 8 October 2026');
    expect(en).toContain('does not accept that any amount is unpaid');
  });

  it('R115–R116 salary setoff: asks for the notice and its basis, asks (never claims) living money, admits nothing', () => {
    const t = templateById('salary-setoff');
    expect(t?.acknowledgesDebt).toBe(false);
    expect(t?.debtKinds).toEqual(['credit-card']);
    const zh = render('salary-setoff', 'zh-CN', {}, 'cc').text;
    expect(zh).toContain('通知自到达对方时生效');
    expect(zh).toContain('抵销所依据的合同条款');
    expect(zh).toContain('本人请求贵行将维持基本生活所必需的款项予以释放');
    expect(zh).not.toMatch(/有权|必须保留|依法应当保留/);
    expect(zh).toContain('不是对贵行主张的欠款或者金额的确认');
    const en = render('salary-setoff', 'en', {}, 'cc').text;
    expect(en).toContain('I ask you to release the money needed for basic living costs');
    expect(en).not.toMatch(/entitled|must leave|are protected/i);
    expect(en).not.toMatch(ADMITS_EN);
  });
});
