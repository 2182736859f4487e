import { describe, expect, it } from 'vitest';
import { citationById } from '../../../src/domain/citations/citations.ts';
import { inferStage } from '../../../src/domain/stages/infer-stage.ts';
import { stageDef } from '../../../src/domain/stages/stages.ts';
import { debtOf, entriesOf, letter, TODAY, TZ } from './helpers.ts';

const atEnforcement = () => {
  const debt = debtOf('credit-card', { firstMissedDueDate: '2026-03-01', principal: 20_000 });
  return inferStage(
    debt,
    entriesOf(debt, [letter('enforcement-notice', '2026-11-20T10:00:00+08:00')]),
    TODAY,
    TZ,
  );
};

describe('the enforcement stage (sheet §16 items 2 and 4)', () => {
  it('R58: a wrong enforcement act can be objected to (民诉法 2023 Art. 236; 执行异议复议规定 Art. 6)', () => {
    const r = atEnforcement();
    expect(r.stage).toBe('enforcement');
    expect(r.actions).toContain('object-to-enforcement-act');
    expect(stageDef('enforcement').citationIds).toEqual(
      expect.arrayContaining(['minsufa-2023-236', 'spc-enforcement-objection-6']),
    );
  });

  it("R59: a spouse or parent whose own account is frozen has a third party's objection (Art. 238)", () => {
    expect(atEnforcement().actions).toContain('third-party-objection');
    expect(stageDef('enforcement').citationIds).toContain('minsufa-2023-238');
  });

  it('R60: a travel ban can be reviewed (执行异议复议规定 Art. 9)', () => {
    expect(atEnforcement().actions).toContain('travel-ban-review');
    expect(stageDef('enforcement').citationIds).toContain('spc-enforcement-objection-9');
  });

  it('R65–R66: reporting property truthfully comes right after performing; refusing brings fines or detention', () => {
    const r = atEnforcement();
    expect(r.actions.slice(0, 2)).toEqual(['follow-enforcement', 'report-property-truthfully']);
    expect(r.risks).toContain('enforcement-fines-detention');
    expect(stageDef('enforcement').citationIds).toEqual(
      expect.arrayContaining(['minsufa-2023-252', 'minsufa-2023-118', 'minsufa-2023-114']),
    );
  });

  it('R67: the crime of refusing to execute is a risk of this stage, cited to 刑法 313 and 法释〔2024〕13号', () => {
    expect(atEnforcement().risks).toContain('refusal-to-execute-crime');
    expect(citationById('xingfa-313').binding).toBe('LAW');
    expect(citationById('spc-refuse-execute-2024').binding).toBe('JI');
  });

  it('R68–R70: the defaulter list and spending limits rest on their own SPC provisions, not on a criminal article', () => {
    expect(atEnforcement().risks).toContain('defaulter-list-and-spending-limits');
    const ids = stageDef('enforcement').citationIds as readonly string[];
    expect(ids).toEqual(
      expect.arrayContaining([
        'spc-defaulter-list-2017',
        'spc-consumption-limit-2015',
        'spc-good-faith-enforcement-2019',
      ]),
    );
    expect(ids).not.toContain('xingfa-266');
  });

  it('R70: the 1–3-month grace period is cited with its single-source confidence', () => {
    expect(['single-source', 'unverified']).toContain(
      citationById('spc-good-faith-enforcement-2019').confidence,
    );
  });

  it('民诉法 254: living expenses are kept when a court takes income; R121: 12348 for free legal advice', () => {
    const r = atEnforcement();
    expect(r.actions).toEqual(expect.arrayContaining(['keep-living-expenses', 'free-legal-advice']));
    expect(stageDef('enforcement').citationIds).toEqual(
      expect.arrayContaining(['minsufa-2023-254-255', 'falv-yuanzhu-2021']),
    );
  });

  it('a judgment stage does not yet carry the enforcement-only crimes and remedies', () => {
    const debt = debtOf('credit-card', { firstMissedDueDate: '2026-03-01' });
    const r = inferStage(debt, entriesOf(debt, [letter('judgment', '2026-11-20T10:00:00+08:00')]), TODAY, TZ);
    expect(r.risks).not.toContain('refusal-to-execute-crime');
    expect(r.actions).not.toContain('object-to-enforcement-act');
  });
});
