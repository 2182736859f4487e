import i18next from 'i18next';
import type { Translate } from '../domain/shared/messages.ts';

/**
 * The app's words for the CLI: an i18next instance of its own over the locale files it is handed, so keys,
 * `{{values}}` and `_one`/`_other` plurals resolve exactly as they do in the app (src/i18n/i18n.ts). Plain text
 * output, so nothing is HTML-escaped.
 */
export function cliTranslator(lang: string, namespaces: Readonly<Record<string, object>>): Translate {
  const words = i18next.createInstance();
  void words.init({
    lng: lang,
    resources: { [lang]: namespaces },
    ns: Object.keys(namespaces),
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Keys are typed for the app's own resources (src/i18n/i18next.d.ts); here they come from the domain as strings.
  const t = words.t as unknown as (key: string, options: object) => string;
  return (key, values) => t(key, values ?? {});
}
