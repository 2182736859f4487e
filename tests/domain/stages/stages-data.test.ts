import { describe, expect, it } from 'vitest';
import { DEBT_KINDS } from '../../../src/domain/case/types.ts';
import { isCitationId } from '../../../src/domain/citations/citations.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { KIND_PROFILES, STAGES, stagesFor } from '../../../src/domain/stages/stages.ts';
import { STAGE_IDS } from '../../../src/domain/stages/types.ts';
import type { StageDef } from '../../../src/domain/stages/types.ts';

const ALL: readonly StageDef[] = STAGES;
const ROWS = new Set<string>(TABLE_A.map((r) => r.id));

describe('the stage model as data', () => {
  it('has one definition per stage id, with distinct orders', () => {
    expect(ALL.map((s) => s.id).sort()).toEqual([...STAGE_IDS].sort());
    expect(new Set(ALL.map((s) => s.order)).size).toBe(ALL.length);
  });

  it('cites only known citations and Table A rows', () => {
    for (const s of ALL) {
      for (const id of s.citationIds) expect(isCitationId(id), `${s.id} ${id}`).toBe(true);
      for (const r of s.ruleRefs) expect(ROWS.has(r), `${s.id} ${r}`).toBe(true);
    }
    for (const k of DEBT_KINDS) {
      for (const id of KIND_PROFILES[k].citationIds) expect(isCitationId(id), `${k} ${id}`).toBe(true);
      for (const r of KIND_PROFILES[k].ruleRefs) expect(ROWS.has(r), `${k} ${r}`).toBe(true);
    }
  });

  it('uses only the three practice figures the sheet gives (7, 90 and 180 days) as typical timing', () => {
    const starts = ALL.flatMap((s) => (s.typicalDays === undefined ? [] : [s.typicalDays.from]));
    expect(starts.filter((d) => d > 1).sort((a, b) => a - b)).toEqual([7, 90, 180]);
  });

  it('court stages exist because of the law; collection stages are practice', () => {
    const law = ALL.filter((s) => s.basis === 'law').map((s) => s.id);
    expect(law.sort()).toEqual(['enforcement', 'judgment', 'lawsuit', 'payment-order']);
  });

  it('has a profile for every debt kind; only institutional lenders follow the typical ladder', () => {
    expect(Object.keys(KIND_PROFILES).sort()).toEqual([...DEBT_KINDS].sort());
    expect(DEBT_KINDS.filter((k) => KIND_PROFILES[k].typicalLadder).sort()).toEqual(
      ['bank-loan', 'consumer-finance', 'credit-card', 'microloan', 'online-loan'].sort(),
    );
  });
});

describe('the typical path per kind', () => {
  it('a credit card follows the ladder with its typical days; "overdue" is not a step of it', () => {
    const path = stagesFor('credit-card');
    expect(path.map((s) => s.id)).not.toContain('overdue');
    expect(path.find((s) => s.id === 'field-visits')?.typicalDays).toEqual({ from: 90 });
    expect(path.map((s) => s.order)).toEqual([...path.map((s) => s.order)].sort((a, b) => a - b));
  });

  it('a private loan shows the same steps without any typical day count', () => {
    const path = stagesFor('private-loan');
    expect(path.map((s) => s.id)).toContain('overdue');
    expect(path.every((s) => s.typicalDays === undefined)).toBe(true);
  });
});
