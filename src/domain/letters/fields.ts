/**
 * The field catalogue: every blank a letter can have, with a stable id. Templates refer to these ids only; the
 * screen builds its form from them and the ids never change meaning once released (a saved draft keeps its values
 * by id).
 *
 * `source`: 'case' — read from the case file; 'derived' — worked out from the case and the log (counts, dates,
 * findings); 'user' — typed by the user. The user may override any of them.
 * `input`: how the form asks for it. 'lines' takes one item per line and is shown as a list in the letter.
 */
import type { LetterLang } from './types.ts';

type FieldInput = 'text' | 'lines' | 'money' | 'date' | 'integer';

interface FieldDef {
  readonly id: string;
  readonly input: FieldInput;
  readonly source: 'case' | 'derived' | 'user';
  readonly labels: Readonly<Record<LetterLang, string>>;
}

const def = <I extends string>(
  id: I,
  input: FieldInput,
  source: FieldDef['source'],
  zh: string,
  en: string,
) => ({ id, input, source, labels: { 'zh-CN': zh, en } }) as const;

export const FIELDS = [
  def('letter.date', 'date', 'derived', '落款日期', 'date of the letter'),
  def('borrower.name', 'text', 'case', '本人姓名', 'your name'),
  def('borrower.phone', 'text', 'case', '本人电话', 'your phone number'),
  def('borrower.idNumber', 'text', 'user', '身份证号', 'ID card number'),
  def('borrower.address', 'text', 'user', '联系地址', 'postal address'),
  def('debt.creditor', 'text', 'case', '债权人（贷款机构）', 'creditor (lender)'),
  def('debt.kind', 'text', 'derived', '债务类型', 'kind of debt'),
  def('debt.account', 'text', 'user', '卡号末四位或合同编号', 'card last 4 digits or contract number'),
  def('debt.principal', 'money', 'case', '借款本金', 'principal borrowed'),
  def('debt.outstanding', 'money', 'user', '对方主张的欠款金额', 'amount the lender says is owed'),
  def('debt.firstMissedDueDate', 'date', 'case', '首次逾期的应还款日', 'first missed due date'),
  def('debt.daysOverdue', 'integer', 'derived', '逾期天数', 'days overdue'),
  def('debt.lastPaymentDate', 'date', 'case', '最近一次还款日期', 'date of the last payment'),
  def('debt.paidOffOn', 'date', 'case', '全部还清的日期', 'date the debt was paid off'),
  def('hardship.reasons', 'lines', 'user', '困难原因（每行一条）', 'reasons for hardship (one per line)'),
  def('hardship.since', 'date', 'user', '困难开始的时间', 'hardship began on'),
  def('hardship.income', 'money', 'user', '目前每月收入', 'current monthly income'),
  def('hardship.evidence', 'lines', 'user', '证明材料（每行一项）', 'supporting documents (one per line)'),
  def('proposal.months', 'integer', 'user', '分期期数（月）', 'number of monthly instalments'),
  def('proposal.monthlyAmount', 'money', 'user', '每月还款金额', 'monthly payment'),
  def('proposal.firstDate', 'date', 'user', '首期还款日期', 'first payment date'),
  def('proposal.deferMonths', 'integer', 'user', '申请延期的月数', 'months of deferral requested'),
  def('collector.name', 'text', 'derived', '催收机构名称', 'collection agency'),
  def('collector.person', 'text', 'derived', '催收人员姓名或工号', "collector's name or staff number"),
  def('collector.phone', 'text', 'derived', '催收来电号码', "collector's phone number"),
  def(
    'contacts.summary',
    'lines',
    'derived',
    '催收联系记录（每行一条）',
    'collection contacts (one per line)',
  ),
  def(
    'thirdParty.list',
    'lines',
    'derived',
    '联系第三方的记录（每行一条）',
    'contacts with third parties (one per line)',
  ),
  def(
    'findings.list',
    'lines',
    'derived',
    '可能不合规的行为（每行一条）',
    'conduct that may break the rules (one per line)',
  ),
  def('findings.period', 'text', 'derived', '记录的起止日期', 'period the log covers'),
  def('findings.entryCount', 'integer', 'derived', '记录条数', 'number of logged contacts'),
  def(
    'findings.policeList',
    'lines',
    'derived',
    '涉及人身和住宅安全的行为（每行一条）',
    'conduct touching personal safety and the home (one per line)',
  ),
  def('complaint.lenderOn', 'date', 'user', '向贷款机构投诉的日期', 'date you complained to the lender'),
  def('complaint.lenderReply', 'text', 'user', '贷款机构的答复', "the lender's reply"),
  def('evidence.list', 'lines', 'derived', '证据清单（每行一项）', 'list of evidence (one per line)'),
  def('conduct.list', 'lines', 'derived', '需报警处理的行为（每行一条）', 'conduct to report (one per line)'),
  def('conduct.details', 'lines', 'user', '经过描述（每行一段）', 'what happened (one paragraph per line)'),
  def('police.station', 'text', 'user', '派出所名称', 'police station'),
  def('police.receipt', 'text', 'user', '报警受案回执编号', 'number of the police case receipt'),
  def('contact.name', 'text', 'user', '你的姓名（被联系的人）', 'your name (the person contacted)'),
  def('contact.phone', 'text', 'user', '对方联系你的电话号码', 'your number that they called'),
  def(
    'setoff.account',
    'text',
    'user',
    '被扣划的借记卡（工资卡）末四位',
    'last 4 digits of the debit (salary) card',
  ),
  def('setoff.date', 'date', 'user', '被扣划的日期', 'date of the deduction'),
  def('setoff.amount', 'money', 'user', '被扣划的金额', 'amount deducted'),
  def('creditReport.item', 'text', 'user', '有异议的征信记录', 'the credit-record item disputed'),
  def('creditReport.reasons', 'lines', 'user', '异议理由（每行一条）', 'grounds of objection (one per line)'),
  def('creditReport.reporter', 'text', 'derived', '受理异议的机构', 'body receiving the objection'),
  def('paymentOrder.court', 'text', 'user', '发出支付令的法院', 'court that issued the payment order'),
  def('paymentOrder.caseNumber', 'text', 'user', '支付令案号', 'case number of the payment order'),
  def(
    'paymentOrder.receivedOn',
    'date',
    'derived',
    '收到支付令的日期',
    'date the payment order was received',
  ),
  def('paymentOrder.objectBy', 'date', 'derived', '提出异议的最后一天', 'last day to object'),
  def(
    'paymentOrder.grounds',
    'lines',
    'user',
    '对债务本身的异议理由（每行一条）',
    'grounds disputing the debt itself (one per line)',
  ),
  def(
    'paymentOrder.receivedAmount',
    'money',
    'user',
    '借款时实际到手的金额（预先扣除利息时填写）',
    'amount actually paid out to you (if interest was deducted up front)',
  ),
  def('court.name', 'text', 'user', '审理案件的法院', 'court hearing the case'),
  def('court.caseNumber', 'text', 'user', '案号', 'case number'),
  def(
    'summons.receivedOn',
    'date',
    'derived',
    '收到起诉状副本或传票的日期',
    'date the complaint or summons was received',
  ),
  def('summons.hearingOn', 'date', 'derived', '开庭日期', 'hearing date'),
  def('answer.points', 'lines', 'user', '答辩意见（每行一条）', 'points of your answer (one per line)'),
  def('answer.evidence', 'lines', 'user', '证据（每行一项）', 'evidence (one item per line)'),
  def(
    'smallClaims.grounds',
    'lines',
    'user',
    '不应适用小额诉讼程序的理由（每行一条）',
    'why small-claims procedure should not apply (one per line)',
  ),
  def('ruling.receivedOn', 'date', 'derived', '收到裁定书的日期', 'date the ruling was received'),
  def(
    'ruling.frozen',
    'text',
    'user',
    '被冻结、查封或扣押的账户或财产',
    'the account or property frozen or seized',
  ),
  def('review.grounds', 'lines', 'user', '复议理由（每行一条）', 'grounds for review (one per line)'),
  def(
    'award.commission',
    'text',
    'user',
    '作出裁决的仲裁委员会',
    'arbitration commission that made the award',
  ),
  def('award.number', 'text', 'user', '裁决书编号', 'number of the award'),
  def('award.receivedOn', 'date', 'derived', '收到裁决书的日期', 'date the award was received'),
  def('award.grounds', 'lines', 'user', '申请理由（每行一条）', 'grounds (one per line)'),
  def(
    'award.court',
    'text',
    'user',
    '仲裁委员会所在地的中级人民法院',
    'intermediate court where the commission sits',
  ),
  def('enforcement.court', 'text', 'user', '执行法院', 'enforcing court'),
  def('enforcement.caseNumber', 'text', 'user', '执行案号', 'enforcement case number'),
  def(
    'enforcement.noticeOn',
    'date',
    'derived',
    '收到执行通知书的日期',
    'date the enforcement notice was received',
  ),
] as const;

export type FieldId = (typeof FIELDS)[number]['id'];
export const FIELD_IDS: readonly FieldId[] = FIELDS.map((f) => f.id);

const BY_ID = Object.fromEntries(FIELDS.map((f) => [f.id, f])) as Record<FieldId, FieldDef>;
export const fieldById = (id: FieldId): FieldDef => BY_ID[id];
export const isFieldId = (id: string): id is FieldId => Object.hasOwn(BY_ID, id);
