/**
 * Field values worked out from the case file: what the borrower already entered and logged. The user may
 * override every one of them; an absent value is a blank the letter reports as missing.
 */
import type { CaseFile, Debt, Entry } from '../case/types.ts';
import { instantOf } from '../case/dates.ts';
import { daysBetween } from '../calendar/days.ts';
import { computeDeadlines } from '../deadlines/compute.ts';
import type { Finding } from '../rules/evaluate.ts';
import type { CheckRuleId } from '../rules/rule.ts';
import { localDayOf } from '../stages/entry-day.ts';
import type { FieldId } from './fields.ts';
import { courtPaperValues } from './court-dates.ts';
import { findingLines } from './finding-text.ts';
import { letterDate, letterMoney } from './format.ts';
import {
  conductLine,
  contactLine,
  evidenceLines,
  isCollectionContact,
  isPoliceMatter,
  thirdPartyLine,
} from './log-lines.ts';
import type { LetterLang } from './types.ts';

/** Findings that are matters for the police (legal-facts.md §10: 110). */
const POLICE_RULES: readonly CheckRuleId[] = [
  'threat',
  'violence',
  'detention',
  'visit-entry-without-consent',
  'impersonated-authority',
  'seized-property',
];

export type FieldValues = Partial<Record<FieldId, string>>;

interface DeriveInput {
  readonly caseFile: CaseFile;
  readonly debt: Debt;
  readonly lang: LetterLang;
  readonly today: string;
  readonly findings: readonly Finding[];
}

/** Long logs are cut to the latest lines; the case pack holds the rest. */
const MAX_LOG_LINES = 30;

const KIND_NAMES: Readonly<Record<Debt['kind'], Readonly<Record<LetterLang, string>>>> = {
  'credit-card': { 'zh-CN': '信用卡', en: 'credit card' },
  'online-loan': { 'zh-CN': '网络贷款', en: 'online loan' },
  'consumer-finance': { 'zh-CN': '消费金融贷款', en: 'consumer-finance loan' },
  microloan: { 'zh-CN': '小额贷款', en: 'microloan' },
  'bank-loan': { 'zh-CN': '银行贷款', en: 'bank loan' },
  'private-loan': { 'zh-CN': '个人借款', en: 'private loan' },
  other: { 'zh-CN': '借款', en: 'loan' },
};

const capped = (lines: readonly string[], lang: LetterLang): string[] => {
  if (lines.length <= MAX_LOG_LINES) return [...lines];
  const more = lines.length - MAX_LOG_LINES;
  const note =
    lang === 'zh-CN'
      ? `另有更早的${more}条记录未列出，详见案件包`
      : `${more} earlier entries are not listed here; see the case pack`;
  return [note, ...lines.slice(-MAX_LOG_LINES)];
};

