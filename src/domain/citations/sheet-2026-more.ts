import type { Citation } from './citation.ts';
import { minfadian } from './civil.ts';
import { OVERDRAFT_2018, PRIVATE_LENDING, XINGFA, ZHIAN_2025 } from './instruments.ts';
import { cite } from './sheet-2026.ts';

/**
 * Criminal, enforcement-stage, civil-code and legal-aid sources added to legal-facts.md in 2026-12 (its §16, rows
 * R61–R70, R85, R91–R94, R111–R121). Numbers are copied as the sheet writes them; docs/legal-sources.md lists the
 * instruments.
 */

const OVERDRAFT_2009 = {
  zh: '最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释（法释〔2009〕19号，2018年修改前）',
  en: 'SPC/SPP Interpretation on Credit Card Crimes (Fa Shi [2009] No. 19, before its 2018 amendment)',
} as const;
const PROSECUTION_STANDARD_2022 = {
  zh: '最高人民检察院、公安部关于公安机关管辖的刑事案件立案追诉标准的规定（二）（2022修订）',
  en: 'SPP/MPS Provisions on Prosecution Standards for Criminal Cases under Police Jurisdiction (II) (2022 revision)',
} as const;
const REFUSE_EXECUTE_2024 = {
  zh: '最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释（法释〔2024〕13号）',
  en: 'SPC/SPP Interpretation on Criminal Cases of Refusing to Execute Judgments or Rulings (Fa Shi [2024] No. 13)',
} as const;
const CONSUMPTION_LIMIT = {
  zh: '最高人民法院关于限制被执行人高消费及有关消费的若干规定（2015修正）',
  en: 'SPC Provisions on Restricting High Consumption by Judgment Debtors (2015 amendment)',
} as const;
const DEFAULTER_LIST = {
  zh: '最高人民法院关于公布失信被执行人名单信息的若干规定（2017修正，法释〔2017〕7号）',
  en: 'SPC Provisions on Publishing the List of Defaulting Judgment Debtors (2017 amendment, Fa Shi [2017] No. 7)',
} as const;
const GOOD_FAITH_ENFORCEMENT = {
  zh: '最高人民法院关于在执行工作中进一步强化善意文明执行理念的意见',
  en: 'SPC Opinions on Further Strengthening Good-Faith and Civilised Enforcement (2019)',
} as const;
const HELPLINE_12356 = {
  zh: '国家卫生健康委关于 12356 全国统一心理援助热线的通知（2024年12月，据新华社、人民日报报道）',
  en: "National Health Commission notice on the 12356 national psychological-assistance hotline (December 2024, as reported by Xinhua and People's Daily)",
} as const;
const LEGAL_AID = { zh: '中华人民共和国法律援助法', en: 'Legal Aid Law of the PRC (2021)' } as const;

export const MORE_2026_CITATIONS = [
  // R61–R64: the amount, the thresholds and repayment (new Arts. 8–10 of the 2009 interpretation, as amended).
  cite('spc-overdraft-2018-8', OVERDRAFT_2018, '8', 'JI', 'V-full', '§16 R62', {
    inForceSince: '2018-12-01',
  }),
  cite('spc-overdraft-2018-9', OVERDRAFT_2018, '9', 'JI', 'V-full', '§16 R61', {
    inForceSince: '2018-12-01',
  }),
  cite('spc-overdraft-2018-10', OVERDRAFT_2018, '10', 'JI', 'V-full', '§16 R64', {
    inForceSince: '2018-12-01',
  }),
  // R62: the ¥10,000 figure many older articles still quote; replaced on 2018-12-01 (secondary copies only).
  cite('spc-overdraft-2009', OVERDRAFT_2009, null, 'JI', 'V-sec', '§16 R62', { supersededOn: '2018-12-01' }),
  // R62 gives the row's force as "JI (+ SPP/MPS standard)" and says the standard's article number is not verified.
  cite('prosecution-standard-2022', PROSECUTION_STANDARD_2022, null, 'JI', 'V-sec', '§16 R62', {
    articleUnverified: true,
  }),
  // R67: refusing to execute a judgment.
  cite('xingfa-313', XINGFA, '313', 'LAW', 'V-full', '§16 R67'),
  cite('spc-refuse-execute-2024', REFUSE_EXECUTE_2024, '1, 3, 5, 6, 11', 'JI', 'V-full', '§16 R67', {
    inForceSince: '2024-12-01',
  }),
  // R68–R70: consumption restrictions, the defaulter list and the grace period.
  cite('spc-consumption-limit-2015', CONSUMPTION_LIMIT, '1–3', 'JI', 'V-sec', '§16 R68', {
    inForceSince: '2015-07-22',
  }),
  cite('spc-defaulter-list-2017', DEFAULTER_LIST, '1–4', 'JI', 'V-sec', '§16 R69', {
    inForceSince: '2017-05-01',
  }),
  cite(
    'spc-good-faith-enforcement-2019',
    GOOD_FAITH_ENFORCEMENT,
    null,
    'court-guidance',
    'single-source',
    '§16 R70',
  ),
  // R85: the police no-contact order. New in the 2025 revision, so it replaces nothing; the empty `supersedes`
  // keeps it off conduct before its in-force day (citations.ts appliesOnDay).
  cite('zhian-2025-50-2', ZHIAN_2025, '50 para 2', 'LAW', 'V-sec', '§16 R85', {
    inForceSince: '2026-01-01',
    supersedes: [],
  }),
  // R91–R94: third parties, guarantees and heirs.
  minfadian('minfadian-465', '465 para 2', '§16 R91'),
  minfadian('minfadian-685-687', '685–687', '§16 R92'),
  minfadian('minfadian-1161', '1161', '§16 R94'),
  // R111–R113: illegal lending.
  cite('xingfa-225', XINGFA, '225(4)', 'LAW', 'V-sec', '§16 R111'),
  cite('spc-private-lending-1', PRIVATE_LENDING, '1 para 2', 'JI', 'V-full', '§16 R113'),
  cite('spc-private-lending-13', PRIVATE_LENDING, '13(3)', 'JI', 'V-full', '§16 R113'),
  // R115, R117–R119: setoff, loans in another's name, paid-off debts.
  minfadian('minfadian-568', '568', '§16 R115'),
  minfadian('minfadian-171', '171 para 1', '§16 R117'),
  minfadian('minfadian-557-558', '557, 558', '§16 R119'),
  cite('xingfa-193', XINGFA, '193', 'LAW', 'V-full', '§16 R118'),
  cite('xingfa-266', XINGFA, '266', 'LAW', 'V-full', '§16 R118'),
  cite('xingfa-280-1', XINGFA, '280-1', 'LAW', 'V-full', '§16 R118'),
  // R120: damage to property.
  cite('xingfa-275', XINGFA, '275', 'LAW', 'V-sec', '§16 R120'),
  // R109: 12356, at least 18 hours a day, anonymous; all localities connected by 2025-05-01.
  cite('helpline-12356', HELPLINE_12356, null, 'RND', 'V-sec', '§16 R109'),
  // R121: 12348 and legal aid (eligibility depends on local standards; never promised).
  cite('falv-yuanzhu-2021', LEGAL_AID, null, 'LAW', 'V-sec', '§16 R121'),
] as const satisfies readonly Citation[];
