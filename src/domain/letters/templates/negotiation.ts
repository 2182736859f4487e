/**
 * Letters that ask the lender for a way to pay: 个性化分期 for credit cards (信用卡办法 Art. 70: the bank MAY agree;
 * legal-facts.md §6.1), a repayment plan for other loans (no binding rule; §6.8), and deferral / interest stop /
 * penalty waiver. All of them acknowledge the debt and offer payment: 民法典 195 / SPC 诉讼时效 Art. 14.
 */
import { c, closing, dated, f, item, list, p, sign, title, to, unless, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const CARD_INSTALMENT = {
  id: 'card-instalment',
  titles: {
    'zh-CN': '个性化分期还款协商申请（信用卡）',
    en: 'Request for an individual instalment plan (credit card)',
  },
  acknowledgesDebt: true,
  debtKinds: ['credit-card'],
  citationIds: ['xinyongka-70'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`个性化分期还款协商申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）系贵行信用卡持卡人，卡号末四位或合同编号为${f('debt.account')}。该卡自${f('debt.firstMissedDueDate')}起未能按期还款，截至${f('letter.date')}已逾期${f('debt.daysOverdue')}天。`,
      when('hardship.since', p`自${f('hardship.since')}起，本人因以下原因暂时无力按原约定足额还款：`),
      unless('hardship.since', p`本人因以下原因暂时无力按原约定足额还款：`),
      list('hardship.reasons'),
      p`本人有还款意愿，愿意在能力范围内分期偿还。${c('xinyongka-70')}规定，持卡人因特殊情况确认无力偿还欠款、但仍有还款意愿的，发卡银行可以与持卡人平等协商，达成个性化分期还款协议，最长期限不超过5年。为此，本人申请：`,
      item`一、将欠款分${f('proposal.months')}期偿还，每月还款${f('proposal.monthlyAmount')}，首期于${f('proposal.firstDate')}还款；`,
      item`二、在协议中写明分期期间是否收取年费、利息和其他费用，并请贵行考虑在分期期间停止计收罚息、违约金；`,
      item`三、在签订协议前，书面告知欠款余额及其构成（本金、利息、各项费用、违约金）。`,
      p`本人理解，是否同意上述安排由贵行决定。依照同一条规定，协议签订后，贵行及贵行委托的机构应当停止催收，但本人未按协议还款的除外。`,
      when('hardship.evidence', p`随本申请附上以下材料：`),
      when('hardship.evidence', list('hardship.evidence')),
      p`请于收到本申请之日起15日内书面答复。联系电话：${f('borrower.phone')}；联系地址：${f('borrower.address')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Request for an individual instalment plan`,
      to`To: ${f('debt.creditor')}`,
      p`I, ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), hold a credit card issued by you, card ending or contract number ${f('debt.account')}. I have not been able to pay since ${f('debt.firstMissedDueDate')}; as of ${f('letter.date')} the account is ${f('debt.daysOverdue')} days overdue.`,
      when(
        'hardship.since',
        p`Since ${f('hardship.since')} I have been unable to pay in full as agreed, for these reasons:`,
      ),
      unless('hardship.since', p`I have been unable to pay in full as agreed, for these reasons:`),
      list('hardship.reasons'),
      p`I want to repay and can do so in instalments within my means. Under ${c('xinyongka-70')}, where a cardholder in special circumstances is confirmed unable to repay but still willing to, the issuing bank may agree an individual instalment plan with the cardholder through equal negotiation, for up to 5 years. I therefore ask you:`,
      item`1. to let me repay the debt in ${f('proposal.months')} monthly instalments of ${f('proposal.monthlyAmount')}, the first on ${f('proposal.firstDate')};`,
      item`2. to state in the agreement whether annual fees, interest or other charges apply during the plan, and to consider stopping penalty interest and late fees for its duration;`,
      item`3. before the agreement is signed, to tell me in writing the balance and how it is made up (principal, interest, each fee, penalties).`,
      p`I understand that agreeing to this is your decision. Under the same article, once the agreement is signed you and any agency acting for you should stop collection, unless I fail to pay as agreed.`,
      when('hardship.evidence', p`I enclose:`),
      when('hardship.evidence', list('hardship.evidence')),
      p`Please reply in writing within 15 days of receiving this request. Phone: ${f('borrower.phone')}; address: ${f('borrower.address')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
