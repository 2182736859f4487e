// Every namespace is bundled statically: the app must work offline from the first paint, so there is no lazy
// loading backend. When you add a namespace file, add its two import lines here (zh-CN is the source of key types).
import zhCaseErrors from '../../locales/zh-CN/caseErrors.json';
import zhCommon from '../../locales/zh-CN/common.json';
import zhDebts from '../../locales/zh-CN/debts.json';
import zhMyData from '../../locales/zh-CN/myData.json';
import zhNav from '../../locales/zh-CN/nav.json';
import zhOnboarding from '../../locales/zh-CN/onboarding.json';
import zhRules from '../../locales/zh-CN/rules.json';
import zhShell from '../../locales/zh-CN/shell.json';
import enCaseErrors from '../../locales/en/caseErrors.json';
import enCommon from '../../locales/en/common.json';
import enDebts from '../../locales/en/debts.json';
import enMyData from '../../locales/en/myData.json';
import enNav from '../../locales/en/nav.json';
import enOnboarding from '../../locales/en/onboarding.json';
import enRules from '../../locales/en/rules.json';
import enShell from '../../locales/en/shell.json';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const defaultNS = 'common';

const zhCN = {
  common: zhCommon,
  nav: zhNav,
  onboarding: zhOnboarding,
  shell: zhShell,
  debts: zhDebts,
  myData: zhMyData,
  caseErrors: zhCaseErrors,
  rules: zhRules,
};

// `satisfies` keeps en honest at the type level for the namespaces; the key-by-key check is tests/i18n/keys.test.ts.
const en = {
  common: enCommon,
  nav: enNav,
  onboarding: enOnboarding,
  shell: enShell,
  debts: enDebts,
  myData: enMyData,
  caseErrors: enCaseErrors,
  rules: enRules,
} satisfies Record<keyof typeof zhCN, unknown>;

export const resources = { 'zh-CN': zhCN, en } as const satisfies Record<Language, unknown>;

export type Namespace = keyof typeof zhCN;
export const namespaces = Object.keys(zhCN) as Namespace[];
