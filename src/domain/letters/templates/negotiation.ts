/**
 * Letters that ask the lender for a way to pay: 个性化分期 for credit cards (信用卡办法 Art. 70: the bank MAY agree;
 * legal-facts.md §6.1), a repayment plan for other loans (no binding rule; §6.8), and deferral / interest stop /
 * penalty waiver. All of them acknowledge the debt and offer payment: 民法典 195 / SPC 诉讼时效 Art. 14.
 */
import { c, closing, dated, f, forKinds, item, list, p, sign, title, to, unless, when } from '../build.ts';
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

const NOT_CARDS = [
  'online-loan',
  'consumer-finance',
  'microloan',
  'bank-loan',
  'private-loan',
  'other',
] as const;

/** Other loans: no rule obliges the lender to negotiate (legal-facts.md §6.8), so the letter cites none. */
export const REPAYMENT_PLAN = {
  id: 'repayment-plan',
  titles: { 'zh-CN': '分期还款协商申请', en: 'Repayment plan proposal' },
  acknowledgesDebt: true,
  debtKinds: NOT_CARDS,
  citationIds: [],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`分期还款协商申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）在贵司办理的${f('debt.kind')}（合同编号：${f('debt.account')}）自${f('debt.firstMissedDueDate')}起未能按期还款，截至${f('letter.date')}已逾期${f('debt.daysOverdue')}天。`,
      when('hardship.since', p`自${f('hardship.since')}起，本人因以下原因暂时无力按原约定足额还款：`),
      unless('hardship.since', p`本人因以下原因暂时无力按原约定足额还款：`),
      list('hardship.reasons'),
      p`本人有还款意愿，希望与贵司协商一个本人能够持续履行的还款方案：`,
      item`一、将欠款分${f('proposal.months')}期偿还，每月还款${f('proposal.monthlyAmount')}，首期于${f('proposal.firstDate')}还款；`,
      item`二、在方案执行期间停止计收罚息、违约金及其他费用；`,
      item`三、在达成协议前，书面告知欠款余额及其构成（本金、利息、各项费用、违约金）。`,
      p`本人理解，是否同意上述方案由贵司决定。如贵司同意，请以书面形式（含电子形式）确认协议内容，并在协议履行期间停止催收。`,
      when('hardship.evidence', p`随本申请附上以下材料：`),
      when('hardship.evidence', list('hardship.evidence')),
      p`请于收到本申请之日起15日内书面答复。联系电话：${f('borrower.phone')}；联系地址：${f('borrower.address')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Repayment plan proposal`,
      to`To: ${f('debt.creditor')}`,
      p`I, ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), have an account with you (${f('debt.kind')}; contract number ${f('debt.account')}). I have not been able to pay since ${f('debt.firstMissedDueDate')}; as of ${f('letter.date')} it is ${f('debt.daysOverdue')} days overdue.`,
      when(
        'hardship.since',
        p`Since ${f('hardship.since')} I have been unable to pay in full as agreed, for these reasons:`,
      ),
      unless('hardship.since', p`I have been unable to pay in full as agreed, for these reasons:`),
      list('hardship.reasons'),
      p`I want to repay and would like to agree a plan with you that I can keep to:`,
      item`1. repayment in ${f('proposal.months')} monthly instalments of ${f('proposal.monthlyAmount')}, the first on ${f('proposal.firstDate')};`,
      item`2. no penalty interest, late fees or other charges while the plan is kept;`,
      item`3. before we agree, a written statement of the balance and how it is made up (principal, interest, each fee, penalties).`,
      p`I understand that agreeing to this is your decision. If you agree, please confirm the terms in writing (electronic form is fine) and stop collection while the plan is kept.`,
      when('hardship.evidence', p`I enclose:`),
      when('hardship.evidence', list('hardship.evidence')),
      p`Please reply in writing within 15 days of receiving this proposal. Phone: ${f('borrower.phone')}; address: ${f('borrower.address')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

/**
 * 延期 / 停息 / 减免罚息. An extension needs the lender's agreement (a request, not a right); penalties that grossly
 * exceed the loss may be reduced by a court on request (民法典 585; for cards 银行卡规定 Art. 2) — stated as what a
 * court may do, not as a promise.
 */
export const RELIEF_REQUEST = {
  id: 'relief-request',
  titles: {
    'zh-CN': '延期还款、停息及减免罚息申请',
    en: 'Request for deferral, an interest stop and penalty waiver',
  },
  acknowledgesDebt: true,
  debtKinds: 'all',
  citationIds: ['minfadian-585', 'spc-bankcard-2'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`延期还款、停息及减免罚息申请`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）在贵司（行）办理的${f('debt.kind')}（卡号末四位或合同编号：${f('debt.account')}）自${f('debt.firstMissedDueDate')}起未能按期还款。`,
      when('hardship.since', p`自${f('hardship.since')}起，本人因以下原因暂时无力还款：`),
      unless('hardship.since', p`本人因以下原因暂时无力还款：`),
      list('hardship.reasons'),
      p`为避免欠款因罚息和费用继续增加而更难偿还，本人申请：`,
      item`一、延期还款${f('proposal.deferMonths')}个月；`,
      item`二、延期期间停止计收利息；`,
      item`三、减免已经产生的罚息、违约金及其他费用。`,
      when(
        'proposal.months',
        p`延期届满后，本人计划分${f('proposal.months')}期还款，每月${f('proposal.monthlyAmount')}，首期于${f('proposal.firstDate')}还款。`,
      ),
      p`本人理解上述安排须经贵司（行）同意。另外，${c('minfadian-585')}规定，约定的违约金过分高于造成的损失的，人民法院可以根据当事人的请求予以适当减少。`,
      forKinds(
        ['credit-card'],
        p`${c('spc-bankcard-2')}也规定，利息、复利、违约金、分期手续费等合计过高的，人民法院可以结合监管规定、未还款额、过错程度和银行的实际损失等因素予以调减。`,
      ),
      when('hardship.evidence', p`随本申请附上以下材料：`),
      when('hardship.evidence', list('hardship.evidence')),
      p`请于收到本申请之日起15日内书面答复。联系电话：${f('borrower.phone')}；联系地址：${f('borrower.address')}。`,
      closing`此致`,
      closing`敬礼！`,
      sign`申请人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Request for deferral, an interest stop and penalty waiver`,
      to`To: ${f('debt.creditor')}`,
      p`I, ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), have an account with you (${f('debt.kind')}; card ending or contract number ${f('debt.account')}) which I have not been able to pay since ${f('debt.firstMissedDueDate')}.`,
      when('hardship.since', p`Since ${f('hardship.since')} I have been unable to pay, for these reasons:`),
      unless('hardship.since', p`I have been unable to pay, for these reasons:`),
      list('hardship.reasons'),
      p`So that penalties and charges do not make the debt harder still to repay, I ask you:`,
      item`1. to defer repayment by ${f('proposal.deferMonths')} months;`,
      item`2. to stop charging interest during the deferral;`,
      item`3. to waive the penalty interest, late fees and other charges already added.`,
      when(
        'proposal.months',
        p`After the deferral I plan to repay in ${f('proposal.months')} monthly instalments of ${f('proposal.monthlyAmount')}, the first on ${f('proposal.firstDate')}.`,
      ),
      p`I understand that this needs your agreement. I also note that under ${c('minfadian-585')}, where agreed damages for breach grossly exceed the loss caused, a court may reduce them on a party's request.`,
      forKinds(
        ['credit-card'],
        p`Under ${c('spc-bankcard-2')}, where interest, compound interest, penalties and instalment fees together are too high, a court may reduce them, weighing regulatory rules, the amount unpaid, fault and the bank's actual loss.`,
      ),
      when('hardship.evidence', p`I enclose:`),
      when('hardship.evidence', list('hardship.evidence')),
      p`Please reply in writing within 15 days of receiving this request. Phone: ${f('borrower.phone')}; address: ${f('borrower.address')}.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

/** 困难情况说明: the facts of the hardship and the documents that show them, to go with any request. */
export const HARDSHIP_STATEMENT = {
  id: 'hardship-statement',
  titles: { 'zh-CN': '困难情况说明', en: 'Statement of financial hardship' },
  acknowledgesDebt: true,
  debtKinds: 'all',
  citationIds: [],
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`困难情况说明`,
      to`${f('debt.creditor')}：`,
      p`本人${f('borrower.name')}（身份证号：${f('borrower.idNumber')}）在贵司（行）办理的${f('debt.kind')}（卡号末四位或合同编号：${f('debt.account')}）自${f('debt.firstMissedDueDate')}起未能按期还款。现将本人的困难情况说明如下：`,
      when('hardship.since', p`自${f('hardship.since')}起，本人遇到以下困难：`),
      list('hardship.reasons'),
      when(
        'hardship.income',
        p`本人目前每月收入约为${f('hardship.income')}，扣除基本生活开支后，暂时无法按原约定足额还款。`,
      ),
      p`以上情况属实，本人愿意在能力范围内与贵司（行）协商还款。以下材料可以证明上述情况：`,
      list('hardship.evidence'),
      p`联系电话：${f('borrower.phone')}；联系地址：${f('borrower.address')}。`,
      sign`说明人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Statement of financial hardship`,
      to`To: ${f('debt.creditor')}`,
      p`I, ${f('borrower.name')} (ID card number: ${f('borrower.idNumber')}), have an account with you (${f('debt.kind')}; card ending or contract number ${f('debt.account')}) which I have not been able to pay since ${f('debt.firstMissedDueDate')}. My circumstances are as follows.`,
      when('hardship.since', p`Since ${f('hardship.since')} I have faced these difficulties:`),
      list('hardship.reasons'),
      when(
        'hardship.income',
        p`My income is now about ${f('hardship.income')} a month; after basic living costs I cannot pay in full as agreed for the time being.`,
      ),
      p`This statement is true. I am willing to discuss repayment within my means. These documents show the circumstances above:`,
      list('hardship.evidence'),
      p`Phone: ${f('borrower.phone')}; address: ${f('borrower.address')}.`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;
