/**
 * One way to write a citation, as parts: the instrument (《…》 in Chinese), where in it (article with 之一,
 * paragraph and item), the binding-force code, the confidence code and the marks of doubt. Every screen, the CLI,
 * the letters and report.html build their citation text from these parts, so "293-1(1)" reads 第293条之一第1项 /
 * Art. 293-1(1) everywhere. Words for the labels (binding force, confidence, marks) stay in locales/…/rules.json;
 * the numbers are kept exactly as legal-facts.md writes them. Arabic numerals, as complaint letters commonly write
 * them.
 */
import { isUnverifiedConfidence, type BindingForce, type CalendarDay, type Confidence } from './citation.ts';
import type { Citation } from './citation.ts';
import { citationById, type CitationId } from './citations.ts';

type CiteLang = 'zh-CN' | 'en';

/** The position inside the instrument, parsed from the sheet's notation. */
type ArticleRef =
  /** "258, 266" or "225–228": several whole articles. */
  | { readonly kind: 'list'; readonly numbers: readonly string[] }
  | { readonly kind: 'range'; readonly numbers: readonly string[] }
  /** "293-1(1)", "238 para 3", "50(1)(5), para 2": one article with its 之一, paragraph and item. */
  | {
      readonly kind: 'one';
      readonly number: string;
      readonly sub?: string;
      /** "(1)" alone is an item; "(1)(5)" is paragraph 1 item 5 (the sheet's notation). */
      readonly items: readonly string[];
      /** A paragraph named apart ("para 2"). */
      readonly para?: string;
    }
  /** "item 4" of a list with no article number. */
  | { readonly kind: 'item'; readonly item: string }
  /** Anything else the sheet gives, shown as it is. */
  | { readonly kind: 'text'; readonly text: string };

/** Marks of doubt the reader must see (legal-facts.md §0): article number unverified; source not verified. */
type CitationMark = 'article-unverified' | 'unverified';

export interface CitationParts {
  readonly id: string;
  /** The instrument's name in the language: 《中华人民共和国民法典》 / Civil Code of the PRC. */
  readonly instrument: string;
  readonly ref: ArticleRef | null;
  /** The position written out: 第293条之一第1项 / Art. 293-1(1); null when the sheet gives none. */
  readonly article: string | null;
  readonly binding: BindingForce;
  readonly bindingAlt?: BindingForce;
  readonly confidence: Confidence;
  readonly marks: readonly CitationMark[];
  readonly inForceSince?: CalendarDay;
  readonly supersededOn?: CalendarDay;
}

export function parseArticle(article: string): ArticleRef {
  if (/^\d+(?:, \d+)+$/.test(article)) return { kind: 'list', numbers: article.split(', ') };
  const range = /^(\d+)–(\d+)$/.exec(article);
  if (range !== null) return { kind: 'range', numbers: [range[1] ?? '', range[2] ?? ''] };
  const m = /^(\d+)(?:-(\d+))?((?:\(\d+\))*)(?:,?\s*para\s+(\d+))?$/.exec(article);
  if (m === null) return { kind: 'text', text: article };
  const [, number = '', sub, items = '', para] = m;
  return {
    kind: 'one',
    number,
    ...(sub === undefined ? {} : { sub }),
    items: [...items.matchAll(/\((\d+)\)/g)].map((x) => x[1] ?? ''),
    ...(para === undefined ? {} : { para }),
  };
}

const ZH_SUB: Readonly<Record<string, string>> = { '1': '一', '2': '二', '3': '三' };

