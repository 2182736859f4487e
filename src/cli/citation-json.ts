import { citationById, type CitationId } from '../domain/citations/citations.ts';

export const CLI_LANGS = ['zh-CN', 'en'] as const;
export type CliLang = (typeof CLI_LANGS)[number];

/** A citation as the JSON outputs of `analyze` and `deadlines` print it: the instrument in the chosen language. */
export function citationJson(id: CitationId, lang: CliLang) {
  const c = citationById(id);
  return {
    id: c.id,
    instrument: lang === 'zh-CN' ? c.instrument.zh : c.instrument.en,
    article: c.article,
    ...(c.pinpoint === undefined ? {} : { pinpoint: c.pinpoint }),
    binding: c.binding,
    confidence: c.confidence,
    articleUnverified: c.articleUnverified,
  };
}
