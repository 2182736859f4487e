/**
 * How values are written inside a letter. Letters are prose in one language, so dates and sums are spelt out as a
 * Chinese or English letter writes them (2026年3月2日 / 2 March 2026), not in the UI's locale format.
 */
import type { Citation } from '../citations/citation.ts';
import { citationById } from '../citations/citations.ts';
import type { CitationId } from '../citations/citations.ts';
import type { LetterLang } from './types.ts';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** YYYY-MM-DD → 2026年3月2日 / 2 March 2026. Anything else is returned unchanged (the user typed it). */
export function letterDate(day: string, lang: LetterLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (m === null) return day;
  const [, y, mo, d] = m;
  if (lang === 'zh-CN') return `${y}年${Number(mo)}月${Number(d)}日`;
  return `${Number(d)} ${MONTHS_EN[Number(mo) - 1] ?? mo} ${y}`;
}

const grouped = (n: number): string => {
  const [int = '0', frac] = Math.abs(n).toFixed(2).split('.');
  const withCommas = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const tail = frac === '00' ? '' : `.${frac}`;
  return `${n < 0 ? '-' : ''}${withCommas}${tail}`;
};

/** 12345.6 → 12,345.60元 / CNY 12,345.60 (whole sums without decimals). */
export function letterMoney(amount: number, lang: LetterLang): string {
  return lang === 'zh-CN' ? `${grouped(amount)}元` : `CNY ${grouped(amount)}`;
}

/**
 * An article as the sheet writes it ("293-1(1)", "238 para 3", "225–228", "50(1)(5), para 2") → 第293条之一第（1）项 /
 * Art. 293-1(1). Arabic numerals, as complaint letters commonly write them.
 */
export function articleText(article: string, lang: LetterLang): string {
  // A list of whole articles ("258, 266", "160, 163, 164"): 第258条、第266条 / Arts. 258, 266.
  const list = /^\d+(?:, \d+)+$/.test(article) ? article.split(', ') : null;
  if (lang === 'en') return article.includes('–') || list !== null ? `Arts. ${article}` : `Art. ${article}`;
  if (list !== null) return list.map((n) => `第${n}条`).join('、');
  const range = /^(\d+)–(\d+)$/.exec(article);
  if (range !== null) return `第${range[1]}条至第${range[2]}条`;
  const m = /^(\d+)(?:-(\d+))?((?:\(\d+\))*)(?:,?\s*para\s+(\d+))?$/.exec(article);
  if (m === null) return `第${article}条`;
  const [, art, sub, items = '', para] = m;
  const zhi = sub === undefined ? '' : `之${sub === '1' ? '一' : sub}`;
  const nums = [...items.matchAll(/\((\d+)\)/g)].map((x) => x[1] ?? '');
  // The sheet's "50(1)(5), para 2" is paragraph 1 item 5, and paragraph 2; a lone "(n)" is an item; "238 para 3"
  // is a paragraph.
  const itemText =
    nums.length === 2 ? `第${nums[0]}款第${nums[1]}项` : nums.length === 1 ? `第${nums[0]}项` : '';
  const paraText = para === undefined ? '' : itemText === '' ? `第${para}款` : `、第${para}款`;
  return `第${art}条${zhi}${itemText}${paraText}`;
}

const instrumentName = (c: Citation, lang: LetterLang): string => {
  // English names take "the" unless they begin with a document number.
  if (lang === 'en')
    return /^(GB\/T|PBOC Announcement)/.test(c.instrument.en) ? c.instrument.en : `the ${c.instrument.en}`;
  // Names that carry their own 《》 (a standard's number before its title, an association's name) or are a
  // numbered notice (中国人民银行公告〔2021〕第3号) are written as they are.
  if (c.instrument.zh.includes('《') || /公告〔/.test(c.instrument.zh)) return c.instrument.zh;
  return `《${c.instrument.zh}》`;
};

/**
 * Several citations, one instrument named once: 《民法典》第1032条、第1033条 / Civil Code of the PRC, Arts. 1032,
 * 1033. An article the sheet has not verified keeps its own mark; sources with no article number are "其他规定".
 */
export function citationsText(ids: readonly CitationId[], lang: LetterLang): string {
  const groups = new Map<string, Citation[]>();
  for (const id of new Set(ids)) {
    const c = citationById(id);
    const key = c.instrument.zh;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const mark = lang === 'zh-CN' ? '（条文序号待核实）' : ' (article number unverified)';
  const parts = [...groups.values()].map((cs) => {
    const first = cs[0] as Citation;
    if (cs.length === 1) return citationText(first.id as CitationId, lang);
    const numbered = cs.filter((c) => c.article !== null);
    const unnumbered = cs.length - numbered.length;
    const arts = numbered.map(
      (c) => `${articleText(c.article ?? '', lang)}${c.articleUnverified ? mark : ''}`,
    );
    const others =
      unnumbered === 0
        ? ''
        : lang === 'zh-CN'
          ? `${arts.length === 0 ? '' : '及'}其他规定（条文序号待核实）`
          : `${arts.length === 0 ? '' : ' and '}other provisions (article numbers unverified)`;
    if (lang === 'zh-CN') return `${instrumentName(first, lang)}${arts.join('、')}${others}`;
    const artList = arts.join(', ');
    return `${instrumentName(first, lang)}${artList === '' ? '' : `, ${artList}`}${others === '' ? '' : artList === '' ? `, ${others}` : others}`;
  });
  return parts.join(lang === 'zh-CN' ? '、' : '; ');
}

/** One citation as a letter names it: 《中华人民共和国民法典》第1033条 / Civil Code of the PRC, Art. 1033. */
export function citationText(id: CitationId, lang: LetterLang): string {
  const c: Citation = citationById(id);
  const name = instrumentName(c, lang);
  const where =
    c.article !== null
      ? articleText(c.article, lang)
      : c.pinpoint !== undefined
        ? lang === 'zh-CN'
          ? c.pinpoint.replace(/^item (\d+)$/, '第$1项')
          : c.pinpoint
        : '';
  const unverified = c.articleUnverified
    ? lang === 'zh-CN'
      ? '（条文序号待核实）'
      : ' (article number unverified)'
    : '';
  if (lang === 'zh-CN') return `${name}${where}${unverified}`;
  return `${name}${where === '' ? '' : `, ${where}`}${unverified}`;
}
