/**
 * Every deadline of every debt, from logged letters (receivedOn), the debt's dates and the dates the user entered
 * (UserDates). Where the sheet gives a period but no start day, the deadline is computed only from a user-entered
 * day and otherwise listed in `needsDate`.
 */
import type { CaseFile, Debt, Entry, LocalDate } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import { yearOf } from '../calendar/days.ts';
import { periodEnd, type PeriodEnd } from '../calendar/periods.ts';
import { hasOfficialTable } from '../calendar/rest-days.ts';
import { factDayOf } from '../stages/entry-day.ts';
import { inferStage } from '../stages/infer-stage.ts';
import { letterOutcome } from './letter-deadlines.ts';
import { BORROWER_DEADLINES, DEMAND_LETTERS, SPECS } from './specs.ts';
import type {
  Deadline,
  DeadlineId,
  DeadlineOptions,
  DeadlineSet,
  NoteCode,
  SenderDate,
  UserDebtDates,
} from './types.ts';

const COUNTING_CITATION: Readonly<Record<'court-art-85' | 'civil-201-203', CitationId>> = {
  'court-art-85': 'minsufa-2023-85',
  'civil-201-203': 'minfadian-201-203',
};

interface Start {
  readonly day: LocalDate;
  readonly entryId?: string;
  readonly extraCitations?: readonly CitationId[];
  readonly extraNotes?: readonly NoteCode[];
  /** For 'as-printed' deadlines: the day printed on the paper (`day` is then the day it was received). */
  readonly printed?: LocalDate;
  /** Limitation: the start lies after today. */
  readonly notBegun?: boolean;
}

function endOf(id: DeadlineId, start: Start): PeriodEnd {
  const spec = SPECS[id];
  if (spec.period === undefined || spec.counting === 'as-printed') {
    const due = start.printed ?? start.day;
    return { due, holidayData: hasOfficialTable(yearOf(due)) ? 'official' : 'weekends-only' };
  }
  return periodEnd(
    start.day,
    spec.period,
    spec.counting,
    BORROWER_DEADLINES.has(id) ? 'unshifted' : 'move-weekends',
  );
}

export function makeDeadline(id: DeadlineId, debtId: string, start: Start, today: LocalDate): Deadline {
  const spec = SPECS[id];
  const end = endOf(id, start);
  const passed = end.due < today;
  const lead: NoteCode[] = [];
  // R83: a passed estimate is never stated as fact; nor is a period that has not begun.
  if (start.notBegun === true) lead.push('period-not-begun');
  else if (id === 'limitation' && passed) lead.push('may-have-expired');
  const notes: NoteCode[] = [...lead, ...spec.notes, ...(start.extraNotes ?? [])];
  const moves = spec.counting === 'court-art-85' || spec.counting === 'civil-201-203';
  if (end.holidayData === 'weekends-only' && moves) {
    notes.push(BORROWER_DEADLINES.has(id) ? 'rest-day-unshifted' : 'check-official-holidays');
  }
  const citationIds = [
    ...spec.citationIds,
    ...(start.extraCitations ?? []),
    ...(spec.counting === 'court-art-85' || spec.counting === 'civil-201-203'
      ? [COUNTING_CITATION[spec.counting]]
      : []),
  ];
  return {
    id,
    debtId,
    due: end.due,
    startDay: start.day,
    ...(start.entryId === undefined ? {} : { from: start.entryId }),
    counting: spec.counting,
    holidayData: end.holidayData,
    ...(end.movedFrom === undefined ? {} : { movedFrom: end.movedFrom }),
    citationIds: [...new Set(citationIds)],
    estimate: spec.estimate,
    ...(notes[0] === undefined ? {} : { note: notes[0] }),
    notes,
    passed,
    ...(spec.period === undefined ? {} : { period: spec.period }),
    ...(start.notBegun === true ? { notBegun: true as const } : {}),
  };
}

/**
 * Events that restart the limitation period: a demand from the creditor side that reached the debtor (民法典
 * 195(1), (3); SPC 诉讼时效 Art. 8; for cards 银行卡规定 Art. 3) and the debtor's payment or agreement (195(2);
 * SPC Art. 14). An unanswered call delivered no demand, so it does not count.
 */
const interrupts = (e: Entry): boolean => {
  if (e.kind === 'payment') return true;
  // The borrower's own letter admitting the debt or offering payment is "agreeing to perform" (195(2)).
  if (e.kind === 'letter' && directionOf(e) === 'outgoing' && e.acknowledgesDebt === true) return true;
  if (directionOf(e) !== 'incoming') return false;
  switch (e.kind) {
    case 'call':
      return e.answered === true;
    case 'sms':
    case 'message':
    case 'visit':
      return true;
    case 'letter':
      return e.letter?.type !== undefined && DEMAND_LETTERS.includes(e.letter.type);
    default:
      return false;
  }
};

