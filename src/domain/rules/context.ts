import type { CaseFile, Debt, Entry } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import { createLocalClock } from './local-time.ts';

/** An entry with everything the rules need computed once (10,000 entries must evaluate quickly). */
export interface PreparedEntry {
  readonly entry: Entry;
  /** Position in the file; findings list entries in this order. */
  readonly index: number;
  readonly ms: number;
  /** Local day and time in the case's zone. */
  readonly day: string;
  readonly secondOfDay: number;
  readonly incoming: boolean;
  /** case-file-v1 "Terms": incoming call, sms, message, visit or third-party-contact. */
  readonly collectionContact: boolean;
  /** case-file-v1 "Terms": the debt, else the collector's name ("unknown" when absent). */
  readonly group: string;
  readonly debt: Debt | undefined;
}

export interface EvalContext {
  readonly timeZone: string;
  readonly now: number;
  readonly caseFile: CaseFile;
  /** File order. */
  readonly entries: readonly PreparedEntry[];
  /** The entries with at least one conduct tag, in file order. */
  readonly tagged: readonly PreparedEntry[];
  /** Group → its entries in time order (ties: file order). */
  readonly groups: ReadonlyMap<string, readonly PreparedEntry[]>;
  readonly debts: ReadonlyMap<string, Debt>;
}

const COLLECTION_KINDS: ReadonlySet<Entry['kind']> = new Set([
  'call',
  'sms',
  'message',
  'visit',
  'third-party-contact',
]);

export const debtGroupKey = (debtId: string): string => `debt:${debtId}`;

export const groupOf = (e: Entry): string =>
  e.debtId !== undefined ? debtGroupKey(e.debtId) : `collector:${e.collector?.name ?? 'unknown'}`;

export const byTime = (a: PreparedEntry, b: PreparedEntry): number => a.ms - b.ms || a.index - b.index;

export const prepare = (caseFile: CaseFile, timeZone: string, now: number): EvalContext => {
  const debts = new Map(caseFile.debts.map((d) => [d.id, d] as const));
  const localOf = createLocalClock(timeZone);
  const entries: PreparedEntry[] = [];
  caseFile.entries.forEach((entry, index) => {
    const ms = Date.parse(entry.at);
    // The parser rejects an `at` without an offset; should an unreadable one reach here, no rule can place it.
    if (!Number.isFinite(ms)) return;
    const moment = localOf(ms);
    const incoming = directionOf(entry) === 'incoming';
    entries.push({
      entry,
      index,
      ms,
      day: moment.day,
      secondOfDay: moment.secondOfDay,
      incoming,
      collectionContact: incoming && COLLECTION_KINDS.has(entry.kind),
      group: groupOf(entry),
      debt: entry.debtId === undefined ? undefined : debts.get(entry.debtId),
    });
  });
  const groups = new Map<string, PreparedEntry[]>();
  for (const p of entries) {
    const list = groups.get(p.group);
    if (list === undefined) groups.set(p.group, [p]);
    else list.push(p);
  }
  for (const list of groups.values()) list.sort(byTime);
  const tagged = entries.filter((p) => p.entry.tags !== undefined && p.entry.tags.length > 0);
  return { timeZone, now, caseFile, entries, tagged, groups, debts };
};

/** The debt id a group stands for, or null for a per-collector group. */
export const debtIdOfGroup = (group: readonly PreparedEntry[]): string | null =>
  group[0]?.entry.debtId ?? null;

/** Entry ids in file order (case-file-v1: "entryIds (sorted as in the file)"). */
export const idsInFileOrder = (entries: readonly PreparedEntry[]): string[] =>
  [...entries].sort((a, b) => a.index - b.index).map((p) => p.entry.id);
