import type { Citation } from './citation.ts';

/**
 * Where in its instrument a citation points, as a code the UI words: "238 para 3" → articlePara (第 238 条第 3 款 /
 * Art. 238 para 3), "1032, para 2"-style lists → articleAndPara, "1032–1033" → articles, "item 4" → item (第 4 项).
 * Numbers are passed on exactly as legal-facts.md gives them; only the words around them are translated.
 */
type CitationWhere =
  | { readonly key: 'article' | 'articles'; readonly article: string }
  | { readonly key: 'articlePara' | 'articleAndPara'; readonly article: string; readonly para: string }
  | { readonly key: 'item'; readonly item: string }
  | { readonly key: 'pinpoint'; readonly text: string }
  | null;

export function citationWhere(c: Citation): CitationWhere {
  if (c.article) {
    const para = /^(.*?)(,?) para (\d+)$/.exec(c.article);
    if (para) {
      const [, article = '', comma, n = ''] = para;
      return { key: comma ? 'articleAndPara' : 'articlePara', article, para: n };
    }
    return { key: /[–,]/.test(c.article) ? 'articles' : 'article', article: c.article };
  }
  const item = c.pinpoint ? /^item (\d+)$/.exec(c.pinpoint) : null;
  if (item) return { key: 'item', item: item[1] ?? '' };
  return c.pinpoint ? { key: 'pinpoint', text: c.pinpoint } : null;
}
