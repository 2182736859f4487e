// docs/legal-sources.md is where a reader checks what the app cites: every citation the app can show must be listed
// there under its instrument, so a new citation or instrument cannot land without its entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/domain/citations/citation.ts';
import { CITATIONS as ALL } from '../../src/domain/citations/citations.ts';

const CITATIONS: readonly Citation[] = ALL;
const DOC = readFileSync(path.resolve(import.meta.dirname, '../../docs/legal-sources.md'), 'utf8');
/** The table's rows: instrument names in the first column, citation ids in the last. */
const ROWS = DOC.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| instrument'));

describe('docs/legal-sources.md', () => {
  it('lists every instrument the citations use, by its Chinese and English name', () => {
    const instruments = new Map(CITATIONS.map((c) => [c.instrument.zh, c.instrument.en]));
    expect(instruments.size).toBeGreaterThan(20);
    const missing = [...instruments].filter(
      ([zh, en]) => !ROWS.some((r) => r.includes(zh) && r.includes(en)),
    );
    expect(missing).toEqual([]);
  });

  it('lists every citation id in the row of its own instrument', () => {
    const misplaced = CITATIONS.filter(
      (c) => !ROWS.some((r) => r.includes(`\`${c.id}\``) && r.includes(c.instrument.zh)),
    ).map((c) => c.id);
    expect(misplaced).toEqual([]);
  });

  it("gives each citation's binding force, confidence and date in its instrument's row", () => {
    const problems: string[] = [];
    for (const c of CITATIONS) {
      const row = ROWS.find((r) => r.includes(`\`${c.id}\``));
      // Columns: instrument, in force, binding, confidence, text, ids.
      const [, , inForce = '', binding = '', confidence = ''] = (row ?? '')
        .split('|')
        .map((cell) => cell.trim());
      if (binding !== c.binding && !binding.split('/').includes(c.binding)) problems.push(`${c.id}: binding`);
      if (!confidence.includes(c.confidence)) problems.push(`${c.id}: confidence`);
      const day = c.inForceSince ?? c.issuedOn;
      if (day !== undefined && !inForce.includes(day)) problems.push(`${c.id}: date ${day}`);
    }
    expect(problems).toEqual([]);
  });
});
