/**
 * Field values worked out from the case file: what the borrower already entered and logged. The user may
 * override every one of them; an absent value is a blank the letter reports as missing.
 */
import type { CaseFile, Debt } from '../case/types.ts';
import { daysBetween } from '../calendar/days.ts';
import type { Finding } from '../rules/evaluate.ts';
import type { FieldId } from './fields.ts';
import { letterDate, letterMoney } from './format.ts';
import type { LetterLang } from './types.ts';

export type FieldValues = Partial<Record<FieldId, string>>;

export interface DeriveInput {
  readonly caseFile: CaseFile;
  readonly debt: Debt;
  readonly lang: LetterLang;
  readonly today: string;
  readonly findings: readonly Finding[];
}

const KIND_NAMES: Readonly<Record<Debt['kind'], Readonly<Record<LetterLang, string>>>> = {
  'credit-card': { 'zh-CN': '信用卡', en: 'credit card' },
  'online-loan': { 'zh-CN': '网络贷款', en: 'online loan' },
  'consumer-finance': { 'zh-CN': '消费金融贷款', en: 'consumer-finance loan' },
  microloan: { 'zh-CN': '小额贷款', en: 'microloan' },
  'bank-loan': { 'zh-CN': '银行贷款', en: 'bank loan' },
  'private-loan': { 'zh-CN': '个人借款', en: 'private loan' },
  other: { 'zh-CN': '借款', en: 'loan' },
};

export function deriveValues(input: DeriveInput): FieldValues {
  const { caseFile, debt, lang, today } = input;
  const out: FieldValues = {};
  const put = (id: FieldId, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') out[id] = value;
  };
  put('letter.date', letterDate(today, lang));
  put('borrower.name', caseFile.borrower?.name);
  put('borrower.phone', caseFile.borrower?.phones?.[0]);
  put('debt.creditor', debt.creditor);
  put('debt.kind', KIND_NAMES[debt.kind][lang]);
  if (debt.principal !== undefined) put('debt.principal', letterMoney(debt.principal, lang));
  if (debt.firstMissedDueDate !== undefined) {
    put('debt.firstMissedDueDate', letterDate(debt.firstMissedDueDate, lang));
    const days = daysBetween(debt.firstMissedDueDate, today);
    if (days > 0) put('debt.daysOverdue', String(days));
  }
  if (debt.lastPaymentDate !== undefined) put('debt.lastPaymentDate', letterDate(debt.lastPaymentDate, lang));
  return out;
}
