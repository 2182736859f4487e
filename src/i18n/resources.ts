// zh-CN, the first language and the source of key types, comes in two parts: the words of the first screen are
// bundled with the app so the first paint never waits; the rest (./locales-zh-CN-later.ts) load with the screens
// that use them. English (./locales-en.ts) is one chunk loaded when chosen. Every chunk is precached, so all of
// it works offline. When you add a namespace file, add it here (first screen) or to the later file, and to
// ./locales-en.ts.
import type { zhCNLater } from './locales-zh-CN-later.ts';
import zhCommon from '../../locales/zh-CN/common.json';
import zhDebts from '../../locales/zh-CN/debts.json';
import zhNav from '../../locales/zh-CN/nav.json';
import zhOnboarding from '../../locales/zh-CN/onboarding.json';
import zhShell from '../../locales/zh-CN/shell.json';
import zhToday from '../../locales/zh-CN/today.json';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];

export const defaultNS = 'common';

/** Namespaces of the first screen (and the shell around every screen). */
const zhCNFirst = {
  common: zhCommon,
  nav: zhNav,
  onboarding: zhOnboarding,
  shell: zhShell,
  debts: zhDebts,
  today: zhToday,
};

export type Resources = typeof zhCNFirst & typeof zhCNLater;
export type Namespace = keyof Resources;

export const FIRST_SCREEN_NAMESPACES = Object.keys(zhCNFirst) as (keyof typeof zhCNFirst)[];

export const resources = { 'zh-CN': zhCNFirst } as const;

/** The words of one namespace in one language, from the bundle or from its chunk. */
export async function loadWords(lng: Language, ns: Namespace): Promise<Record<string, unknown>> {
  if (lng === 'en') {
    const { en } = await import('./locales-en.ts');
    return (en satisfies Resources)[ns];
  }
  if (ns in zhCNFirst) return zhCNFirst[ns as keyof typeof zhCNFirst];
  const { zhCNLater: later } = await import('./locales-zh-CN-later.ts');
  return later[ns as keyof typeof later];
}
