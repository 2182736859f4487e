import { describe, expect, it } from 'vitest';
import { citationById } from '../../../src/domain/citations/citations.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { threat } from '../../../src/domain/rules/catalogue/threats-privacy.ts';
import { CHANNELS, claimById } from '../../../src/domain/rules/claims.ts';

describe('claims about criminal exposure (sheet §16 items 3 and 4)', () => {
  it('R61: "逾期就是犯罪" cites the amount rule, new Art. 9 (principal unpaid at police filing)', () => {
    const c = claimById('overdue-is-crime');
    expect(c?.citationIds).toEqual(expect.arrayContaining(['spc-overdraft-2018-8', 'spc-overdraft-2018-9']));
    expect(c?.sheetRows).toEqual(expect.arrayContaining(['R61', 'R62', 'R63', 'R64']));
  });

  it('R64: full repayment before prosecution is cited to new Art. 10', () => {
    expect(claimById('overdue-is-crime')?.citationIds).toContain('spc-overdraft-2018-10');
    expect(claimById('overdraft-10000')?.citationIds).toContain('spc-overdraft-2018-10');
  });

  it('R62: the old ¥10,000 figure has its own claim, answered with the 2018 decision and the filing standard', () => {
    const c = claimById('overdraft-10000');
    expect(c?.citationIds).toEqual(
      expect.arrayContaining(['spc-overdraft-2018-8', 'prosecution-standard-2022']),
    );
  });

  it('R67: "逾期就是犯罪" also names the enforcement-stage crime (刑法 313, 法释〔2024〕13号)', () => {
    expect(claimById('overdue-is-crime')?.citationIds).toEqual(
      expect.arrayContaining(['xingfa-313', 'spc-refuse-execute-2024']),
    );
    expect(claimById('sue-or-arrest')?.citationIds).toContain('xingfa-313');
  });

  it('R65–R70: "起诉了就要坐牢" is answered from the enforcement rules, with 12348 for advice', () => {
    const c = claimById('sued-means-jail');
    expect(c?.citationIds).toEqual(
      expect.arrayContaining([
        'minsufa-2023-252',
        'minsufa-2023-118',
        'minsufa-2023-114',
        'xingfa-313',
        'spc-refuse-execute-2024',
        'spc-defaulter-list-2017',
        'spc-consumption-limit-2015',
        'spc-good-faith-enforcement-2019',
        'minsufa-2023-254-255',
      ]),
    );
    expect(c?.channels).toContain('12348');
  });

  it('R69: the 失信 list is cited to its own SPC provisions wherever the app speaks of it', () => {
    expect(claimById('credit-blacklist')?.citationIds).toContain('spc-defaulter-list-2017');
    expect(citationById('spc-defaulter-list-2017').binding).toBe('JI');
  });

  it('R121: 12348 is a channel of its own, V-sec as the sheet has it', () => {
    expect(CHANNELS['12348'].confidence).toBe('V-sec');
  });
});

describe('threats (sheet §16 item 9)', () => {
  it('R87: the `threat` rule keeps its id and row and rests on the personal-safety provisions', () => {
    expect(threat.id).toBe('threat');
    expect(threat.tableRows).toEqual(['R07']);
    expect(threat.citationIds).toEqual(expect.arrayContaining(['zhian-2012-42-1', 'zhian-2025-50-1-1']));
    // The 2025 item (1) wording was not seen in full: it carries the unverified mark.
    expect(citationById('zhian-2025-50-1-1').confidence).toBe('unverified');
  });
});

describe('private-lending provisions (sheet §16 R113)', () => {
  it('R113: R46 (砍头息) rests on 民法典 670 for every lender; 民间借贷规定 Art. 26 is background only', () => {
    const r46 = TABLE_A.find((r) => r.id === 'R46');
    expect(r46?.citationIds).toEqual(['minfadian-670']);
    expect(r46?.contextCitationIds).toEqual(['spc-private-lending-26']);
  });
});