/** 第293条之一第1项 / Art. 293-1(1); "50(1)(5), para 2" → 第50条第1款第5项、第2款. */
export function articleWords(ref: ArticleRef, raw: string, lang: CiteLang): string {
  if (ref.kind === 'item') return lang === 'zh-CN' ? `第${ref.item}项` : `item ${ref.item}`;
  if (ref.kind === 'text') return lang === 'zh-CN' ? `第${ref.text}条` : `Art. ${ref.text}`;
  if (lang === 'en') return ref.kind === 'one' ? `Art. ${raw}` : `Arts. ${raw}`;
  if (ref.kind === 'list') return ref.numbers.map((n) => `第${n}条`).join('、');
  if (ref.kind === 'range') return `第${ref.numbers[0] ?? ''}条至第${ref.numbers[1] ?? ''}条`;
  const zhi = ref.sub === undefined ? '' : `之${ZH_SUB[ref.sub] ?? ref.sub}`;
  const [a, b] = ref.items;
  const itemText = b !== undefined ? `第${a ?? ''}款第${b}项` : a !== undefined ? `第${a}项` : '';
  const paraText = ref.para === undefined ? '' : itemText === '' ? `第${ref.para}款` : `、第${ref.para}款`;
  return `第${ref.number}条${zhi}${itemText}${paraText}`;
}

/**
 * 《…》 around a Chinese name unless it carries its own (an issuer before a title, a standard's number) or is a
 * numbered announcement (中国人民银行公告〔2021〕第3号), which is named as it is.
 */
export const instrumentWords = (c: Citation, lang: CiteLang): string =>
  lang === 'en'
    ? c.instrument.en
    : c.instrument.zh.includes('《') || /公告〔/.test(c.instrument.zh)
      ? c.instrument.zh
      : `《${c.instrument.zh}》`;

function refOf(c: Citation): ArticleRef | null {
  if (c.article !== null) return parseArticle(c.article);
  if (c.pinpoint === undefined) return null;
  const item = /^item (\d+)$/.exec(c.pinpoint);
  return item === null ? { kind: 'text', text: c.pinpoint } : { kind: 'item', item: item[1] ?? '' };
}

export function citationParts(id: CitationId, lang: CiteLang): CitationParts {
  const c = citationById(id);
  const ref = refOf(c);
  const raw = c.article ?? c.pinpoint ?? '';
  const article =
    ref === null ? null : ref.kind === 'text' && c.article === null ? ref.text : articleWords(ref, raw, lang);
  const marks: CitationMark[] = [
    ...(c.articleUnverified ? (['article-unverified'] as const) : []),
    ...(isUnverifiedConfidence(c.confidence) ? (['unverified'] as const) : []),
  ];
  return {
    id: c.id,
    instrument: instrumentWords(c, lang),
    ref,
    article,
    binding: c.binding,
    ...(c.bindingAlt === undefined ? {} : { bindingAlt: c.bindingAlt }),
    confidence: c.confidence,
    marks,
    ...(c.inForceSince === undefined ? {} : { inForceSince: c.inForceSince }),
    ...(c.supersededOn === undefined ? {} : { supersededOn: c.supersededOn }),
  };
}

/** Instrument and position as one name: 《民法典》第1033条 / Civil Code of the PRC, Art. 1033. */
export const citationHead = (p: Pick<CitationParts, 'instrument' | 'article'>, lang: CiteLang): string =>
  p.article === null
    ? p.instrument
    : lang === 'zh-CN'
      ? `${p.instrument}${p.article}`
      : `${p.instrument}, ${p.article}`;

/** Citations of one instrument with the same force and doubts, to be named once ("Art. 67, Art. 69"). */
export interface CitationGroup {
  readonly key: string;
  readonly parts: CitationParts;
  readonly articles: readonly string[];
}

export function groupCitations(parts: readonly CitationParts[]): CitationGroup[] {
  const groups = new Map<string, { parts: CitationParts; articles: string[] }>();
  for (const p of parts) {
    const key = [
      p.instrument,
      p.binding,
      p.confidence,
      p.marks.join('+'),
      p.inForceSince,
      p.supersededOn,
    ].join('|');
    const g = groups.get(key);
    if (g === undefined) groups.set(key, { parts: p, articles: p.article === null ? [] : [p.article] });
    else if (p.article !== null && !g.articles.includes(p.article)) g.articles.push(p.article);
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}

/** A group's name: 《刑法》第245条、第246条 / Criminal Law of the PRC, Art. 245, Art. 246. */
export const groupHead = (g: CitationGroup, lang: CiteLang): string =>
  citationHead(
    {
      instrument: g.parts.instrument,
      article: g.articles.length === 0 ? null : g.articles.join(lang === 'zh-CN' ? '、' : ', '),
    },
    lang,
  );
