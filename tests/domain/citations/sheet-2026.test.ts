import { describe, expect, it } from 'vitest';
import {
  BINDING_FORCES,
  isIllegalForce,
  isUnverifiedConfidence,
} from '../../../src/domain/citations/citation.ts';
import { CITATIONS, citationById } from '../../../src/domain/citations/citations.ts';
import { PROCEDURE_2026_CITATIONS } from '../../../src/domain/citations/sheet-2026.ts';
import { MORE_2026_CITATIONS } from '../../../src/domain/citations/sheet-2026-more.ts';

describe('the sources added from the 2026-12 rows of the legal fact sheet', () => {
  it('gives every citation one id', () => {
    const ids = CITATIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names a row between R52 and R122 as the source of each added citation', () => {
    for (const c of [...PROCEDURE_2026_CITATIONS, ...MORE_2026_CITATIONS]) {
      const rows = [...c.source.matchAll(/R(\d+)/g)].map((m) => Number(m[1]));
      expect(rows.length, c.id).toBeGreaterThan(0);
      for (const r of rows) expect(r >= 52 && r <= 122, `${c.id}: R${r}`).toBe(true);
    }
  });

  it('R57: a preservation ruling is reviewed under 民诉法 111 and 解释 171, a statute and a judicial interpretation', () => {
    expect(citationById('minsufa-2023-111')).toMatchObject({ article: '111', binding: 'LAW' });
    expect(citationById('spc-minsufa-interp-171')).toMatchObject({ article: '171', binding: 'JI' });
  });

  it('R106: the 3-month set-aside period of the 2025 Arbitration Law is marked as checked only against secondary sources', () => {
    expect(citationById('zhongcaifa-2025-72')).toMatchObject({
      confidence: 'V-sec',
      inForceSince: '2026-03-01',
    });
  });

  it('R62: the old ¥10,000 overdraft figure is stored as replaced on 2018-12-01', () => {
    expect(citationById('spc-overdraft-2009').supersededOn).toBe('2018-12-01');
    expect(citationById('spc-overdraft-2018-8').inForceSince).toBe('2018-12-01');
  });

  it('R70 and R63-style single-source points carry the unverified mark; checked ones do not', () => {
    expect(isUnverifiedConfidence(citationById('spc-good-faith-enforcement-2019').confidence)).toBe(true);
    expect(isUnverifiedConfidence('unverified')).toBe(true);
    expect(isUnverifiedConfidence('R')).toBe(true);
    expect(isUnverifiedConfidence('V-sec')).toBe(false);
    expect(isUnverifiedConfidence('V-full')).toBe(false);
  });

  it('R75, R104: practice sources never count as making anything illegal', () => {
    expect(BINDING_FORCES).toContain('practice');
    expect(isIllegalForce('practice')).toBe(false);
    expect(citationById('court-message-check-practice').binding).toBe('practice');
  });
});
