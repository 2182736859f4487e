import { describe, expect, it } from 'vitest';
import { BINDING_FORCES, isIllegalForce } from '../../../src/domain/citations/citation.ts';
import type { BindingForce } from '../../../src/domain/citations/citation.ts';
import {
  CITATIONS as CITATION_RECORDS,
  citationById,
  isCitationId,
} from '../../../src/domain/citations/citations.ts';
import type { Citation } from '../../../src/domain/citations/citation.ts';

const CITATIONS: readonly Citation[] = CITATION_RECORDS;
import type { CitationId } from '../../../src/domain/citations/citations.ts';
import { CHECK_RULES, TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { CHECK_RULE_IDS } from '../../../src/domain/rules/rule.ts';
import type { CheckRuleId } from '../../../src/domain/rules/rule.ts';
import { call, caseOf, findingsOf } from './helpers.ts';

/** Table A's rows R01–R51, then the rows of 2026-12 that the catalogue lists (no SMS cap, paid-off, property). */
const ROW_IDS = [
  ...Array.from({ length: 51 }, (_, i) => `R${String(i + 1).padStart(2, '0')}`),
  'R86',
  'R119',
  'R120',
];

/** The labels of a Table A "binding?" cell, e.g. "SRO (+LAW context)" → SRO, LAW. */
const labelsOf = (cell: string): BindingForce[] =>
  (cell.match(/GB\/T|LAW|JI|AR|DR|RND|SRO|court guidance/g) ?? []).map((l) =>
    l === 'court guidance' ? 'court-guidance' : (l as BindingForce),
  );

/**
 * Where Table A's binding cell leaves out a source its own basis cell lists: R11 cites GB/T 45251 but says
 * "LAW + SRO". The citation keeps its true force; the test records the sheet's omission instead of hiding it.
 */
const SHEET_OMISSIONS: Readonly<Record<string, readonly BindingForce[]>> = { R11: ['GB/T'] };

const forcesOf = (id: CitationId): BindingForce[] => {
  const c = citationById(id);
  return c.bindingAlt === undefined ? [c.binding] : [c.binding, c.bindingAlt];
};

describe('the citation catalogue', () => {
  it('has unique ids, each with a section of legal-facts.md as its source', () => {
    const ids = CITATIONS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CITATIONS) expect(c.source).toMatch(/^§\d/);
  });

  it('only LAW, JI and AR are forces that may be called illegal', () => {
    expect(BINDING_FORCES.filter(isIllegalForce)).toEqual(['LAW', 'JI', 'AR']);
  });

  it('copies article numbers as the sheet writes them', () => {
    const expected: Partial<Record<CitationId, string | null>> = {
      'xingfa-245': '245',
      'xingfa-293-1-1': '293-1(1)',
      'xingfa-238-3': '238 para 3',
      'minfadian-1033-2': '1033(2)',
      'zhian-2012-40-3': '40(3)',
      'zhian-2025-50-1': '50(1)',
      'zhian-2025-58': '58',
      'zhian-2025': null,
      'xinyongka-70': '70',
      'yinbao-xiaobao-41': '41',
      'cba-2026-art22': '22',
      'minsufa-2023-225-228': '225–228',
      'zhengxin-16': '16',
      'gbt-45251-2025': null,
    };
    for (const [id, article] of Object.entries(expected)) {
      expect(citationById(id as CitationId).article, id).toBe(article);
    }
  });

  it('flags every article number the sheet calls unverified or single-source', () => {
    const unverified: CitationId[] = [
      'zhian-2025',
      'zhian-2025-personal-info',
      'xiaojin-2024',
      'xiaodai-2025-item1',
      'xiaodai-2025-item5',
      'yinbao-xiaobao-41',
      'gbt-45251-2025',
      'cba-2026',
      'fafa-2017-22-2',
    ];
    for (const id of unverified) expect(citationById(id).articleUnverified, id).toBe(true);
    expect(citationById('cba-2026-art22').articleUnverified).toBe(false);
    expect(citationById('xingfa-245').articleUnverified).toBe(false);
  });

  it('never ships a recalled-only (R) article number as verified', () => {
    for (const c of CITATIONS) {
      if (c.confidence === 'R' && c.article !== null) expect(c.articleUnverified, c.id).toBe(true);
    }
  });

  it('gives the 2025 治安 revision its in-force day and ends the 2012 text the day before', () => {
    for (const c of CITATIONS) {
      if (c.id.startsWith('zhian-2012-')) expect(c.supersededOn, c.id).toBe('2026-01-01');
      if (c.id.startsWith('zhian-2025')) expect(c.inForceSince, c.id).toBe('2026-01-01');
    }
  });
});

