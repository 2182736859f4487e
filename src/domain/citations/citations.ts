import type { BindingForce, CalendarDay, Citation } from './citation.ts';
import { CIVIL_CITATIONS } from './civil.ts';
import { CRIMINAL_CITATIONS } from './criminal.ts';
import { FINANCE_CITATIONS } from './finance.ts';
import { INDUSTRY_CITATIONS } from './industry.ts';
import { JUDICIAL_CITATIONS } from './judicial.ts';
import { PERIOD_CITATIONS } from './periods.ts';
import { PROCEDURE_2026_CITATIONS } from './sheet-2026.ts';
import { MORE_2026_CITATIONS } from './sheet-2026-more.ts';
import { RIGHTS_2026_CITATIONS } from './sheet-2026-rights.ts';

/** Every citation the app may show, each taken from legal-facts.md. */
export const CITATIONS = [
  ...CRIMINAL_CITATIONS,
  ...CIVIL_CITATIONS,
  ...JUDICIAL_CITATIONS,
  ...FINANCE_CITATIONS,
  ...INDUSTRY_CITATIONS,
  ...PERIOD_CITATIONS,
  ...PROCEDURE_2026_CITATIONS,
  ...MORE_2026_CITATIONS,
  ...RIGHTS_2026_CITATIONS,
] as const;

export type CitationId = (typeof CITATIONS)[number]['id'];

const BY_ID = Object.fromEntries(CITATIONS.map((c) => [c.id, c])) as Record<CitationId, Citation>;

export const citationById = (id: CitationId): Citation => BY_ID[id];

export const isCitationId = (id: string): id is CitationId => Object.hasOwn(BY_ID, id);

/**
 * Whether a citation applies to conduct on a given local day. Only version pairs are filtered (治安管理处罚法 2012
 * before 2026-01-01, its 2025 revision from then on: legal-facts.md §12 note above Table A); other sources are kept
 * whatever the day, so a finding never loses all of its sources.
 */
export const appliesOnDay = (c: Citation, day: CalendarDay): boolean => {
  if (c.supersededOn !== undefined && day >= c.supersededOn) return false;
  if (c.supersedes !== undefined && c.inForceSince !== undefined && day < c.inForceSince) return false;
  return true;
};

const RECORDS: readonly Citation[] = CITATIONS;

/** The days on which `appliesOnDay` can change its answer, ascending. */
const ERA_STARTS = [
  ...new Set(
    RECORDS.flatMap((c) => [
      ...(c.supersededOn === undefined ? [] : [c.supersededOn]),
      ...(c.supersedes !== undefined && c.inForceSince !== undefined ? [c.inForceSince] : []),
    ]),
  ),
].sort();

/** Two days with the same era get the same answer from `appliesOnDay` for every citation (used for caching). */
export const citationEraOf = (day: CalendarDay): number => {
  let era = 0;
  for (const start of ERA_STARTS) if (day >= start) era++;
  return era;
};

const RANK: Record<BindingForce, number> = {
  LAW: 3,
  JI: 3,
  AR: 3,
  DR: 2,
  RND: 2,
  'GB/T': 1,
  SRO: 1,
  'court-guidance': 1,
  'judicial-opinion': 2,
  practice: 0,
};

/** The strongest binding force among some citations (for ordering and severity). */
export const strongestForce = (citations: readonly Citation[]): BindingForce | null =>
  citations.reduce<BindingForce | null>(
    (best, c) => (best === null || RANK[c.binding] > RANK[best] ? c.binding : best),
    null,
  );
