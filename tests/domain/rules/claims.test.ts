import { describe, expect, it } from 'vitest';
import { citationById, isCitationId } from '../../../src/domain/citations/citations.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { CHANNELS, CLAIM_IDS, CLAIMS, claimById } from '../../../src/domain/rules/claims.ts';

describe('claims checker data', () => {
  it('cites only citation ids that exist in src/domain/citations', () => {
    for (const claim of CLAIMS) {
      expect(claim.citationIds.length, claim.id).toBeGreaterThan(0);
      for (const id of claim.citationIds) expect(isCitationId(id), `${claim.id} → ${id}`).toBe(true);
    }
  });

  it('links only to Table A rows that exist', () => {
    const rows = new Set(TABLE_A.map((r) => r.id));
    for (const claim of CLAIMS) for (const id of claim.tableRows) expect(rows.has(id), id).toBe(true);
  });

  it('has one record per claim id, each found by claimById', () => {
    expect(CLAIMS.map((c) => c.id)).toEqual([...CLAIM_IDS]);
    for (const id of CLAIM_IDS) expect(claimById(id)?.id).toBe(id);
    expect(claimById('nope')).toBeUndefined();
  });

  it('answers "逾期就是犯罪" with the real test: 刑法 196 and the 2018 malicious-overdraft decision', () => {
    const claim = claimById('overdue-is-crime');
    expect(claim?.citationIds).toEqual(expect.arrayContaining(['xingfa-196', 'spc-overdraft-2018']));
    expect(citationById('xingfa-196').binding).toBe('LAW');
  });

  it('covers every claim the issue names, and the §11 agent scams', () => {
    expect(CLAIM_IDS).toEqual(
      expect.arrayContaining([
        'overdue-is-crime',
        'sue-or-arrest',
        'tell-family-employer',
        'credit-blacklist',
        'court-sms',
        'personal-account',
        'debt-relief-agent',
        'credit-repair',
      ]),
    );
  });

  it('answers fake court papers with the impersonation and forgery offences (刑法 279, 280)', () => {
    expect(claimById('court-sms')?.citationIds).toEqual(expect.arrayContaining(['xingfa-279', 'xingfa-280']));
  });

  it('marks the numbers the sheet only recalls (12321, 12315, 12368, 12363 scope) as unverified', () => {
    expect(CHANNELS['110'].confidence).toBe('V-full');
    expect(CHANNELS['12378'].confidence).toBe('V-sec');
    expect(CHANNELS['96110'].confidence).toBe('V-sec');
    for (const n of ['12321', '12315', '12368', '12363'] as const) expect(CHANNELS[n].confidence).toBe('R');
  });
});