describe('Table A (legal-facts.md §12)', () => {
  it('has exactly one record for every row R01–R51 and each added row, in order', () => {
    expect(TABLE_A.map((r) => r.id)).toEqual(ROW_IDS);
  });

  it('cites only known citations', () => {
    for (const r of TABLE_A) {
      for (const id of [...r.citationIds, ...(r.contextCitationIds ?? [])])
        expect(isCitationId(id), `${r.id} ${id}`).toBe(true);
    }
  });

  it.each(TABLE_A.map((r) => [r.id, r] as const))(
    '%s: its sources carry the binding force Table A gives',
    (_id, r) => {
      const written = [...labelsOf(r.bindingAsWritten), ...(SHEET_OMISSIONS[r.id] ?? [])];
      for (const id of r.citationIds) {
        expect(
          forcesOf(id).some((f) => written.includes(f)),
          `${id} in ${r.bindingAsWritten}`,
        ).toBe(true);
      }
      const cited = [...r.citationIds, ...(r.contextCitationIds ?? [])].flatMap(forcesOf);
      for (const label of labelsOf(r.bindingAsWritten))
        expect(cited, `${label} of ${r.bindingAsWritten}`).toContain(label);
    },
  );

  it.each(TABLE_A.map((r) => [r.id, r] as const))(
    '%s: its sources carry a confidence Table A gives',
    (_id, r) => {
      for (const id of r.citationIds) {
        const c = citationById(id);
        // The 2025 治安 revision is cited beside the 2012 numbers per the note above Table A.
        if (c.supersedes !== undefined) continue;
        expect(r.confidenceAsWritten, id).toContain(c.confidence);
      }
    },
  );

  it('R27 (prior notice, authorisation letter) stays unconfirmed and cites nothing', () => {
    const r27 = TABLE_A.find((r) => r.id === 'R27');
    expect(r27).toMatchObject({ kind: 'not-confirmed', citationIds: [] });
  });

  it('keeps the numbers of Table B as named parameters', () => {
    const params = Object.fromEntries(TABLE_A.map((r) => [r.id, r.params ?? {}]));
    expect(params.R21).toEqual({ quietStart: '22:00', quietEnd: '08:00' });
    expect(params.R22).toEqual({ maxConnectedCallsPerDay: 3 });
    expect(params.R23).toEqual({ maxUnansweredPerNumberPerDay: 6 });
    expect(params.R26).toEqual({ minVisitCollectors: 2 });
    expect(params.R42).toEqual({ maxInstallmentYears: 5 });
  });
});

describe('the machine-checked rules (case-file-v1 "Rule ids")', () => {
  it('cover every contract rule id, each filed under its own id', () => {
    expect(Object.keys(CHECK_RULES).sort()).toEqual([...CHECK_RULE_IDS].sort());
    for (const [key, rule] of Object.entries(CHECK_RULES)) expect(rule.id).toBe(key);
  });

  it('link to existing Table A rows and cite existing citations', () => {
    const rows = new Set(TABLE_A.map((r) => r.id));
    for (const rule of Object.values(CHECK_RULES)) {
      expect(rule.tableRows.length, rule.id).toBeGreaterThan(0);
      for (const row of rule.tableRows) expect(rows.has(row), `${rule.id} ${row}`).toBe(true);
      const ids = [
        ...rule.citationIds,
        ...(rule.contextCitationIds ?? []),
        ...Object.values(rule.citationsByDebtKind ?? {}).flat(),
      ];
      for (const id of ids) expect(isCitationId(id), `${rule.id} ${id}`).toBe(true);
      expect(rule.citationIds.length, rule.id).toBeGreaterThan(0);
    }
  });

  it('carry the binding force of their main source as the contract table gives it', () => {
    const strongest = (id: CheckRuleId) => {
      const forces = CHECK_RULES[id].citationIds.map((c) => citationById(c).binding);
      return forces.some(isIllegalForce)
        ? 'law'
        : forces.some((f) => f === 'DR' || f === 'RND')
          ? 'regulation'
          : 'not law';
    };
    expect(strongest('quiet-hours')).toBe('not law');
    expect(strongest('connected-calls-per-day')).toBe('not law');
    expect(strongest('unanswered-attempts-per-day')).toBe('not law');
    expect(strongest('third-party-while-reachable')).toBe('not law');
    expect(strongest('visit-too-few-collectors')).toBe('not law');
    expect(strongest('visit-no-id')).toBe('not law');
    expect(strongest('third-party-disclosure')).toBe('law');
    expect(strongest('visit-entry-without-consent')).toBe('law');
    expect(strongest('impersonated-authority')).toBe('law');
    expect(strongest('collection-after-agreement')).toBe('regulation');
    expect(strongest('outsourcing-without-notice')).toBe('regulation');
  });

  it('call a finding illegal exactly when one of its own sources is LAW, JI or AR', () => {
    const everything = caseOf(
      [
        call('2026-11-03T23:00:00+08:00', {
          tags: [
            'threat',
            'insult',
            'violence',
            'detention',
            'public-exposure',
            'impersonated-authority',
            'false-crime-claim',
            'extra-fee',
            'urged-new-loan',
            'seized-property',
            'private-social-account',
          ],
          collector: { side: 'agency', name: 'X' },
        }),
        {
          kind: 'visit',
          at: '2026-11-04T10:00:00+08:00',
          visit: { collectors: 1, idShown: false, entered: true, place: 'workplace' },
        },
        {
          kind: 'third-party-contact',
          at: '2026-11-04T11:00:00+08:00',
          thirdParty: { relation: 'employer', disclosedDebt: true },
        },
      ],
      {
        debts: [
          {
            id: 'd1',
            creditor: 'A',
            kind: 'credit-card',
            agreements: [{ kind: 'installment', signedOn: '2026-11-01' }],
          },
        ],
      },
    );
    const findings = findingsOf(everything);
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThanOrEqual(17);
    for (const f of findings) {
      const illegal = f.citationIds.some((id) => isIllegalForce(citationById(id).binding));
      expect(f.severity === 'illegal', f.ruleId).toBe(illegal);
      for (const id of f.contextCitationIds) expect(f.citationIds).not.toContain(id);
    }
  });
});