const latest = (entries: readonly Entry[], pick: (e: Entry) => string | undefined): string | undefined => {
  for (let i = entries.length - 1; i >= 0; i--) {
    const v = pick(entries[i] as Entry)?.trim();
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
};

export function deriveValues(input: DeriveInput): FieldValues {
  const { caseFile, debt, lang, today } = input;
  const tz = caseFile.timeZone;
  const out: FieldValues = {};
  const put = (id: FieldId, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') out[id] = value;
  };
  const putLines = (id: FieldId, lines: readonly string[]) => put(id, lines.join('\n'));
  put('letter.date', letterDate(today, lang));
  put('borrower.name', caseFile.borrower?.name);
  put('borrower.phone', caseFile.borrower?.phones?.[0]);
  put('debt.creditor', debt.creditor);
  // The objection may go to the lender instead (征信条例 Art. 25); the user changes it there.
  put(
    'creditReport.reporter',
    lang === 'zh-CN' ? '中国人民银行征信中心' : 'Credit Reference Center of the People’s Bank of China',
  );
  put('debt.kind', KIND_NAMES[debt.kind][lang]);
  if (debt.principal !== undefined) put('debt.principal', letterMoney(debt.principal, lang));
  if (debt.firstMissedDueDate !== undefined) {
    put('debt.firstMissedDueDate', letterDate(debt.firstMissedDueDate, lang));
    const days = daysBetween(debt.firstMissedDueDate, today);
    if (days > 0) put('debt.daysOverdue', String(days));
  }
  if (debt.lastPaymentDate !== undefined) put('debt.lastPaymentDate', letterDate(debt.lastPaymentDate, lang));
  if (debt.paidOffOn !== undefined) put('debt.paidOffOn', letterDate(debt.paidOffOn, lang));

  // `at` strings of one case may carry different offsets; instants order them. Same instant: file order.
  const entries = caseFile.entries
    .filter((e) => e.debtId === debt.id)
    .map((e, i) => ({ e, i, t: instantOf(e.at) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.e);
  const contacts = entries.filter(isCollectionContact);
  // Prefer an outside agency's name: that is whose authorisation the letters ask about.
  const agencies = contacts.filter((e) => e.collector?.side === 'agency' || e.collector?.side === 'law-firm');
  put(
    'collector.name',
    latest(agencies, (e) => e.collector?.name) ?? latest(contacts, (e) => e.collector?.name),
  );
  put(
    'collector.person',
    latest(contacts, (e) => e.collector?.person),
  );
  put(
    'collector.phone',
    latest(contacts, (e) => e.collector?.phone),
  );
  putLines(
    'contacts.summary',
    capped(
      contacts.map((e) => contactLine(e, tz, lang)),
      lang,
    ),
  );
  putLines(
    'thirdParty.list',
    capped(
      entries.filter((e) => e.kind === 'third-party-contact').map((e) => thirdPartyLine(e, tz, lang)),
      lang,
    ),
  );
  putLines(
    'conduct.list',
    capped(
      entries.filter(isPoliceMatter).map((e) => conductLine(e, tz, lang)),
      lang,
    ),
  );

  const findings = input.findings.filter((f) => f.debtId === debt.id);
  putLines('findings.list', findingLines(findings, lang));
  putLines(
    'findings.policeList',
    findingLines(
      findings.filter((f) => POLICE_RULES.includes(f.ruleId)),
      lang,
    ),
  );
  // What the complaints count: contacts from the collector side and contacts with third parties.
  const logged = entries.filter((e) => isCollectionContact(e) || e.kind === 'third-party-contact');
  const first = logged[0];
  const last = logged[logged.length - 1];
  if (first !== undefined && last !== undefined) {
    const from = letterDate(localDayOf(first, tz), lang);
    const to = letterDate(localDayOf(last, tz), lang);
    put('findings.period', from === to ? from : lang === 'zh-CN' ? `${from}至${to}` : `${from} to ${to}`);
    put('findings.entryCount', String(logged.length));
    const head =
      lang === 'zh-CN'
        ? `本人的催收联系记录，共${logged.length}条（${out['findings.period'] ?? ''}），可提供导出的案件包供核对`
        : `My log of ${logged.length} collection contacts (${out['findings.period'] ?? ''}); the exported case pack can be provided for checking`;
    putLines('evidence.list', [
      head,
      ...capped(
        entries.flatMap((e) => evidenceLines(e, tz, lang)),
        lang,
      ),
    ]);
  }

  for (const [id, value] of Object.entries(courtPaperValues(entries, tz, lang))) put(id as FieldId, value);
  const [set] = computeDeadlines({ ...caseFile, debts: [debt] }, { today });
  const objection = set?.deadlines.filter((d) => d.id === 'payment-order-objection').at(-1);
  if (objection !== undefined) {
    put('paymentOrder.receivedOn', letterDate(objection.startDay, lang));
    put('paymentOrder.objectBy', letterDate(objection.due, lang));
  }
  return out;
}
