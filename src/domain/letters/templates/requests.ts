/**
 * Asking before paying: the debt statement, the contract and the fee breakdown; who the collector is and on whose
 * behalf. Neither letter admits the debt: it asks about "the amount you claim".
 */
import { c, closing, dated, f, forKinds, item, list, p, sign, title, to } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

export const STATEMENT_REQUEST = {
  id: 'statement-request',
  titles: {
    'zh-CN': '关于提供欠款明细、合同及费用构成的申请',
    en: 'Request for a debt statement, the contract and a fee breakdown',
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['pboc-2021-3', 'minfadian-670', 'minfadian-546'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于提供欠款明细、合同及费用构成的申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）。贵司（行）就卡号末四位或合同编号为${f('debt.account')}的${f('debt.kind')}向本人主张还款。为核实贵司（行）主张的金额，请提供以下材料：`,
      item`一、借款合同（或信用卡领用合约）及其全部附件、补充协议的副本，包括电子合同；`,
      item`二、自放款（或开卡）以来的全部交易、应还款和已还款明细；`,
      item`三、目前主张金额的构成：本金、利息、罚息、违约金和各项费用分别是多少，各自的计算依据，以及包含全部费用的年化利率；`,
      item`四、本人实际收到借款的金额和日期；`,
      item`五、如该债权已经转让，请提供转让通知和受让方的名称、联系方式。`,
      p`监管规定要求贷款机构以包含各项费用的年化利率明示贷款价格（${c('pboc-2021-3')}）。${c('minfadian-670')}规定，借款的利息不得预先在本金中扣除；预先扣除的，应当按照实际借款数额返还借款并计算利息。${c('minfadian-546')}规定，债权人转让债权，未通知债务人的，该转让对债务人不发生效力。`,
      p`在收到上述材料并核实之前，本人对主张的金额保留异议。请于收到本申请之日起15日内书面答复，材料可寄至${f('borrower.address')}，或联系本人：${f('borrower.phone')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Request for a debt statement, the contract and a fee breakdown`,
      to`To: ${f('debt.creditor')}`,
      p`I am ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}). You are asking me to pay on the ${f('debt.kind')} with card ending or contract number ${f('debt.account')}. To check the amount you claim, please send me:`,
      item`1. a copy of the loan contract (or card agreement) with all annexes and supplements, including electronic contracts;`,
      item`2. every transaction, amount due and payment since the loan was made (or the card opened);`,
      item`3. how the amount claimed is made up: principal, interest, penalty interest, late fees and each other charge, how each was calculated, and the annual rate including all fees;`,
      item`4. the amount I actually received and the date;`,
      item`5. if the debt has been sold or assigned, the notice of assignment and the name and contact details of the new creditor.`,
      p`Regulators require lenders to state the price of a loan as an annual rate that includes all fees (${c('pboc-2021-3')}). Under ${c('minfadian-670')}, interest may not be deducted from the principal in advance; if it was, the loan is repaid and interest charged on the amount actually received. Under ${c('minfadian-546')}, an assignment of a claim has no effect on the debtor until the debtor is notified.`,
      p`Until I have received and checked these documents I do not accept the amount claimed. Please reply in writing within 15 days of receiving this request, to ${f('borrower.address')}, or contact me on ${f('borrower.phone')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

/**
 * Who is calling. No verified rule makes collectors show a written authorisation (legal-facts.md Table A R27): the
 * letter asks for it and cites only what is verified — identifying the institution (R25) and entrusted processing
 * of personal data (PIPL 21), repayment only through the lender's channels (2018 公约 Art. 19).
 */
export const COLLECTOR_IDENTITY = {
  id: 'collector-identity',
  titles: {
    'zh-CN': '关于核实催收方身份及委托授权的函',
    en: "Request to confirm the collector's identity and authorisation",
  },
  acknowledgesDebt: false,
  debtKinds: 'all',
  citationIds: ['nifa-2018-15', 'cba-2026', 'pipl-21', 'nifa-2018-19', 'yinbao-xiaobao-41'],
  replyDays: 15,
  audience: 'collector',
  bodies: {
    'zh-CN': [
      title`关于核实催收方身份及委托授权的函`,
      to`${f('collector.name')}、${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}近期接到自称代表${f('debt.creditor')}的催收联系，记录如下：`,
      list('contacts.summary'),
      p`为核实对方身份、防范冒充催收的诈骗，请书面告知：`,
      item`一、催收机构的全称、统一社会信用代码、地址和对外联系电话；`,
      item`二、联系本人的催收人员姓名和工号（来电号码：${f('collector.phone')}）；`,
      item`三、委托方名称、委托的范围和期限，并提供委托授权文件；`,
      item`四、所催收债务的债权人、合同编号及主张的金额。`,
      p`行业规则要求催收人员在联系时表明所代表的机构（${c('nifa-2018-15')}、${c('cba-2026')}）。${c('pipl-21')}规定，受托处理个人信息的一方应当按照约定处理个人信息，不得超出约定的目的和方式。`,
      forKinds(
        ['credit-card', 'bank-loan', 'consumer-finance'],
        p`监管规定要求贷款机构在委托外部机构催收前，以适当方式告知债务人（${c('yinbao-xiaobao-41')}）。请${f('debt.creditor')}告知是否已委托外部机构，以及何时以何种方式通知了本人。`,
      ),
      p`在核实之前，本人不会向任何个人账户付款；与该笔债务有关的事宜，本人只通过${f('debt.creditor')}的官方渠道核实（参见${c('nifa-2018-19')}）。请于收到本函之日起15日内书面答复。联系电话：${f('borrower.phone')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Request to confirm the collector's identity and authorisation`,
      to`To: ${f('collector.name')}; ${f('debt.creditor')}`,
      p`I, ${f('borrower.name')}, have recently been contacted by people who say they collect for ${f('debt.creditor')}:`,
      list('contacts.summary'),
      p`To confirm who you are and to guard against fraud by fake collectors, please tell me in writing:`,
      item`1. the collection agency's full name, unified social credit code, address and public phone number;`,
      item`2. the name and staff number of the collector who contacted me (calling number: ${f('collector.phone')});`,
      item`3. who instructed you, the scope and term of the instruction, and a copy of the written authorisation;`,
      item`4. the creditor, contract number and amount claimed for the debt you are collecting.`,
      p`Industry rules require collectors to state which institution they represent when they make contact (${c('nifa-2018-15')}; ${c('cba-2026')}). Under ${c('pipl-21')}, a party entrusted with personal information must process it only as agreed, within the agreed purpose and means.`,
      forKinds(
        ['credit-card', 'bank-loan', 'consumer-finance'],
        p`Regulators require a lender to tell the debtor, in an appropriate way, before handing collection to an outside agency (${c('yinbao-xiaobao-41')}). I ask ${f('debt.creditor')} to tell me whether an outside agency has been instructed, and when and how I was told.`,
      ),
      p`Until this is confirmed I will not pay into any personal account, and I will check anything about this debt only through ${f('debt.creditor')}'s official channels (see ${c('nifa-2018-19')}). Please reply in writing within 15 days of receiving this letter. Phone: ${f('borrower.phone')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