function limitationStart(debt: Debt, entries: readonly Entry[], today: LocalDate, tz: string): Start | null {
  let best: Start | null = null;
  const consider = (s: Start) => {
    if (s.day <= today && (best === null || s.day >= best.day)) best = s;
  };
  if (debt.firstMissedDueDate !== undefined) consider({ day: debt.firstMissedDueDate });
  if (debt.lastPaymentDate !== undefined) consider({ day: debt.lastPaymentDate });
  for (const a of debt.agreements ?? []) if (a.signedOn !== undefined) consider({ day: a.signedOn });
  for (const e of entries) if (interrupts(e)) consider({ day: factDayOf(e, tz), entryId: e.id });
  // R81 (民法典 189): the last installment's due date joins the list even when it lies after today; the period has
  // then not begun. An acceleration clause may have started it earlier, which the note says.
  const last = debt.finalDueDate;
  if (last === undefined) return best;
  const notes: readonly NoteCode[] = ['acceleration-may-start-earlier'];
  const chosen = best as Start | null;
  if (chosen === null || last >= chosen.day) return { day: last, extraNotes: notes, notBegun: last > today };
  return { ...chosen, extraNotes: notes };
}

const COURT_DECIDED = new Set(['judgment', 'enforcement-notice']);

function deadlinesOfDebt(
  debt: Debt,
  all: readonly Entry[],
  tz: string,
  today: LocalDate,
  user: UserDebtDates,
): DeadlineSet {
  const entries = all.filter((e) => e.debtId === debt.id);
  const stage = inferStage(debt, entries, today, tz);
  const out: Deadline[] = [];
  const needsDate: DeadlineId[] = [];
  const senderDates: SenderDate[] = [];
  for (const e of entries) {
    if (e.kind !== 'letter' || directionOf(e) !== 'incoming') continue;
    const outcome = letterOutcome(e);
    const day = factDayOf(e, tz);
    for (const d of outcome.deadlines)
      out.push(makeDeadline(d.id, debt.id, { day, entryId: e.id, ...d }, today));
    for (const id of outcome.needsDate) if (!needsDate.includes(id)) needsDate.push(id);
    if (outcome.senderDate !== undefined) senderDates.push({ day: outcome.senderDate, from: e.id });
  }
  const decided = entries.some((e) => e.kind === 'letter' && COURT_DECIDED.has(e.letter?.type ?? ''));
  // Once a court has decided, the claim is no longer running towards limitation; the enforcement period matters.
  // A debt paid off in full has no limitation deadline to watch (docs/case-file.md, paidOffOn).
  if (!decided && debt.paidOffOn === undefined) {
    const start = limitationStart(debt, entries, today, tz);
    const cards: readonly CitationId[] = debt.kind === 'credit-card' ? ['spc-bankcard-3'] : [];
    if (start !== null)
      out.push(makeDeadline('limitation', debt.id, { ...start, extraCitations: cards }, today));
    else needsDate.push('limitation');
  }
  if (user.enforcementStartOn !== undefined) {
    out.push(makeDeadline('enforcement-application', debt.id, { day: user.enforcementStartOn }, today));
  } else if (decided) {
    needsDate.push('enforcement-application');
  }
  if (debt.paidOffOn !== undefined) {
    const start: Start = { day: debt.paidOffOn, extraNotes: ['runs-from-paid-off'] };
    out.push(makeDeadline('negative-record-end', debt.id, start, today));
  } else if (user.debtEndedOn !== undefined) {
    out.push(makeDeadline('negative-record-end', debt.id, { day: user.debtEndedOn }, today));
  } else if (stage.stage !== 'not-overdue') {
    needsDate.push('negative-record-end');
  }
  if (user.creditObjectionOn !== undefined) {
    out.push(makeDeadline('credit-objection-reply', debt.id, { day: user.creditObjectionOn }, today));
  }
  if (user.pbocComplaintOn !== undefined) {
    out.push(makeDeadline('pboc-complaint-reply', debt.id, { day: user.pbocComplaintOn }, today));
  }
  out.sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { debtId: debt.id, stage, deadlines: out, needsDate, senderDates };
}

/** One set per debt, in the case file's debt order; each set's deadlines sorted by due day. */
export function computeDeadlines(caseFile: CaseFile, options: DeadlineOptions): DeadlineSet[] {
  return caseFile.debts.map((debt) =>
    deadlinesOfDebt(debt, caseFile.entries, caseFile.timeZone, options.today, options.extra?.[debt.id] ?? {}),
  );
}

/** The earliest deadline that has not passed, across the given sets (ties: the order of the sets). */
export function nearestDeadline(sets: readonly DeadlineSet[]): Deadline | undefined {
  let best: Deadline | undefined;
  for (const s of sets) {
    for (const d of s.deadlines) if (!d.passed && (best === undefined || d.due < best.due)) best = d;
  }
  return best;
}
