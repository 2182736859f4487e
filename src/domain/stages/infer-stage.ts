/**
 * Where a debt stands: logged facts first (the most advanced stage any logged fact shows), then days past the first
 * missed due date on the typical ladder (practice, legal-facts.md §6.8), else nothing known.
 */
import type { Debt, Entry, LocalDate } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import { daysBetween } from '../calendar/days.ts';
import { factDayOf } from './entry-day.ts';
import { MALICIOUS_OVERDRAFT_MIN_PRINCIPAL } from './overdraft.ts';
import { KIND_PROFILES, STAGES, stageDef } from './stages.ts';
import type { ActionCode, RiskCode, StageDef, StageEvent, StageId, StageResult } from './types.ts';

const ALL_STAGES: readonly StageDef[] = STAGES;

const matches = (ev: StageEvent, e: Entry): boolean =>
  ev.entryKind === e.kind &&
  (ev.letterType === undefined || ev.letterType === e.letter?.type) &&
  (ev.collectorSides === undefined || ev.collectorSides.includes(e.collector?.side ?? 'unknown'));

/** The most advanced stage a single entry shows, or null. Only facts from the collector side count. */
const stageOfEntry = (e: Entry): StageDef | null => {
  if (directionOf(e) !== 'incoming') return null;
  let best: StageDef | null = null;
  for (const s of ALL_STAGES) {
    if (s.events.some((ev) => matches(ev, e)) && (best === null || s.order > best.order)) best = s;
  }
  return best;
};

interface Fact {
  readonly stage: StageDef;
  readonly day: LocalDate;
  readonly entryId?: string;
}

const factsOf = (debt: Debt, entries: readonly Entry[], today: LocalDate, timeZone: string): Fact[] => {
  const facts: Fact[] = [];
  for (const e of entries) {
    if (e.debtId !== debt.id) continue;
    const stage = stageOfEntry(e);
    const day = factDayOf(e, timeZone);
    if (stage !== null && day <= today) facts.push({ stage, day, entryId: e.id });
  }
  // The lender's own notice that it will use an agency is a logged fact too (case-file-v1 `outsourcingNoticeOn`).
  if (debt.outsourcingNoticeOn !== undefined && debt.outsourcingNoticeOn <= today) {
    facts.push({ stage: stageDef('agency'), day: debt.outsourcingNoticeOn });
  }
  return facts;
};

const byDays = (debt: Debt, days: number): StageId => {
  if (days <= 0) return 'not-overdue';
  if (!KIND_PROFILES[debt.kind].typicalLadder) return 'overdue';
  let best: StageDef = stageDef('overdue');
  for (const s of ALL_STAGES) {
    // Court stages are never inferred from days: only court papers put a debt there.
    if (s.basis !== 'practice' || s.typicalDays === undefined || s.typicalDays.from > days) continue;
    if (s.id !== 'overdue' && (best.id === 'overdue' || s.order > best.order)) best = s;
  }
  return best.id;
};

const risksFor = (debt: Debt, stage: StageDef): RiskCode[] => {
  const risks: RiskCode[] = [...stage.risks];
  const profile = KIND_PROFILES[debt.kind];
  for (const r of profile.extraRisks) {
    if (r === 'malicious-overdraft' && stage.id === 'not-overdue') continue;
    // "Below" speaks of this card alone as recorded: the amount that counts is the principal unpaid at police
    // filing and cards may be added together (§16 R61, R63), so the UI never turns it into "safe" or "false".
    const below =
      r === 'malicious-overdraft' &&
      debt.principal !== undefined &&
      debt.principal < MALICIOUS_OVERDRAFT_MIN_PRINCIPAL;
    risks.push(below ? 'malicious-overdraft-below-threshold' : r);
  }
  return [...new Set(risks)];
};

const actionsFor = (debt: Debt, stage: StageDef, basis: StageResult['basis']): ActionCode[] => {
  const profile = KIND_PROFILES[debt.kind];
  const actions: ActionCode[] = stage.actions.map((a) => profile.replaces[a] ?? a);
  if (stage.id !== 'not-overdue') actions.push(...profile.extraActions);
  if (basis === 'none') actions.unshift('enter-first-missed-date');
  return [...new Set(actions)];
};

export function inferStage(
  debt: Debt,
  entries: readonly Entry[],
  today: LocalDate,
  timeZone: string,
): StageResult {
  const days =
    debt.firstMissedDueDate === undefined ? undefined : daysBetween(debt.firstMissedDueDate, today);
  const daysOverdue = days !== undefined && days > 0 ? { daysOverdue: days } : {};
  const facts = factsOf(debt, entries, today, timeZone);
  let stage: StageDef;
  let basis: StageResult['basis'];
  let from: { fromEntryId?: string; fromDay?: LocalDate } = {};
  if (facts.length > 0) {
    // Most advanced stage; among equals the latest fact (the one the borrower most likely acts on).
    const top = facts.reduce((a, b) =>
      b.stage.order > a.stage.order || (b.stage.order === a.stage.order && b.day >= a.day) ? b : a,
    );
    stage = top.stage;
    basis = 'event';
    from = top.entryId === undefined ? { fromDay: top.day } : { fromEntryId: top.entryId, fromDay: top.day };
  } else if (days !== undefined) {
    stage = stageDef(byDays(debt, days));
    basis = 'days';
  } else {
    stage = stageDef('overdue');
    basis = 'none';
  }
  const actions = actionsFor(debt, stage, basis);
  const nextStep = actions[0] ?? 'log-every-contact';
  return { stage: stage.id, basis, ...from, ...daysOverdue, nextStep, actions, risks: risksFor(debt, stage) };
}
