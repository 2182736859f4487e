import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n.ts';
import type { Language } from './resources.ts';

/** The UI language for Intl formatting; re-renders on a language switch. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}
