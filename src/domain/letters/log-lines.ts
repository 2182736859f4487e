/**
 * The log, written out as letter lines: each contact with its local date and time (case time zone), who called
 * from which number, the words the borrower noted, and the entry id so a reader can find it in the case pack.
 */
import type { Entry, ConductTag, ThirdPartyRelation } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import { instantOf } from '../case/dates.ts';
import { localMoment } from '../rules/local-time.ts';
import { letterDate } from './format.ts';
import type { LetterLang } from './types.ts';

type Words = Readonly<Record<LetterLang, string>>;

const whenText = (e: Entry, timeZone: string, lang: LetterLang): string => {
  const m = localMoment(instantOf(e.at), timeZone);
  const hh = String(Math.floor(m.secondOfDay / 3600)).padStart(2, '0');
  const mm = String(Math.floor((m.secondOfDay % 3600) / 60)).padStart(2, '0');
  return lang === 'zh-CN'
    ? `${letterDate(m.day, lang)}${hh}:${mm}`
    : `${letterDate(m.day, lang)}, ${hh}:${mm}`;
};

const KIND: Readonly<Record<Entry['kind'], Words>> = {
  call: { 'zh-CN': '来电', en: 'call' },
  sms: { 'zh-CN': '短信', en: 'text message' },
  message: { 'zh-CN': '消息', en: 'message' },
  visit: { 'zh-CN': '上门', en: 'visit' },
  letter: { 'zh-CN': '信函', en: 'letter' },
  'third-party-contact': { 'zh-CN': '联系第三方', en: 'contact with a third party' },
  payment: { 'zh-CN': '还款', en: 'payment' },
  note: { 'zh-CN': '备注', en: 'note' },
};

const RELATION: Readonly<Record<ThirdPartyRelation, Words>> = {
  spouse: { 'zh-CN': '本人配偶', en: 'my spouse' },
  relative: { 'zh-CN': '本人亲属', en: 'a relative of mine' },
  colleague: { 'zh-CN': '本人同事', en: 'a colleague of mine' },
  employer: { 'zh-CN': '本人单位', en: 'my employer' },
  friend: { 'zh-CN': '本人朋友', en: 'a friend of mine' },
  'contact-list': { 'zh-CN': '本人通讯录中的联系人', en: 'people in my phone contacts' },
  other: { 'zh-CN': '其他人', en: 'another person' },
};

const TAG: Readonly<Record<ConductTag, Words>> = {
  threat: { 'zh-CN': '威胁', en: 'threats' },
  insult: { 'zh-CN': '辱骂', en: 'insults' },
  violence: { 'zh-CN': '暴力', en: 'violence' },
  detention: { 'zh-CN': '限制人身自由', en: 'restraint of my freedom of movement' },
  'public-exposure': { 'zh-CN': '公开曝光', en: 'public exposure' },
  'impersonated-authority': { 'zh-CN': '冒充国家机关', en: 'posing as an authority' },
  'fake-legal-document': { 'zh-CN': '出示伪造的法律文书', en: 'a forged legal document' },
  'false-crime-claim': { 'zh-CN': '声称逾期即构成犯罪', en: 'a claim that being overdue is a crime' },
  'extra-fee': { 'zh-CN': '要求额外收费', en: 'a demand for extra fees' },
  'personal-account-payment': { 'zh-CN': '要求转账至个人账户', en: 'a demand to pay a personal account' },
  'urged-new-loan': { 'zh-CN': '诱导借新还旧', en: 'pressure to borrow to repay' },
  'seized-property': { 'zh-CN': '扣押财产', en: 'taking of property' },
  'private-social-account': { 'zh-CN': '使用私人社交账号', en: 'a private social-media account' },
  harassment: { 'zh-CN': '纠缠骚扰', en: 'pestering and harassment' },
  'property-damage': { 'zh-CN': '损坏财物', en: 'damage to my property' },
  'false-consequence': { 'zh-CN': '夸大或编造后果', en: 'exaggerated or made-up consequences' },
};

/** Tags that are matters for the police (legal-facts.md §10, 110): threats, violence, detention, impersonation. */
const POLICE_TAGS: readonly ConductTag[] = [
  'threat',
  'violence',
  'detention',
  'impersonated-authority',
  'fake-legal-document',
  'seized-property',
];

const quote = (notes: string | undefined, lang: LetterLang): string => {
  const text = notes?.trim() ?? '';
  if (text === '') return '';
  return lang === 'zh-CN' ? `，记录内容：“${text}”` : `; noted: "${text}"`;
};

