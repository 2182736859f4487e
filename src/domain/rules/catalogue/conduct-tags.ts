import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, TableRule } from '../rule.ts';
import { taggedEntries } from './tagged.ts';

/** legal-facts.md §12: deception, money demands, shaming, side channels and property. */
export const CONDUCT_ROWS = [
  {
    id: 'R28',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [
      'xingfa-279',
      'zhian-2012-51',
      'zhian-2025',
      'yinbao-xiaobao-41',
      'cba-2026',
      'xiaodai-2025-item1',
    ],
    bindingAsWritten: 'LAW + DR + SRO',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R29',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-280'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full',
  },
  {
    id: 'R30',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026'],
    // 刑法 196 and the 2018 decision are "the true criminal test", not the prohibition (Table A R30).
    contextCitationIds: ['xingfa-196', 'spc-overdraft-2018'],
    bindingAsWritten: 'SRO (+LAW context)',
    confidenceAsWritten: 'V-sec / V-full',
  },
  {
    id: 'R31',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-274', 'zhian-2012-49', 'zhian-2025-58'],
    bindingAsWritten: 'LAW',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R32',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['nifa-2018-19', 'cba-2026'],
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R33',
    kind: 'may-not',
    topic: 'fees-payments',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026'],
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R34',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['cba-2026', 'minfadian-1024', 'minfadian-1033'],
    bindingAsWritten: 'SRO + LAW',
    confidenceAsWritten: 'V-sec / V-full',
  },
  {
    id: 'R35',
    kind: 'may-not',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026'],
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R36',
    kind: 'may-not',
    topic: 'threats-privacy',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xiaodai-2025-item3', 'minsufa-2023-250-266'],
    bindingAsWritten: 'RND + LAW',
    confidenceAsWritten: 'V-sec / V-full',
  },
] as const satisfies readonly TableRule[];

/** Tag `seized-property`: enforcement is the court's job (R36). */
export const seizedProperty = {
  id: 'seized-property',
  tableRows: ['R36'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['xiaodai-2025-item3', 'minsufa-2023-250-266'],
  params: {},
  check: taggedEntries(['seized-property']),
} as const satisfies CheckRule;

/** Tag `urged-new-loan`: 以贷养贷 (R33). */
export const urgedNewLoan = {
  id: 'urged-new-loan',
  tableRows: ['R33'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026'],
  params: {},
  check: taggedEntries(['urged-new-loan']),
} as const satisfies CheckRule;

/** Tags `impersonated-authority` and `fake-legal-document` (R28, R29; case-file-v1: 刑法 279, 280). */
export const impersonatedAuthority = {
  id: 'impersonated-authority',
  tableRows: ['R28', 'R29'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: ['xingfa-279', 'zhian-2012-51', 'zhian-2025', 'cba-2026'],
  citationsByDebtKind: {
    'credit-card': ['yinbao-xiaobao-41'],
    'bank-loan': ['yinbao-xiaobao-41'],
    'consumer-finance': ['yinbao-xiaobao-41'],
    microloan: ['xiaodai-2025-item1'],
  },
  params: {},
  check: taggedEntries(['impersonated-authority', 'fake-legal-document'], (matched) =>
    matched.includes('fake-legal-document') ? ['xingfa-280'] : [],
  ),
} as const satisfies CheckRule;

/**
 * Tag `false-crime-claim` ("逾期就是犯罪"): exaggerating legal consequences is an industry ban (R30); 刑法 196
 * is cited as the real test a claim of crime would have to meet, not as a ban on the claim.
 */
export const falseCrimeClaim = {
  id: 'false-crime-claim',
  tableRows: ['R30'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026'],
  contextCitationIds: ['xingfa-196', 'spc-overdraft-2018'],
  params: {},
  check: taggedEntries(['false-crime-claim']),
} as const satisfies CheckRule;

/** Tags `extra-fee` and `personal-account-payment`: repayment only through designated channels (R32). */
export const improperPaymentDemand = {
  id: 'improper-payment-demand',
  tableRows: ['R32'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['nifa-2018-19', 'cba-2026'],
  params: {},
  check: taggedEntries(['extra-fee', 'personal-account-payment']),
} as const satisfies CheckRule;

/** Tag `private-social-account`: agencies using private phones or social accounts (R35). */
export const privateSocialAccount = {
  id: 'private-social-account',
  tableRows: ['R35'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026'],
  params: {},
  check: taggedEntries(['private-social-account']),
} as const satisfies CheckRule;
