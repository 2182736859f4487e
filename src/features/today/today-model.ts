import type { CaseFile, Debt, Entry } from '../../domain/case/types.ts';
import { computeDeadlines } from '../../domain/deadlines/compute.ts';
import type { Deadline, DeadlineSet } from '../../domain/deadlines/types.ts';

export interface TodayCardModel {
  readonly debt: Debt;
  readonly set: DeadlineSet;
  /** The first deadline that has not passed. */
  readonly nearest?: Deadline;
  /** The logged entry that placed the debt in its stage. */
  readonly basisEntry?: Entry;
}

export interface Reminder {
  readonly deadline: Deadline;
  readonly debt: Debt;
}

interface TodayModel {
  readonly cards: readonly TodayCardModel[];
  /** Every deadline not yet passed, across debts, by day then id. */
  readonly reminders: readonly Reminder[];
}

/** Archived debts are done with; Today only looks at the active ones. */
function activeCase(caseFile: CaseFile): CaseFile {
  const debts = caseFile.debts.filter((d) => d.archived !== true);
  const ids = new Set(debts.map((d) => d.id));
  const entries = caseFile.entries.filter((e) => e.debtId !== undefined && ids.has(e.debtId));
  return { ...caseFile, debts, entries };
}

export function buildTodayModel(caseFile: CaseFile, today: string): TodayModel {
  const active = activeCase(caseFile);
  const sets = computeDeadlines(active, { today });
  const entryById = new Map(active.entries.map((e) => [e.id, e]));
  const cards = active.debts.flatMap((debt): TodayCardModel[] => {
    const set = sets.find((s) => s.debtId === debt.id);
    if (!set) return [];
    const nearest = set.deadlines.find((d) => !d.passed);
    const fromId = set.stage.fromEntryId;
    const basisEntry = fromId === undefined ? undefined : entryById.get(fromId);
    return [{ debt, set, ...(nearest ? { nearest } : {}), ...(basisEntry ? { basisEntry } : {}) }];
  });
  const reminders = cards
    .flatMap((c) => c.set.deadlines.filter((d) => !d.passed).map((deadline) => ({ deadline, debt: c.debt })))
    .sort((a, b) =>
      a.deadline.due === b.deadline.due
        ? a.deadline.id.localeCompare(b.deadline.id)
        : a.deadline.due < b.deadline.due
          ? -1
          : 1,
    );
  return { cards, reminders };
}
