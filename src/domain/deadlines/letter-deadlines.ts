/**
 * The deadlines a court or arbitration paper starts (docs/stages.md, "Deadlines"; legal-facts.md §9, §16 R56–R57,
 * R76–R80, R106). What the paper does not say (which kind of ruling, which procedure) is never guessed: an unknown
 * ruling gets both candidate remedies, an unknown procedure the ordinary one.
 */
import type { Entry, Letter, LetterType, LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { DeadlineId, NoteCode } from './types.ts';

/** Papers from a court or an arbitration body: a day printed on them is a deadline kept exactly as printed. */
export const COURT_PAPERS: readonly LetterType[] = [
  'court-summons',
  'payment-order',
  'judgment',
  'ruling',
  'enforcement-notice',
  'arbitration-award',
  'mediation-notice',
];

/** One deadline a paper starts, before counting. */
interface LetterDeadline {
  readonly id: DeadlineId;
  /** For 'as-printed' deadlines: the day printed on the paper. */
  readonly printed?: LocalDate;
  readonly extraNotes?: readonly NoteCode[];
  readonly extraCitations?: readonly CitationId[];
}

interface LetterOutcome {
  readonly deadlines: readonly LetterDeadline[];
  readonly needsDate: readonly DeadlineId[];
  /** A day printed on a letter that is not a court or arbitration paper: the sender's date, not a deadline. */
  readonly senderDate?: LocalDate;
}

const APPEALABLE_RULINGS = new Set(['refusal', 'jurisdiction', 'dismissal', undefined]);
/** 解释 2022 Arts. 276–277: in small claims these rulings take effect at once. */
const FINAL_IN_SMALL_CLAIMS = new Set(['jurisdiction', 'dismissal']);

function rulingDeadlines(l: Letter): LetterDeadline[] {
  const unknown: readonly NoteCode[] = l.rulingKind === undefined ? ['ruling-kind-unknown'] : [];
  const out: LetterDeadline[] = [];
  const finalAtOnce = l.procedure === 'small-claims' && FINAL_IN_SMALL_CLAIMS.has(l.rulingKind ?? '');
  if (APPEALABLE_RULINGS.has(l.rulingKind) && !finalAtOnce)
    out.push({ id: 'appeal-ruling', extraNotes: unknown });
  if (l.rulingKind === 'preservation' || l.rulingKind === undefined) {
    out.push({ id: 'review-ruling', extraNotes: unknown });
  }
  return out;
}

/** Sources of a printed last day, by paper: the court's power to set the period, or what follows if it passes. */
function statedCitations(l: Letter): readonly CitationId[] {
  switch (l.type) {
    case 'court-summons':
      if (l.procedure === 'simple') return ['minsufa-2023-160-164', 'spc-minsufa-interp-258-266'];
      if (l.procedure === 'small-claims') return ['spc-minsufa-interp-274-275'];
      return ['minsufa-2023-85'];
    case 'payment-order':
      return ['minsufa-2023-227', 'minsufa-2023-85'];
    case 'arbitration-award':
      return ['minsufa-2023-248'];
    case 'mediation-notice':
      return ['spc-invited-mediation-2016'];
    default:
      return ['minsufa-2023-85'];
  }
}

const SIMPLE_OR_SMALL = new Set(['simple', 'small-claims']);

function summonsDeadlines(l: Letter): { deadlines: LetterDeadline[]; needsDate: DeadlineId[] } {
  const deadlines: LetterDeadline[] = [];
  const needsDate: DeadlineId[] = [];
  // R76, R78: in simple and small-claims procedure the court sets the periods; no 15-day answer period applies.
  if (!SIMPLE_OR_SMALL.has(l.procedure ?? '')) {
    deadlines.push({ id: 'answer' }, { id: 'jurisdiction-objection' });
  } else if (l.statedDeadline === undefined) {
    needsDate.push('stated');
  }
  if (l.hearingOn !== undefined) {
    // R79: an objection to small-claims procedure must come before the hearing (also when the procedure is unknown).
    const smallClaims = l.procedure === 'small-claims' || l.procedure === undefined;
    deadlines.push({
      id: 'hearing',
      printed: l.hearingOn,
      ...(smallClaims ? { extraNotes: ['small-claims-object-before-hearing'] } : {}),
    });
  }
  return { deadlines, needsDate };
}

/** The deadlines an incoming letter starts; the caller counts them from the day it was received. */
export function letterOutcome(e: Entry): LetterOutcome {
  const l = e.letter;
  if (e.kind !== 'letter' || l?.type === undefined) return { deadlines: [], needsDate: [] };
  let deadlines: LetterDeadline[] = [];
  let needsDate: DeadlineId[] = [];
  switch (l.type) {
    case 'court-summons':
      ({ deadlines, needsDate } = summonsDeadlines(l));
      break;
    case 'payment-order':
      deadlines = [{ id: 'payment-order-objection' }];
      break;
    case 'judgment':
      // R77, R80: a small-claims judgment cannot be appealed; the only route is retrial.
      deadlines = [{ id: l.procedure === 'small-claims' ? 'retrial-small-claims' : 'appeal-judgment' }];
      break;
    case 'ruling':
      deadlines = rulingDeadlines(l);
      break;
    case 'arbitration-award':
      deadlines = [{ id: 'set-aside-award' }];
      break;
    default:
      break;
  }
  if (l.statedDeadline === undefined) return { deadlines, needsDate };
  if (!COURT_PAPERS.includes(l.type)) return { deadlines, needsDate, senderDate: l.statedDeadline };
  const courtSets = l.type === 'court-summons' && SIMPLE_OR_SMALL.has(l.procedure ?? '');
  deadlines.push({
    id: 'stated',
    printed: l.statedDeadline,
    extraCitations: statedCitations(l),
    ...(courtSets ? { extraNotes: ['court-sets-periods'] } : {}),
  });
  return { deadlines, needsDate };
}
