// zh-CN, the first language and the source of key types, is bundled with the app so the first paint never waits.
// English lives in ./locales-en.ts, a chunk of its own loaded on demand (both are precached, so both work offline).
// When you add a namespace file, add its import here and in ./locales-en.ts.
import zhCaseErrors from '../../locales/zh-CN/caseErrors.json';
import zhCommon from '../../locales/zh-CN/common.json';
import zhDebts from '../../locales/zh-CN/debts.json';
import zhMyData from '../../locales/zh-CN/myData.json';
import zhNav from '../../locales/zh-CN/nav.json';
import zhOnboarding from '../../locales/zh-CN/onboarding.json';
import zhRules from '../../locales/zh-CN/rules.json';
import zhReceived from '../../locales/zh-CN/received.json';
import zhShell from '../../locales/zh-CN/shell.json';
import zhToday from '../../locales/zh-CN/today.json';

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
  today: zhToday,
  received: zhReceived,
};

export const resources = { 'zh-CN': zhCN } as const;

export type Resources = typeof zhCN;

/** The words of one language; English is a separate chunk. `satisfies` keeps its namespaces in step with zh-CN. */
export async function loadLanguage(lng: Language): Promise<Resources> {
  if (lng === 'zh-CN') return zhCN;
  const { en } = await import('./locales-en.ts');
  return en satisfies Record<Namespace, unknown>;
}

export type Namespace = keyof typeof zhCN;
export const namespaces = Object.keys(zhCN) as Namespace[];
