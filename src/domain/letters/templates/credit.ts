/**
 * 征信异议申请: an objection to an error or omission in the credit record, to the credit reporter or the lender
 * that supplied the data (征信业管理条例 Art. 25: flagged as disputed, written reply within 20 days; Art. 15:
 * notice before negative information is reported; Art. 26: complaint to the PBOC branch). AR: legal-facts.md §8.
 * Only errors can be corrected; an accurate record stays for 5 years after the debt ends (Art. 16), which the
 * letter does not pretend otherwise.
 */
import { c, closing, dated, f, item, list, p, sign, title, to } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const CREDIT_OBJECTION = {
  id: 'credit-objection',
  titles: { 'zh-CN': '征信异议申请', en: 'Credit record objection' },
  acknowledgesDebt: false,
  debtKinds: ['credit-card', 'online-loan', 'consumer-finance', 'microloan', 'bank-loan', 'other'],
  citationIds: ['zhengxin-25', 'zhengxin-15', 'zhengxin-26'],
  replyDays: 20,
  audience: 'credit-reporter',
  bodies: {
    'zh-CN': [
      title`征信异议申请`,
      to`${f('creditReport.reporter')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）。本人的信用报告中，由${f('debt.creditor')}报送的以下信息有误或者有遗漏：`,
      item`${f('creditReport.item')}`,
      p`异议理由如下：`,
      list('creditReport.reasons'),
      p`依照${c('zhengxin-25')}，信息主体认为征信机构采集、保存、提供的信息存在错误、遗漏的，有权提出异议；相关信息应当作出存在异议的标注，并自收到异议之日起20日内书面答复异议人。现请求：`,
      item`一、对上述信息标注异议，并进行核查；`,
      item`二、经核查确有错误、遗漏的，予以更正；`,
      item`三、告知${f('debt.creditor')}在报送上述不良信息前是否通知了本人，以及通知的时间和方式（参见${c('zhengxin-15')}）；`,
      item`四、自收到本申请之日起20日内将核查和处理结果书面答复本人。`,
      p`如对处理结果有异议，本人将依照${c('zhengxin-26')}向中国人民银行分支机构投诉。联系电话：${f('borrower.phone')}；联系地址：${f('borrower.address')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Credit record objection`,
      to`To: ${f('creditReport.reporter')}`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}). The following information in my credit report, supplied by ${f('debt.creditor')}, is wrong or incomplete:`,
      item`${f('creditReport.item')}`,
      p`My grounds:`,
      list('creditReport.reasons'),
      p`Under ${c('zhengxin-25')}, a person who believes that information collected, kept or provided about them contains errors or omissions may object; the item is then marked as disputed, and a written reply is due within 20 days of receiving the objection. I ask you:`,
      item`1. to mark the information above as disputed and check it;`,
      item`2. to correct it if it is wrong or incomplete;`,
      item`3. to state whether ${f('debt.creditor')} told me before reporting this negative information, and when and how (see ${c('zhengxin-15')});`,
      item`4. to reply to me in writing with the result within 20 days of receiving this objection.`,
      p`If I disagree with the result, I will complain to the People's Bank of China branch under ${c('zhengxin-26')}. Phone: ${f('borrower.phone')}; address: ${f('borrower.address')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
