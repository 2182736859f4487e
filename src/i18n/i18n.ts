import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  defaultNS,
  FIRST_SCREEN_NAMESPACES,
  loadWords,
  resources,
  SUPPORTED_LANGUAGES,
  type Language,
  type Namespace,
} from './resources.ts';

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

/** Reads words that are not bundled (English; zh-CN screens after the first) from their chunks when needed. */
const chunkBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(lng, ns, callback) {
    if (!isLanguage(lng)) {
      callback(null, {});
      return;
    }
    loadWords(lng, ns as Namespace).then(
      (words) => callback(null, (words as Record<string, string> | undefined) ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/**
 * Resolves once the start-up language's first-screen words are in place; main.tsx renders after it. For zh-CN that
 * is at once (bundled); for English it is one chunk read from the service-worker cache.
 */
export const i18nReady: Promise<unknown> = i18next
  .use(chunkBackend)
  .use(initReactI18next)
  .init({
    resources,
    // The first screen's zh-CN words come bundled; everything else comes through chunkBackend.
    partialBundledLanguages: true,
    ns: FIRST_SCREEN_NAMESPACES,
    defaultNS,
    lng: detectLanguage(readSavedLanguage(), browserLanguages()),
    fallbackLng: 'zh-CN',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: false },
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

/** Makes sure the words of later screens are loaded (in the current language, and in any language chosen later). */
export async function loadNamespaces(namespaces: readonly Namespace[]): Promise<void> {
  await i18next.loadNamespaces([...namespaces]);
}
