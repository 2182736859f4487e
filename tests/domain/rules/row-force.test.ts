import { describe, expect, it } from 'vitest';
import { isIllegalForce } from '../../../src/domain/citations/citation.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import {
  isStatementRow,
  rowCitations,
  rowForce,
  rowSourcesForce,
} from '../../../src/domain/rules/row-force.ts';
import type { TableRowId } from '../../../src/domain/rules/rule.ts';

const row = (id: TableRowId) => {
  const r = TABLE_A.find((x) => x.id === id);
  if (!r) throw new Error(id);
  return r;
};

describe('rowForce (legal-facts.md §0 wording)', () => {
  it('calls a row illegal only when every source is LAW, JI or AR', () => {
    for (const rule of TABLE_A) {
      const force = rowSourcesForce(rule);
      const allIllegal = rowCitations(rule).every((c) => isIllegalForce(c.binding));
      if (force === 'illegal') expect(allIllegal, rule.id).toBe(true);
      if (rowCitations(rule).length > 0 && allIllegal) expect(force, rule.id).toBe('illegal');
    }
  });

  it('words home entry (statutes) as illegal, a credit-card rule as regulators, a standard as industry', () => {
    expect(rowForce(row('R05'))).toBe('mixed'); // 刑法 245 … plus CBA 2026 (SRO)
    expect(rowForce(row('R04'))).toBe('illegal');
    expect(rowForce(row('R15'))).toBe('regulatory');
    expect(rowForce(row('R22'))).toBe('industry');
  });

  it('does not call a row resting on a statute and industry rules illegal outright (R06)', () => {
    expect(rowForce(row('R06'))).toBe('mixed');
  });

  it('gives prohibition wording only to "may not" rows, but classifies the sources of every row', () => {
    expect(rowForce(row('R37'))).toBeNull();
    expect(rowSourcesForce(row('R37'))).toBe('regulatory');
    expect(rowSourcesForce(row('R43'))).toBe('illegal');
    expect(rowSourcesForce(row('R27'))).toBeNull();
  });

  it('does not word R47 (interest a court does not support) as a ban: no "违法" in front of a note', () => {
    expect(row('R47').kind).toBe('may-not');
    expect(rowForce(row('R47'))).toBeNull();
    expect(rowSourcesForce(row('R47'))).toBe('illegal');
  });

  it('marks the rows that are not about the collector', () => {
    expect(['R47', 'R48', 'R51'].every((id) => isStatementRow(id as TableRowId))).toBe(true);
    expect(isStatementRow('R05')).toBe(false);
  });
});
