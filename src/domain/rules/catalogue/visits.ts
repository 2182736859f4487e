import type { CitationId } from '../../citations/citations.ts';
import type { PreparedEntry } from '../context.ts';
import { ALL_DEBT_KINDS, INSTITUTIONAL_DEBT_KINDS } from '../rule.ts';
import type { CheckRule, Hit, TableRule } from '../rule.ts';

const VISIT = { minVisitCollectors: 2 } as const;

/** legal-facts.md §12: field visits (上门 / 外访) and identification. */
export const VISIT_ROWS = [
  {
    id: 'R05',
    kind: 'may-not',
    topic: 'visits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['xingfa-245', 'zhian-2012-40-3', 'zhian-2025', 'minfadian-1033-2', 'cba-2026'],
    bindingAsWritten: 'LAW + SRO',
    confidenceAsWritten: 'V-full / V-sec',
  },
  {
    id: 'R06',
    kind: 'may-not',
    topic: 'visits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: ['cba-2026', 'zhian-2012-23', 'zhian-2025'],
    bindingAsWritten: 'SRO + LAW',
    confidenceAsWritten: 'V-sec / V-full',
  },
  {
    id: 'R25',
    kind: 'must',
    topic: 'calls',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['nifa-2018-15', 'cba-2026'],
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    id: 'R26',
    kind: 'must',
    topic: 'visits',
    debtKinds: INSTITUTIONAL_DEBT_KINDS,
    citationIds: ['cba-2026-art22', 'nifa-2018-15', 'nifa-2018-20', 'nifa-2018-21'],
    params: VISIT,
    bindingAsWritten: 'SRO',
    confidenceAsWritten: 'V-sec',
  },
  {
    // Prior notice and a written authorisation are not confirmed by any source: the debtor may ask, no more.
    id: 'R27',
    kind: 'not-confirmed',
    topic: 'visits',
    debtKinds: ALL_DEBT_KINDS,
    citationIds: [],
    bindingAsWritten: '–',
    confidenceAsWritten: 'unverified',
  },
] as const satisfies readonly TableRule[];

const isVisit = (p: PreparedEntry): boolean => p.collectionContact && p.kind === 'visit';

const visitHit = (p: PreparedEntry, condition: string, values: Hit['trace'][number]['values']): Hit => ({
  entries: [p],
  debtId: p.debtId ?? null,
  params: { localDate: p.day, place: p.entry.visit?.place ?? null },
  trace: [{ condition, entryIds: [p.entry.id], ...(values === undefined ? {} : { values }) }],
});

/** case-file-v1 `visit-too-few-collectors`: a visit with `collectors` < 2 (CBA 2026 Art. 22). */
export const visitTooFewCollectors = {
  id: 'visit-too-few-collectors',
  tableRows: ['R26'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026-art22'],
  params: VISIT,
  check: (ctx) =>
    ctx
      .contactsOfKind('visit')
      .filter((p) => {
        const n = p.entry.visit?.collectors;
        return isVisit(p) && n !== undefined && n < VISIT.minVisitCollectors;
      })
      .map((p) => {
        const hit = visitHit(p, 'visit-collectors-below-minimum', {
          collectors: p.entry.visit?.collectors ?? null,
          minimum: VISIT.minVisitCollectors,
        });
        return { ...hit, params: { ...VISIT, ...hit.params, collectors: p.entry.visit?.collectors ?? null } };
      }),
} as const satisfies CheckRule;

/** case-file-v1 `visit-no-id`: a visit with `idShown: false`. */
export const visitNoId = {
  id: 'visit-no-id',
  tableRows: ['R26', 'R25'],
  debtKinds: INSTITUTIONAL_DEBT_KINDS,
  citationIds: ['cba-2026-art22', 'nifa-2018-15'],
  params: {},
  check: (ctx) =>
    ctx
      .contactsOfKind('visit')
      .filter((p) => isVisit(p) && p.entry.visit?.idShown === false)
      .map((p) => visitHit(p, 'visit-without-identification', { idShown: false })),
} as const satisfies CheckRule;

const HOME_ENTRY: readonly CitationId[] = [
  'xingfa-245',
  'minfadian-1033-2',
  'zhian-2012-40-3',
  'zhian-2025',
  'cba-2026-art22',
  'cba-2026',
];
const OTHER_ENTRY: readonly CitationId[] = ['cba-2026-art22', 'cba-2026'];

/**
 * case-file-v1 `visit-entry-without-consent`: a visit with `entered: true` and `consentToEnter` not true.
 * The statutes (刑法 245, 民法典 1033(2), 治安 2012 40(3)) protect a home (住宅); entering a workplace or another
 * place without consent is prohibited by CBA 2026 (legal-facts.md §6.7(d) item 9, R06), so only a visit logged at
 * `home` cites the law.
 */
export const visitEntryWithoutConsent = {
  id: 'visit-entry-without-consent',
  tableRows: ['R05', 'R06'],
  debtKinds: ALL_DEBT_KINDS,
  citationIds: HOME_ENTRY,
  params: {},
  check: (ctx) =>
    ctx
      .contactsOfKind('visit')
      .filter((p) => isVisit(p) && p.entry.visit?.entered === true && p.entry.visit.consentToEnter !== true)
      .map((p): Hit => {
        const place = p.entry.visit?.place;
        const hit = visitHit(p, 'entered-without-consent', {
          entered: true,
          consentToEnter: p.entry.visit?.consentToEnter ?? null,
          place: place ?? null,
        });
        if (place === 'home') return hit;
        return {
          ...hit,
          citationIds: OTHER_ENTRY,
          contextCitationIds: place === 'workplace' ? ['zhian-2012-23', 'zhian-2025'] : [],
        };
      }),
} as const satisfies CheckRule;
