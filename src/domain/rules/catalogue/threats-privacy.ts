import type { CitationId } from '../../citations/citations.ts';
import type { DebtKind } from '../../case/types.ts';
import { ALL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, TableRule } from '../rule.ts';
import { taggedEntries } from './tagged.ts';

/** legal-facts.md §12: force, threats, insults and personal information. */
export const THREATS_PRIVACY_ROWS = [
  {
    id: 'R01',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-293-1-1'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R02',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-293-1-2'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R03',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-293-1-3'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R04',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-238-3', 'zhian-2012-40-3', 'zhian-2025'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R07',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['zhian-2012-42-1', 'zhian-2025-50-1'],
    // 刑法 293 only "if continued after police intervention" (Table A).
    contextCitationIds: ['xingfa-293'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R08',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-246', 'zhian-2012-42-2', 'zhian-2025-50', 'minfadian-1024'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R09',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['zhian-2012-42-5', 'zhian-2025-50-1-5'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R12',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ['microloan'],
    citationIds: ['xiaodai-2025-item4'],
    bindingAsWritten: 'RND/DR',
    confidenceAsWritten: 'V-sec (art. no. unverified)',
  },
  {
    id: 'R13',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [
      'xingfa-253-1',
      'spc-pi-2017-3',
      'spc-pi-2017-5',
      'pipl-10',
      'pipl-23',
      'pipl-66',
      'zhian-2025-personal-info',
    ],
    bindingAsWritten: 'LAW + JI',
    confidenceAsWritten: 'V-full (2025 治安 V-sec)',
  },
] as const satisfies readonly TableRule[];

/**
 * Lender-specific bans on violence, threats and intimidation: 信用卡办法 68 (§6.1), 银保消保办法 41 (§6.3, banks
 * and consumer finance), 消费金融公司管理办法 (§6.4), 小贷办法 item 2 (§6.5).
 */
const FORCE_BY_DEBT_KIND: Partial<Record<DebtKind, readonly CitationId[]>> = {
  'credit-card': ['xinyongka-68', 'yinbao-xiaobao-41'],
  'bank-loan': ['yinbao-xiaobao-41'],
  'consumer-finance': ['xiaojin-2024', 'yinbao-xiaobao-41'],
  microloan: ['xiaodai-2025-item2'],
};

/**
 * Tag `threat`: threats to personal safety only (body, life, the family's safety), Table A R07 and sheet §16 R87:
 * 治安 2012 Art. 42(1) → 2025 Art. 50(1)(1), whose 2025 wording is as reported (unverified). Announcing a lawful
 * step that is true ("we will sue", "we'll report to the credit bureau", "we'll apply for enforcement") is lawful
 * (R90); a claim of crime goes to `false-crime-claim`, other exaggerated consequences to `false-consequence`,
 * threats of exposure to `public-exposure`.
 */
export const threat = {
  id: 'threat',
  tableRows: ['R07'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['zhian-2012-42-1', 'zhian-2025-50-1-1', 'cba-2026'],
  contextCitationIds: ['xingfa-293'],
  citationsByDebtKind: FORCE_BY_DEBT_KIND,
  params: {},
  check: taggedEntries(['threat']),
} as const satisfies CheckRule;

/**
 * Tag `insult`. 民法典 1024 forbids harming reputation by insult; the 治安 and criminal provisions need a public
 * insult or serious circumstances (legal-facts.md §2 Art. 246, §3), which the tag alone does not show.
 */
export const insult = {
  id: 'insult',
  tableRows: ['R08'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['minfadian-1024', 'cba-2026'],
  contextCitationIds: ['xingfa-246', 'zhian-2012-42-2', 'zhian-2025-50'],
  citationsByDebtKind: { 'credit-card': ['xinyongka-68'], microloan: ['xiaodai-2025-item2'] },
  params: {},
  check: taggedEntries(['insult']),
} as const satisfies CheckRule;

/**
 * Tag `violence`. Beating or injuring someone is 治安 2012 Art. 43 (§3.1; its 2025 number is unverified); 刑法
 * 293-1(1) (R01) applies only where the debt itself is illegal, so it is background.
 */
export const violence = {
  id: 'violence',
  tableRows: ['R01'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['zhian-2012-43', 'zhian-2025', 'cba-2026'],
  contextCitationIds: ['xingfa-293-1-1'],
  citationsByDebtKind: FORCE_BY_DEBT_KIND,
  params: {},
  check: taggedEntries(['violence']),
} as const satisfies CheckRule;

/** Tag `detention`. 刑法 238 para 3 covers holding someone to force payment of any debt (R04). */
export const detention = {
  id: 'detention',
  tableRows: ['R04', 'R02'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['xingfa-238-3', 'zhian-2012-40-3', 'zhian-2025'],
  contextCitationIds: ['xingfa-293-1-2'],
  params: {},
  check: taggedEntries(['detention']),
} as const satisfies CheckRule;

/** Tag `public-exposure`: posting notices in public, spreading the debtor's details (R34, R11, R12). */
export const publicExposure = {
  id: 'public-exposure',
  tableRows: ['R34', 'R11', 'R12'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: [
    'minfadian-1024',
    'minfadian-1033',
    'zhian-2012-42-6',
    'zhian-2025-50',
    'pipl-25',
    'cba-2026',
  ],
  citationsByDebtKind: { microloan: ['xiaodai-2025-item4'] },
  params: {},
  check: taggedEntries(['public-exposure']),
} as const satisfies CheckRule;
