/**
 * Findings written as a letter states them: what happened, on which days, how often, which log entries show it,
 * and the sources — worded by binding force (legal-facts.md §0): "可能违法 / may be illegal" only beside statutes,
 * judicial interpretations and State Council regulations; "监管规定禁止 / regulators prohibit" beside departmental
 * rules and notices; "行业规则禁止 / industry rules prohibit" beside standards and self-regulation. Neutral: the
 * letter reports and asks; it does not accuse.
 */
import type { Citation } from '../citations/citation.ts';
import { isIllegalForce, isRegulatorForce } from '../citations/citation.ts';
import { citationById } from '../citations/citations.ts';
import type { CitationId } from '../citations/citations.ts';
import type { Finding } from '../rules/evaluate.ts';
import type { CheckRuleId } from '../rules/rule.ts';
import { CHECK_RULE_IDS } from '../rules/rule.ts';
import { citationsText, letterDate } from './format.ts';
import type { LetterLang } from './types.ts';

type Words = Readonly<Record<LetterLang, string>>;

const TITLES: Readonly<Record<CheckRuleId, Words>> = {
  'quiet-hours': {
    'zh-CN': '在22:00至次日8:00之间催收，本人未同意在此时段联系',
    en: 'collection contact between 22:00 and 08:00 without my consent to that time',
  },
  'connected-calls-per-day': {
    'zh-CN': '一天内接通的催收电话超过3次',
    en: 'more than 3 connected collection calls in one day',
  },
  'unanswered-attempts-per-day': {
    'zh-CN': '本人未接听时，同一号码一天内拨打超过6次',
    en: 'more than 6 unanswered calls to the same number in one day',
  },
  'third-party-while-reachable': {
    'zh-CN': '在能够联系到本人的情况下联系第三方',
    en: 'contacting third parties while I could be reached',
  },
  'third-party-disclosure': {
    'zh-CN': '向第三方透露本人的欠款情况',
    en: 'telling third parties about my debt',
  },
  'visit-too-few-collectors': {
    'zh-CN': '上门催收的人员少于2人',
    en: 'a collection visit by fewer than 2 collectors',
  },
  'visit-no-id': { 'zh-CN': '上门人员未出示身份证明', en: 'visiting collectors did not show identification' },
  'visit-entry-without-consent': {
    'zh-CN': '未经本人同意进入本人住宅或场所',
    en: 'entering my home or premises without my consent',
  },
  'collection-after-agreement': {
    'zh-CN': '签订分期还款协议后仍继续催收',
    en: 'continuing collection after an instalment agreement was signed',
  },
  'outsourcing-without-notice': {
    'zh-CN': '委托外部机构催收前未通知本人',
    en: 'handing the debt to an outside agency without telling me first',
  },
  threat: { 'zh-CN': '以威胁的方式催收', en: 'threats' },
  insult: { 'zh-CN': '辱骂', en: 'insults' },
  violence: { 'zh-CN': '使用暴力', en: 'violence' },
  detention: { 'zh-CN': '限制本人人身自由', en: 'restricting my freedom of movement' },
  'public-exposure': { 'zh-CN': '公开曝光本人的信息', en: 'publicly exposing my information' },
  'seized-property': { 'zh-CN': '扣押或处置本人财产', en: 'taking or disposing of my property' },
  'urged-new-loan': { 'zh-CN': '诱导本人借新贷还旧贷', en: 'pressing me to take a new loan to repay' },
  'impersonated-authority': {
    'zh-CN': '冒充公检法等国家机关或出示伪造的法律文书',
    en: 'posing as police, procuratorate, court or other authorities, or showing forged legal documents',
  },
  'false-crime-claim': {
    'zh-CN': '声称逾期即构成犯罪',
    en: 'claiming that being overdue is a crime',
  },
  'improper-payment-demand': {
    'zh-CN': '要求支付额外费用或转账至个人账户',
    en: 'demanding extra fees or payment into a personal account',
  },
  'private-social-account': {
    'zh-CN': '使用私人电话或社交账号催收',
    en: 'collecting through private phones or social-media accounts',
  },
  'message-flood': {
    'zh-CN': '一天内发送大量催收短信或消息',
    en: 'a flood of collection texts or messages in one day',
  },
  harassment: { 'zh-CN': '滋扰、纠缠或跟踪', en: 'pestering, clinging or following' },
  'property-damage': { 'zh-CN': '损坏本人财物', en: 'damaging my property' },
  'false-consequence': { 'zh-CN': '编造或夸大后果', en: 'inventing or exaggerating consequences' },
  'collection-after-payoff': {
    'zh-CN': '债务还清后仍继续催收',
    en: 'continuing collection after the debt was paid off',
  },
};

