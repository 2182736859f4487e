/**
 * Search over words in both languages: a borrower may type Chinese or English whatever the UI language, and the
 * names of laws (民法典 / Civil Code). Full-width letters and digits fold to ASCII (NFKC), case is ignored, and
 * every space-separated term must appear.
 */
export const normalize = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export const queryTerms = (query: string): readonly string[] =>
  normalize(query)
    .split(' ')
    .filter((t) => t !== '');

export function matches(haystack: string, terms: readonly string[]): boolean {
  return terms.every((t) => haystack.includes(t));
}
