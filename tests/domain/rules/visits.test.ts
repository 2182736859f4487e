import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../src/domain/case/types.ts';
import { caseOf, expectNone, findingsOf, flagged } from './helpers.ts';
import type { EntryInput } from './helpers.ts';

const visit = (v: Visit, at = '2026-11-06T19:40:00+08:00', extra: Partial<EntryInput> = {}): EntryInput => ({
  kind: 'visit',
  at,
  collector: { side: 'agency', name: '某催收公司' },
  visit: v,
  ...extra,
});

describe('visit-too-few-collectors (CBA 2026 Art. 22: at least 2 collectors)', () => {
  it('a visit by 1 collector is flagged', () => {
    const [f] = findingsOf(caseOf([visit({ collectors: 1 })]), 'visit-too-few-collectors');
    expect(f).toMatchObject({
      entryIds: ['e1'],
      severity: 'industry',
      citationIds: ['cba-2026-art22'],
      params: { minVisitCollectors: 2 },
    });
  });

  it('a visit by 2 collectors is not flagged', () => {
    expectNone([visit({ collectors: 2 })], 'visit-too-few-collectors');
  });

  it('a visit whose number of collectors was not logged is not flagged', () => {
    expectNone([visit({ idShown: true })], 'visit-too-few-collectors');
  });

  it('the borrower’s own visit to the lender (outgoing) is not a collection visit', () => {
    expectNone([visit({ collectors: 1 }, undefined, { direction: 'outgoing' })], 'visit-too-few-collectors');
  });
});

describe('visit-no-id (CBA 2026 Art. 22; NIFA 2018 Art. 15: collectors show identification)', () => {
  it('a visit where no identification was shown is flagged', () => {
    expect(flagged([visit({ collectors: 2, idShown: false })], 'visit-no-id')).toEqual([['e1']]);
  });

  it('a visit where identification was shown, or where it was not logged, is not flagged', () => {
    expectNone([visit({ collectors: 2, idShown: true }), visit({ collectors: 2 })], 'visit-no-id');
  });
});

describe('visit-entry-without-consent (刑法 245; 民法典 1033(2) for a home; CBA 2026 for any place)', () => {
  it('entering a home without consent is flagged as illegal, citing 刑法 245 and 民法典 1033(2)', () => {
    const [f] = findingsOf(
      caseOf([visit({ collectors: 2, entered: true, consentToEnter: false, place: 'home' })]),
      'visit-entry-without-consent',
    );
    expect(f?.severity).toBe('illegal');
    expect(f?.citationIds).toEqual(expect.arrayContaining(['xingfa-245', 'minfadian-1033-2']));
  });

  it('entering with the borrower’s consent is not flagged', () => {
    expectNone(
      [visit({ collectors: 2, entered: true, consentToEnter: true, place: 'home' })],
      'visit-entry-without-consent',
    );
  });

  it('a visit that did not enter is not flagged', () => {
    expectNone([visit({ collectors: 2, entered: false, place: 'home' })], 'visit-entry-without-consent');
  });

  it('consent not logged counts as no consent', () => {
    expect(flagged([visit({ entered: true, place: 'home' })], 'visit-entry-without-consent')).toEqual([
      ['e1'],
    ]);
  });

  it('entering a workplace without consent is flagged under the industry rule, not as home intrusion', () => {
    const [f] = findingsOf(
      caseOf([visit({ entered: true, place: 'workplace' })]),
      'visit-entry-without-consent',
    );
    expect(f?.severity).toBe('industry');
    expect(f?.citationIds).toEqual(['cba-2026-art22', 'cba-2026']);
    expect(f?.citationIds).not.toContain('xingfa-245');
  });

  it('a home entry before 2026 cites 治安 2012 Art. 40(3); from 1 Jan 2026 the 2025 revision', () => {
    const home = { entered: true, place: 'home' } as const;
    const c = caseOf([visit(home, '2025-12-31T20:00:00+08:00'), visit(home, '2026-01-01T09:00:00+08:00')]);
    const [old, current] = findingsOf(c, 'visit-entry-without-consent');
    expect(old?.citationIds).toContain('zhian-2012-40-3');
    expect(old?.citationIds).not.toContain('zhian-2025');
    expect(current?.citationIds).toContain('zhian-2025');
    expect(current?.citationIds).not.toContain('zhian-2012-40-3');
  });

  it('the statute switch follows the local day: 2025-12-31T16:30:00Z is already 2026 in Shanghai', () => {
    const [f] = findingsOf(
      caseOf([visit({ entered: true, place: 'home' }, '2025-12-31T16:30:00Z')]),
      'visit-entry-without-consent',
    );
    expect(f?.citationIds).toContain('zhian-2025');
  });
});