const findingTitle = (ruleId: CheckRuleId, lang: LetterLang): string => TITLES[ruleId][lang];

const FORCE_WORDS: Readonly<Record<'illegal' | 'regulatory' | 'industry', Words>> = {
  illegal: { 'zh-CN': '此类行为可能违法，参见', en: 'This may be illegal; see' },
  regulatory: { 'zh-CN': '监管规定禁止此类行为，参见', en: 'Regulators prohibit this; see' },
  industry: { 'zh-CN': '行业规则禁止此类行为，参见', en: 'Industry rules prohibit this; see' },
};

const forceClass = (c: Citation): 'illegal' | 'regulatory' | 'industry' =>
  isIllegalForce(c.binding) ? 'illegal' : isRegulatorForce(c.binding) ? 'regulatory' : 'industry';

/** "此类行为可能违法，参见《…》第n条。监管规定禁止…" — one sentence per binding-force class present. */
export function sourcesSentence(ids: readonly CitationId[], lang: LetterLang): string {
  const out: string[] = [];
  for (const cls of ['illegal', 'regulatory', 'industry'] as const) {
    const of = ids.filter((id) => forceClass(citationById(id)) === cls);
    if (of.length === 0) continue;
    const list = citationsText(of, lang);
    out.push(lang === 'zh-CN' ? `${FORCE_WORDS[cls][lang]}${list}。` : `${FORCE_WORDS[cls][lang]} ${list}.`);
  }
  return out.join(lang === 'zh-CN' ? '' : ' ');
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const dayText = (f: Finding, lang: LetterLang): string => {
  const day = typeof f.params.localDate === 'string' ? letterDate(f.params.localDate, lang) : '';
  const time = typeof f.params.localTime === 'string' ? f.params.localTime.slice(0, 5) : '';
  const count = typeof f.params.count === 'number' ? f.params.count : null;
  const withTime = time === '' ? day : lang === 'zh-CN' ? `${day}${time}` : `${day}, ${time}`;
  if (count === null) return withTime;
  return lang === 'zh-CN' ? `${withTime}（${count}次）` : `${withTime} (${count} times)`;
};

/**
 * One line per rule broken: "一天内接通的催收电话超过3次：2026年11月3日（4次），共1天（记录编号：a1、a2）。行业规则禁止…"
 * Findings of one rule are grouped; days in order; entry ids in file order as the findings give them.
 */
export function findingLines(findings: readonly Finding[], lang: LetterLang): string[] {
  const lines: string[] = [];
  for (const ruleId of CHECK_RULE_IDS) {
    const of = findings.filter((f) => f.ruleId === ruleId);
    if (of.length === 0) continue;
    const days = [...of].sort((a, b) => String(a.params.localDate).localeCompare(String(b.params.localDate)));
    const when = days.map((f) => dayText(f, lang)).filter((d) => d !== '');
    const entryIds = [...new Set(of.flatMap((f) => f.entryIds))];
    const citations = [...new Set(of.flatMap((f) => f.citationIds))];
    const sources = sourcesSentence(citations, lang);
    // Day-count rules (calls per day) give one finding per day: count days, not contacts.
    const perDay = of.some((f) => typeof f.params.count === 'number');
    if (lang === 'zh-CN') {
      const whenText = when.length === 0 ? '' : `${when.join('、')}，`;
      lines.push(
        `${findingTitle(ruleId, lang)}：${whenText}共${of.length}${perDay ? '天' : '次'}（记录编号：${entryIds.join('、')}）。${sources}`,
      );
    } else {
      const whenText = when.length === 0 ? '' : `${when.join('; ')}; `;
      const times = perDay
        ? `on ${of.length} ${of.length === 1 ? 'day' : 'days'}`
        : of.length === 1
          ? 'once'
          : `${of.length} times`;
      lines.push(
        `${capitalised(findingTitle(ruleId, lang))}: ${whenText}${times} (log entries: ${entryIds.join(', ')}). ${sources}`,
      );
    }
  }
  return lines;
}