const who = (e: Entry, lang: LetterLang): string => {
  const c = e.collector;
  const parts = [c?.name, c?.person].filter((x): x is string => x !== undefined && x.trim() !== '');
  const phone = c?.phone?.trim() ?? '';
  const name = parts.join(lang === 'zh-CN' ? ' ' : ', ');
  if (lang === 'zh-CN') {
    const from = phone === '' ? '' : `（号码${phone}）`;
    return name === '' ? from : `，对方自称${name}${from}`;
  }
  const from = phone === '' ? '' : ` (number ${phone})`;
  return name === '' ? from : `, giving the name ${name}${from}`;
};

const ref = (e: Entry, lang: LetterLang): string =>
  lang === 'zh-CN' ? `（记录编号：${e.id}）` : ` (log entry ${e.id})`;

/** A collection contact: "2026年11月3日15:20 来电，对方自称某外包公司 刘某（号码…），记录内容：“…”（记录编号：a3）". */
export function contactLine(e: Entry, timeZone: string, lang: LetterLang): string {
  const answered =
    e.kind === 'call' && e.answered === false ? (lang === 'zh-CN' ? '（未接通）' : ' (unanswered)') : '';
  const sep = lang === 'zh-CN' ? ' ' : ' — ';
  return `${whenText(e, timeZone, lang)}${sep}${KIND[e.kind][lang]}${answered}${who(e, lang)}${quote(e.notes, lang)}${ref(e, lang)}`;
}

/** Court papers are not collection contacts: they are listed with their deadlines, not as pressure. */
const COURT_LETTERS = new Set(['court-summons', 'payment-order', 'judgment', 'ruling', 'enforcement-notice']);

export const isCollectionContact = (e: Entry): boolean =>
  directionOf(e) === 'incoming' &&
  (['call', 'sms', 'message', 'visit'].includes(e.kind) ||
    (e.kind === 'letter' && !COURT_LETTERS.has(e.letter?.type ?? '')));

/** A contact with a third party: who was contacted and whether the debt was disclosed. */
export function thirdPartyLine(e: Entry, timeZone: string, lang: LetterLang): string {
  const rel = RELATION[e.thirdParty?.relation ?? 'other'][lang];
  const told =
    e.thirdParty?.disclosedDebt === true
      ? lang === 'zh-CN'
        ? '，并透露了本人的欠款情况'
        : ' and told them about my debt'
      : '';
  const body = lang === 'zh-CN' ? `催收方联系了${rel}${told}` : `the collector contacted ${rel}${told}`;
  const sep = lang === 'zh-CN' ? ' ' : ' — ';
  return `${whenText(e, timeZone, lang)}${sep}${body}${who(e, lang)}${quote(e.notes, lang)}${ref(e, lang)}`;
}

/** Conduct for the police statement: the tags, the visit facts, the words noted. */
export function conductLine(e: Entry, timeZone: string, lang: LetterLang): string {
  const tags = (e.tags ?? []).filter((t) => POLICE_TAGS.includes(t)).map((t) => TAG[t][lang]);
  if (e.kind === 'visit' && e.visit?.entered === true && e.visit.consentToEnter !== true)
    tags.push(lang === 'zh-CN' ? '未经同意进入' : 'entry without my consent');
  const what = tags.join(lang === 'zh-CN' ? '、' : ', ');
  const sep = lang === 'zh-CN' ? ' ' : ' — ';
  const body =
    lang === 'zh-CN' ? `${KIND[e.kind][lang]}，涉及${what}` : `${KIND[e.kind][lang]} involving ${what}`;
  return `${whenText(e, timeZone, lang)}${sep}${body}${who(e, lang)}${quote(e.notes, lang)}${ref(e, lang)}`;
}

export const isPoliceMatter = (e: Entry): boolean =>
  (e.tags ?? []).some((t) => POLICE_TAGS.includes(t)) ||
  (e.kind === 'visit' && e.visit?.entered === true && e.visit.consentToEnter !== true);

/** One line per attached file: the entry, its date, the file and its SHA-256 (so the copy can be checked). */
export function evidenceLines(e: Entry, timeZone: string, lang: LetterLang): string[] {
  return (e.attachments ?? []).map((a) => {
    const name = a.name?.trim() ?? '';
    if (lang === 'zh-CN')
      return `记录${e.id}（${whenText(e, timeZone, lang)} ${KIND[e.kind][lang]}）的附件${name === '' ? '' : `“${name}”`}，SHA-256：${a.sha256}`;
    return `Entry ${e.id} (${KIND[e.kind][lang]}, ${whenText(e, timeZone, lang)}): file${name === '' ? '' : ` "${name}"`}, SHA-256 ${a.sha256}`;
  });
}
