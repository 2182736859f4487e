import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultNS, namespaces, resources, SUPPORTED_LANGUAGES, type Language } from './resources.ts';

/**
 * Boot-time source of the language. The settings table (data layer) may also remember it, but the first paint has
 * to happen before IndexedDB answers, so the shell keeps its own copy here.
 */
export const LANG_STORAGE_KEY = 'youju.lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * zh-CN is the first language: it wins unless the browser clearly prefers English. The first browser language that
 * is Chinese or English decides; anything else (or nothing) falls back to zh-CN.
 */
export function detectLanguage(saved: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(saved)) return saved;
  for (const raw of browserLanguages) {
    const tag = raw.toLowerCase();
    if (tag === 'zh' || tag.startsWith('zh-')) return 'zh-CN';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'zh-CN';
}

function readSavedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANG_STORAGE_KEY) ?? null;
  } catch {
    // Storage can throw in locked-down in-app browsers; the browser language is a fine fallback.
    return null;
  }
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

function syncDocument(lng: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lng;
  document.title = i18next.t('common:appName', { lng });
}

export const i18n = i18next;

void i18next.use(initReactI18next).init({
  resources,
  ns: namespaces,
  defaultNS,
  lng: detectLanguage(readSavedLanguage(), browserLanguages()),
  fallbackLng: 'zh-CN',
  supportedLngs: [...SUPPORTED_LANGUAGES],
  // Resources are bundled, so initialisation is synchronous and the first render already has its words.
  initAsync: false,
  // React escapes what it renders.
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

i18next.on('languageChanged', syncDocument);
syncDocument(i18next.language);

/** Switches the UI language and remembers it for the next launch. */
export async function setLanguage(lng: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(LANG_STORAGE_KEY, lng);
  } catch {
    // Not remembered across launches, but the switch itself still works.
  }
  await i18next.changeLanguage(lng);
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'zh-CN';
}
