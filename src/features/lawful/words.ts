import type { i18n as I18n } from 'i18next';
import type { Language } from '../../i18n/resources.ts';

/**
 * Looks up a key built at run time (a Table A row, a claim id, a topic) in a given language. Keys are checked by the
 * tests (tests/features/lawful/lawful-keys.test.ts) rather than by the compiler, because they are assembled from data ids.
 */
export function wordsIn(i18n: I18n, lng: Language, key: string, options?: Record<string, unknown>): string {
  const t = i18n.t as unknown as (k: string, o: Record<string, unknown>) => string;
  return t(key, { ...options, lng });
}

/**
 * Table A row texts: rows the stage detail already shows keep their words in `stageDetail`; the rest are in
 * `lawful`.
 */
export function rowKey(i18n: I18n, id: string): string {
  return i18n.exists(`stageDetail:row.${id}`, { lng: 'zh-CN' })
    ? `stageDetail:row.${id}`
    : `lawful:row.${id}`;
}
