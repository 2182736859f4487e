import { describe, expect, it } from 'vitest';
import type { Citation } from '../../../src/domain/citations/citation.ts';
import { CITATIONS } from '../../../src/domain/citations/citations.ts';
import { citationWhere } from '../../../src/domain/citations/where.ts';

const base = CITATIONS[0] as Citation;
const at = (article?: string, pinpoint?: string): Citation => {
  const rest: Record<string, unknown> = { ...base };
  delete rest.article;
  delete rest.pinpoint;
  return {
    ...rest,
    ...(article ? { article } : {}),
    ...(pinpoint ? { pinpoint } : {}),
  } as unknown as Citation;
};

describe('where a citation points', () => {
  it('reads "238 para 3" as an article with a paragraph, keeping the numbers', () => {
    expect(citationWhere(at('238 para 3'))).toEqual({ key: 'articlePara', article: '238', para: '3' });
  });

  it('tells a single article from a range or list', () => {
    expect(citationWhere(at('1032'))).toEqual({ key: 'article', article: '1032' });
    expect(citationWhere(at('1032–1033'))).toEqual({ key: 'articles', article: '1032–1033' });
  });

  it('reads "item 4" of a list without an article number', () => {
    expect(citationWhere(at(undefined, 'item 4'))).toEqual({ key: 'item', item: '4' });
    expect(citationWhere(at(undefined, '§3.2'))).toEqual({ key: 'pinpoint', text: '§3.2' });
    expect(citationWhere(at())).toBeNull();
  });

  it('gives every stored citation a position the UI can word (no English left inside a Chinese sentence)', () => {
    for (const c of CITATIONS) {
      const w = citationWhere(c);
      if (w?.key === 'article' || w?.key === 'articles') expect(w.article).not.toMatch(/para|item/);
    }
  });
});
