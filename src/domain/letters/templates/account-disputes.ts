/**
 * Account disputes (legal-facts.md §16 R115–R119): a loan taken out in my name, a settlement certificate after
 * paying off, and a salary card swept to set off a card debt. None of them admits an amount: the first denies the
 * loan, the second says the debt is extinguished, the third asks what was done and on what basis. Each says so in
 * words, because a written acknowledgement would restart the limitation period (民法典 195).
 */
import { c, closing, dated, f, item, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

/**
 * 冒名贷款. A contract made in my name without authority does not bind me unless I ratify it (民法典 171 para 1,
 * applied by analogy: R117 calls the application an inference, so the letter says 参照 / "by analogy"). The lender
 * or the credit reference centre must mark a disputed credit item and answer within 20 days (征信条例 25; R118).
 */
export const IMPOSTOR_LOAN = {
  id: 'impostor-loan',
  titles: {
    'zh-CN': '关于他人冒用本人身份办理贷款的异议函',
    en: 'Dispute: a loan taken out in my name without my authority',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['minfadian-171', 'zhengxin-25'],
  replyDays: 20,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于他人冒用本人身份办理贷款的异议函`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}），联系电话${f('borrower.phone')}。贵司（行）称本人名下有${f('debt.kind')}欠款（卡号末四位或合同编号：${f('debt.account')}）。本人从未申请、签订相关合同，也从未授权任何人以本人名义办理。本人对该笔贷款提出书面异议。`,
      when(
        'police.receipt',
        p`本人已就他人冒用本人身份的行为向${f('police.station')}报案，受案回执编号：${f('police.receipt')}。`,
      ),
      p`他人没有代理权而以本人名义订立的合同，未经本人追认的，对本人不发生效力（参照${c('minfadian-171')}）。本人不追认该笔贷款，不会确认、不会为“停止催收”而还款，也不会签署与之有关的任何文件。`,
      p`请贵司（行）：`,
      item`一、提供该笔贷款的申请材料、合同、身份核验记录（包括人脸识别、电子签名记录）以及放款账户信息的副本；`,
      item`二、在核查期间停止向本人催收，并通知受托的催收机构；`,
      item`三、如已向金融信用信息基础数据库报送该笔贷款的信息，将其标注为有异议，核查后更正错误信息，并将核查结果书面答复本人（${c('zhengxin-25')}）。`,
      p`请于收到本函之日起20日内书面答复，材料可寄至${f('borrower.address')}。`,
      p`本函是对该笔贷款的异议，不是对任何欠款或者金额的确认。`,
      closing`此致`,
      closing`敬礼！`,
      sign`异议人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Dispute: a loan taken out in my name without my authority`,
      to`To: ${f('debt.creditor')}`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), phone ${f('borrower.phone')}. You say that a ${f('debt.kind')} (card ending or contract number ${f('debt.account')}) stands in my name. I never applied for or signed this loan, and I never authorised anyone to take it out in my name. I dispute it in writing.`,
      when(
        'police.receipt',
        p`I have reported the use of my identity to ${f('police.station')}; case receipt number ${f('police.receipt')}.`,
      ),
      p`A contract made in my name by someone without authority does not bind me unless I ratify it (by analogy with ${c('minfadian-171')}). I do not ratify this loan: I will not confirm it, pay "to stop the collection", or sign any document about it.`,
      p`Please:`,
      item`1. send me copies of the application, the contract, the identity checks (including face recognition and electronic signature records) and the details of the account the money was paid into;`,
      item`2. stop collecting from me while you investigate, and tell any collection agency acting for you;`,
      item`3. if you have reported this loan to the financial credit information database, mark it as disputed, correct what is wrong after checking, and tell me the result in writing (${c('zhengxin-25')}).`,
      p`Please reply in writing within 20 days of receiving this letter, to ${f('borrower.address')}.`,
      p`This letter disputes the loan. It does not acknowledge any debt or any amount.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

/**
 * 结清证明. Performance extinguishes the debt, and afterwards the parties must notify and assist in good faith
 * (民法典 557(1), 558); a negative record left after payment is met with the Art. 25 objection. No rule sets a
 * deadline for the certificate (R119), so the 15 days are a request.
 */
export const SETTLEMENT_CERTIFICATE = {
  id: 'settlement-certificate',
  titles: {
    'zh-CN': '关于出具结清证明、停止催收的申请',
    en: 'Request for a settlement certificate and an end to collection',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['minfadian-557-558', 'zhengxin-25'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于出具结清证明、停止催收的申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）。卡号末四位或合同编号为${f('debt.account')}的${f('debt.kind')}，本人已于${f('debt.paidOffOn')}全部还清，还款记录附后。`,
      p`依据${c('minfadian-557-558')}，债务已经履行的，债权债务终止；债权债务终止后，当事人应当遵循诚信等原则，根据交易习惯履行通知、协助等义务。现请贵司（行）：`,
      item`一、出具载明该笔债务已全部结清的结清证明；`,
      item`二、停止向本人催收，并通知受托的催收机构停止联系本人；`,
      item`三、核实该笔债务在本人信用报告中的记录已如实更新为结清。`,
      when(
        'creditReport.item',
        p`本人的信用报告目前仍显示：${f('creditReport.item')}。如该记录有误，本人将依据${c('zhengxin-25')}提出异议。`,
      ),
      p`如贵司（行）认为仍有未结清的金额，请书面列明金额、构成和计算依据。本申请不承认任何未结清的金额。`,
      p`请于收到本申请之日起15日内出具结清证明并寄至${f('borrower.address')}，或联系本人：${f('borrower.phone')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Request for a settlement certificate and an end to collection`,
      to`To: ${f('debt.creditor')}`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}). I paid off the ${f('debt.kind')} with card ending or contract number ${f('debt.account')} in full on ${f('debt.paidOffOn')}; the payment records are attached.`,
      p`Under ${c('minfadian-557-558')}, a debt that has been performed is extinguished, and after that the parties must, in good faith and as is customary, notify and assist each other. I therefore ask you:`,
      item`1. to issue a settlement certificate stating that this debt has been paid in full;`,
      item`2. to stop collecting from me and to tell any collection agency acting for you to stop contacting me;`,
      item`3. to check that my credit report now shows this debt as settled.`,
      when(
        'creditReport.item',
        p`My credit report still shows: ${f('creditReport.item')}. If that record is wrong, I will object to it under ${c('zhengxin-25')}.`,
      ),
      p`If you believe any amount is still unpaid, please set out in writing the amount, what it is made of and how it was calculated. This request does not accept that any amount is unpaid.`,
      p`Please issue the certificate within 15 days of receiving this request and send it to ${f('borrower.address')}, or contact me on ${f('borrower.phone')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

/**
 * A salary card swept to pay a card debt. Setoff is lawful by notice, unless the nature of the debt, the agreement
 * or the law forbids it (民法典 568; R115). No wage exemption for a bank's own setoff was found (R116, unverified),
 * so the letter asks for the notice, the basis and the release of living money, and promises nothing.
 */
export const SALARY_SETOFF = {
  id: 'salary-setoff',
  titles: {
    'zh-CN': '关于工资卡被扣划抵销的查询及保留基本生活费用的申请',
    en: 'Salary card deduction: request for the setoff notice and for living money to be released',
  },
  acknowledgesDebt: false,
  debtKinds: ['credit-card'],
  citationIds: ['minfadian-568'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于工资卡被扣划抵销的查询及保留基本生活费用的申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）。本人在贵行开立的借记卡（工资卡，末四位${f('setoff.account')}）于${f('setoff.date')}被扣划${f('setoff.amount')}，据称用于抵销贵行主张的信用卡（卡号末四位${f('debt.account')}）欠款。`,
      p`${c('minfadian-568')}规定，当事人主张抵销的，应当通知对方，通知自到达对方时生效；根据债务性质、按照当事人约定或者依照法律规定不得抵销的除外。请贵行书面告知：`,
      item`一、抵销通知的内容，以及发出和送达本人的时间、方式；`,
      item`二、抵销所依据的合同条款，以及扣划的金额、日期和所抵销的具体项目；`,
      item`三、今后是否还会继续从该账户扣划。`,
      p`该账户是本人领取工资的账户，其中的款项是本人及家人维持基本生活的来源。本人请求贵行将维持基本生活所必需的款项予以释放，今后不再从该账户扣划。`,
      p`本函是对扣划情况的查询和申请，不是对贵行主张的欠款或者金额的确认。请于收到本函之日起15日内书面答复，或联系本人：${f('borrower.phone')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Salary card deduction: request for the setoff notice and for living money to be released`,
      to`To: ${f('debt.creditor')}`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}). On ${f('setoff.date')}, ${f('setoff.amount')} was taken from my debit card with you (my salary card, ending ${f('setoff.account')}), reportedly to set off the credit-card debt you claim on the card ending ${f('debt.account')}.`,
      p`Under ${c('minfadian-568')}, a party that sets off must notify the other party, and the setoff takes effect when the notice arrives; setoff is excluded where the nature of the debt, the parties' agreement or the law forbids it. Please tell me in writing:`,
      item`1. what the setoff notice said, and when and how it was sent and delivered to me;`,
      item`2. which contract clause the setoff relies on, and the amount, date and items set off;`,
      item`3. whether you will take further money from this account.`,
      p`This is the account my wages are paid into, and its money is what my family and I live on. I ask you to release the money needed for basic living costs and not to take further money from this account.`,
      p`This letter asks about the deduction and makes a request. It does not acknowledge the debt or any amount you claim. Please reply in writing within 15 days of receiving it, or contact me on ${f('borrower.phone')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
