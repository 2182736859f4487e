/**
 * Complaints built from the lawfulness findings (src/domain/rules): each rule broken once, with its days (case time
 * zone), how often, the log entries and the sources worded by binding force (finding-text.ts). Neutral: facts and
 * requests, no accusations, no promised outcome. 12378 takes banks, credit cards and consumer finance (legal-facts.md
 * §10; usual practice is to complain to the institution first). 黑猫 is a public site: the text carries no ID
 * number, address, phone numbers or collectors' names, and says so to the user.
 */
import { c, closing, dated, f, forKinds, item, list, note, p, sign, title, to, when } from '../build.ts';
import type { LetterTemplate } from '../types.ts';

const INSTITUTIONS = [
  'credit-card',
  'online-loan',
  'consumer-finance',
  'microloan',
  'bank-loan',
  'other',
] as const;

export const COMPLAINT_LENDER = {
  id: 'complaint-lender',
  titles: {
    'zh-CN': '关于催收行为的投诉（致贷款机构）',
    en: 'Complaint to the lender about collection conduct',
  },
  acknowledgesDebt: false,
  debtKinds: INSTITUTIONS,
  citationIds: ['xinyongka-68'],
  replyDays: 15,
  audience: 'lender',
  bodies: {
    'zh-CN': [
      title`关于催收行为的投诉`,
      to`${f('debt.creditor')}客户投诉部门：`,
      p`本人${f('borrower.name')}，联系电话${f('borrower.phone')}，在贵司（行）办理了${f('debt.kind')}业务（卡号末四位或合同编号：${f('debt.account')}）。${f('findings.period')}期间，本人记录了${f('findings.entryCount')}条与该笔债务有关的联系。根据这些记录，贵司（行）或贵司（行）委托的催收方有以下行为：`,
      list('findings.list'),
      p`上述内容均有记录可查，记录编号与本人导出的案件包一致。证据清单：`,
      list('evidence.list'),
      p`本人请求：`,
      item`一、核查上述行为，并将核查结果和处理措施书面告知本人；`,
      item`二、要求贵司（行）及受托催收机构停止上述行为；`,
      item`三、告知受托催收机构的名称（如有委托）；`,
      item`四、保存与本人有关的通话录音和催收记录，以备核查。`,
      forKinds(['credit-card'], p`监管规定要求发卡银行保存催收记录至少2年（${c('xinyongka-68')}）。`),
      p`请于收到本投诉之日起15日内书面答复。`,
      closing`此致`,
      closing`敬礼！`,
      sign`投诉人：${f('borrower.name')}`,
      dated(),
    ],
    en: [
      title`Complaint about collection conduct`,
      to`To: the complaints department of ${f('debt.creditor')}`,
      p`I am ${f('borrower.name')}, phone ${f('borrower.phone')}, and have an account with you (${f('debt.kind')}; card ending or contract number ${f('debt.account')}). From ${f('findings.period')} I logged ${f('findings.entryCount')} contacts about this debt. My log shows the following conduct by you or collectors acting for you:`,
      list('findings.list'),
      p`Each point can be checked against my log; the entry numbers match the case pack I exported. Evidence:`,
      list('evidence.list'),
      p`I ask you:`,
      item`1. to look into this conduct and tell me in writing what you found and what you will do;`,
      item`2. to make sure that you and any agency acting for you stop it;`,
      item`3. to tell me the name of any collection agency you have instructed;`,
      item`4. to keep the call recordings and collection records about me so that they can be checked.`,
      forKinds(
        ['credit-card'],
        p`Regulators require card issuers to keep collection records for at least 2 years (${c('xinyongka-68')}).`,
      ),
      p`Please reply in writing within 15 days of receiving this complaint.`,
      closing`Yours faithfully,`,
      sign`${f('borrower.name')}`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

export const COMPLAINT_12378 = {
  id: 'complaint-12378',
  titles: {
    'zh-CN': '12378 投诉内容（银行、信用卡、消费金融）',
    en: '12378 complaint text (banks, credit cards, consumer finance)',
  },
  acknowledgesDebt: false,
  debtKinds: ['credit-card', 'bank-loan', 'consumer-finance'],
  citationIds: [],
  audience: 'regulator',
  bodies: {
    'zh-CN': [
      title`投诉内容`,
      p`投诉人：${f('borrower.name')}，联系电话：${f('borrower.phone')}。`,
      p`被投诉机构：${f('debt.creditor')}（业务类型：${f('debt.kind')}；卡号末四位或合同编号：${f('debt.account')}）。`,
      p`投诉事项：催收行为。${f('findings.period')}期间，本人记录了${f('findings.entryCount')}条与该笔债务有关的联系，其中有以下情况：`,
      list('findings.list'),
      when('complaint.lenderOn', p`本人已于${f('complaint.lenderOn')}向该机构投诉。`),
      when('complaint.lenderReply', p`该机构的答复：${f('complaint.lenderReply')}`),
      p`本人可以提供上述记录及相关材料，每条记录都有编号，并可提供导出的案件包供核对。`,
      p`诉求：请监管部门督促该机构核查上述催收行为，停止不当催收，并将处理结果告知本人。`,
      dated(),
    ],
    en: [
      title`Complaint`,
      p`Complainant: ${f('borrower.name')}, phone ${f('borrower.phone')}.`,
      p`Institution complained about: ${f('debt.creditor')} (product: ${f('debt.kind')}; card ending or contract number ${f('debt.account')}).`,
      p`Subject: collection conduct. From ${f('findings.period')} I logged ${f('findings.entryCount')} contacts about this debt, including the following:`,
      list('findings.list'),
      when('complaint.lenderOn', p`I complained to the institution on ${f('complaint.lenderOn')}.`),
      when('complaint.lenderReply', p`Its reply: ${f('complaint.lenderReply')}`),
      p`I can provide the log and related material; each entry is numbered, and the exported case pack can be provided for checking.`,
      p`Request: that the regulator ask the institution to look into this conduct, stop improper collection and tell me the outcome.`,
      dated(),
    ],
  },
} as const satisfies LetterTemplate;

export const COMPLAINT_HEIMAO = {
  id: 'complaint-heimao',
  titles: { 'zh-CN': '黑猫投诉内容（公开发布）', en: 'Heimao complaint text (published)' },
  acknowledgesDebt: false,
  debtKinds: INSTITUTIONS,
  citationIds: [],
  audience: 'public',
  bodies: {
    'zh-CN': [
      note`提示：黑猫投诉的内容会公开。发布前请确认文中没有身份证号、住址、电话号码、他人姓名等个人信息，只陈述能够证明的事实。`,
      title`关于${f('debt.creditor')}催收方式的投诉`,
      p`${f('findings.period')}期间，本人就一笔${f('debt.kind')}记录了${f('debt.creditor')}及其委托的催收方的${f('findings.entryCount')}次联系，其中有以下情况：`,
      list('findings.list'),
      p`以上每一条都有记录和编号，相关材料已保存。`,
      p`诉求：希望${f('debt.creditor')}核查并停止上述催收行为，通过正规渠道与本人协商。`,
    ],
    en: [
      note`Note: Heimao complaints are public. Before posting, make sure the text contains no ID number, address, phone numbers or other people's names, and states only facts you can show.`,
      title`Complaint about how ${f('debt.creditor')} collects`,
      p`From ${f('findings.period')} I logged ${f('findings.entryCount')} contacts from ${f('debt.creditor')} and collectors acting for it about my ${f('debt.kind')}, including the following:`,
      list('findings.list'),
      p`Each point is logged and numbered, and the related material is kept.`,
      p`Request: that ${f('debt.creditor')} look into and stop this conduct, and deal with me through proper channels.`,
    ],
  },
} as const satisfies LetterTemplate;
