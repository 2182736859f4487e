import { describe, expect, it } from 'vitest';
import {
  ANCHOR_WHERE_MAX,
  groupedHex,
  headAnchorProblem,
  isHeadAnchorList,
} from '../../../src/domain/case-pack/head-anchor.ts';

const HEAD = '803998f67ab32360dc4e233de3362cf6c0fc0c15f49e7d30820374974e57045a';

describe('the case head, grouped for reading by hand', () => {
  it('is four lines of four groups of four hex digits, which join back to the head', () => {
    const lines = groupedHex(HEAD);
    expect(lines).toEqual([
      '8039 98f6 7ab3 2360',
      'dc4e 233d e336 2cf6',
      'c0fc 0c15 f49e 7d30',
      '8203 7497 4e57 045a',
    ]);
    expect(lines.join('').replaceAll(' ', '')).toBe(HEAD);
  });
});

describe('a record of where a head was sent', () => {
  it('needs where (trimmed, at most the maximum) and a real calendar day', () => {
    expect(headAnchorProblem('短信发给自己', '2026-12-07')).toBeNull();
    expect(headAnchorProblem('   ', '2026-12-07')).toBe('where-missing');
    expect(headAnchorProblem('x'.repeat(ANCHOR_WHERE_MAX), '2026-12-07')).toBeNull();
    expect(headAnchorProblem('x'.repeat(ANCHOR_WHERE_MAX + 1), '2026-12-07')).toBe('where-too-long');
    expect(headAnchorProblem('公证处', '2026-02-29')).toBe('date-invalid');
    expect(headAnchorProblem('公证处', '2028-02-29')).toBeNull();
    expect(headAnchorProblem('公证处', '')).toBe('date-invalid');
  });

  it('reads back only as a list of well-formed records', () => {
    const ok = { head: HEAD, where: 'SMS to myself', on: '2026-12-07' };
    expect(isHeadAnchorList([ok])).toBe(true);
    expect(isHeadAnchorList([])).toBe(true);
    expect(isHeadAnchorList([{ ...ok, head: HEAD.toUpperCase() }])).toBe(false);
    expect(isHeadAnchorList([{ ...ok, where: '' }])).toBe(false);
    expect(isHeadAnchorList([{ ...ok, on: '7/12/2026' }])).toBe(false);
    expect(isHeadAnchorList(ok)).toBe(false);
  });
});
