/**
 * Words from locale files outside React (the CLI, report.html): a key such as `rules:rule.threat.detail` is looked up
 * in the namespace objects, `{{name}}` is filled in and `_one`/`_other` plurals are chosen by Intl.PluralRules, as
 * i18next does in the app. The domain never imports the files; its callers hand them in.
 */
export type Translate = (key: string, values?: Readonly<Record<string, string | number>>) => string;

function interpolate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{\s*([^}\s]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}

function lookup(tree: unknown, path: readonly string[]): string | undefined {
  let node = tree;
  for (const part of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A translate function over `{ namespace: json }` for one language; an unknown key comes back as the key. */
export function translator(lang: string, namespaces: Readonly<Record<string, unknown>>): Translate {
  const plural = new Intl.PluralRules(lang);
  return (key, values = {}) => {
    const [ns = '', rest = ''] = key.includes(':') ? key.split(/:(.*)/s) : ['', key];
    const path = rest.split('.');
    const count = values.count;
    const last = path[path.length - 1] ?? '';
    const pluralPath =
      typeof count === 'number' ? [...path.slice(0, -1), `${last}_${plural.select(count)}`] : null;
    const template =
      (pluralPath === null ? undefined : lookup(namespaces[ns], pluralPath)) ?? lookup(namespaces[ns], path);
    return template === undefined ? key : interpolate(template, values);
  };
}
