/**
 * How values are written inside a letter. Letters are prose in one language, so dates and sums are spelt out as a
 * Chinese or English letter writes them (2026年3月2日 / 2 March 2026), not in the UI's locale format.
 */
import { citationHead, citationParts, type CitationParts } from '../citations/citation-parts.ts';
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

/** English prose names a law with "the" unless the name begins with a document number. */
const proseInstrument = (p: CitationParts, lang: LetterLang): string =>
  lang === 'en' && !/^(GB\/T|PBOC Announcement)/.test(p.instrument) ? `the ${p.instrument}` : p.instrument;

const ARTICLE_MARK: Readonly<Record<LetterLang, string>> = {
  'zh-CN': '（条文序号待核实）',
  en: ' (article number unverified)',
};

const markOf = (p: CitationParts, lang: LetterLang): string =>
  p.marks.includes('article-unverified') ? ARTICLE_MARK[lang] : '';

/**
 * Several citations, one instrument named once: 《民法典》第1032条、第1033条 / the Civil Code of the PRC, Art. 1032,
 * Art. 1033. An article the sheet has not verified keeps its own mark; sources with no article number are "其他规定".
 */
export function citationsText(ids: readonly CitationId[], lang: LetterLang): string {
  const groups = new Map<string, CitationParts[]>();
  for (const id of new Set(ids)) {
    const p = citationParts(id, lang);
    groups.set(p.instrument, [...(groups.get(p.instrument) ?? []), p]);
  }
  const parts = [...groups.values()].map((ps) => {
    const first = ps[0] as CitationParts;
    if (ps.length === 1) return citationText(first.id as CitationId, lang);
    const numbered = ps.filter((p) => p.article !== null);
    const unnumbered = ps.length - numbered.length;
    const arts = numbered.map((p) => `${p.article ?? ''}${markOf(p, lang)}`);
    const others =
      unnumbered === 0
        ? ''
        : lang === 'zh-CN'
          ? `${arts.length === 0 ? '' : '及'}其他规定（条文序号待核实）`
          : `${arts.length === 0 ? '' : ' and '}other provisions (article numbers unverified)`;
    const name = proseInstrument(first, lang);
    if (lang === 'zh-CN') return `${name}${arts.join('、')}${others}`;
    const artList = arts.join(', ');
    return `${name}${artList === '' ? '' : `, ${artList}`}${others === '' ? '' : artList === '' ? `, ${others}` : others}`;
  });
  return parts.join(lang === 'zh-CN' ? '、' : '; ');
}

/** One citation as a letter names it: 《中华人民共和国民法典》第1033条 / the Civil Code of the PRC, Art. 1033. */
export function citationText(id: CitationId, lang: LetterLang): string {
  const p = citationParts(id, lang);
  return `${citationHead({ instrument: proseInstrument(p, lang), article: p.article }, lang)}${markOf(p, lang)}`;
}
