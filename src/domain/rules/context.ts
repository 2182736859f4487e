import type { CaseFile, Debt, Entry } from '../case/types.ts';
import { directionOf } from '../case/types.ts';
import { createFastLocalClock, instantOfAt } from './fast-time.ts';

/** An entry with everything the rules need computed once (10,000 entries must evaluate quickly). */
export interface PreparedEntry {
  readonly entry: Entry;
  /**
   * Copies of the entry's most-read fields. Entries come in many shapes (a call, a visit, a note…), so reading
   * `entry.kind` in every rule is a slow polymorphic lookup; a prepared entry always has one shape.
   */
  readonly kind: Entry['kind'];
  readonly debtId: string | undefined;
  readonly answered: boolean | undefined;
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
  /** Collection contacts, in file order. */
  readonly contacts: readonly PreparedEntry[];
  /** Collection contacts of each kind, in file order (rules about visits need not walk every call). */
  readonly contactsOfKind: (kind: Entry['kind']) => readonly PreparedEntry[];
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

const groupOf = (e: Entry): string =>
  e.debtId !== undefined ? debtGroupKey(e.debtId) : `collector:${e.collector?.name ?? 'unknown'}`;

export const byTime = (a: PreparedEntry, b: PreparedEntry): number => a.ms - b.ms || a.index - b.index;

const EMPTY: readonly PreparedEntry[] = [];

const isSortedByTime = (list: readonly PreparedEntry[]): boolean => {
  for (let i = 1; i < list.length; i += 1) {
    const a = list[i - 1];
    const b = list[i];
    if (a !== undefined && b !== undefined && byTime(a, b) > 0) return false;
  }
  return true;
};

export const prepare = (caseFile: CaseFile, timeZone: string, now: number): EvalContext => {
  const debts = new Map(caseFile.debts.map((d) => [d.id, d] as const));
  const localOf = createFastLocalClock(timeZone);
  const entries: PreparedEntry[] = [];
  const tagged: PreparedEntry[] = [];
  const contacts: PreparedEntry[] = [];
  const byKind = new Map<Entry['kind'], PreparedEntry[]>();
  const groups = new Map<string, PreparedEntry[]>();
  // One group key string per debt instead of one per entry.
  const debtGroups = new Map<string, string>();
  caseFile.entries.forEach((entry, index) => {
    const ms = instantOfAt(entry.at);
    // The parser rejects an `at` without an offset; should an unreadable one reach here, no rule can place it.
    if (!Number.isFinite(ms)) return;
    const moment = localOf(ms);
    const incoming = directionOf(entry) === 'incoming';
    const debtId = entry.debtId;
    let group = debtId === undefined ? undefined : debtGroups.get(debtId);
    if (group === undefined) {
      group = groupOf(entry);
      if (debtId !== undefined) debtGroups.set(debtId, group);
    }
    const p: PreparedEntry = {
      entry,
      kind: entry.kind,
      debtId,
      answered: entry.answered,
      index,
      ms,
      day: moment.day,
      secondOfDay: moment.secondOfDay,
      incoming,
      collectionContact: incoming && COLLECTION_KINDS.has(entry.kind),
      group,
      debt: entry.debtId === undefined ? undefined : debts.get(entry.debtId),
    };
    entries.push(p);
    if (entry.tags !== undefined && entry.tags.length > 0) tagged.push(p);
    if (p.collectionContact) {
      contacts.push(p);
      const ofKind = byKind.get(entry.kind);
      if (ofKind === undefined) byKind.set(entry.kind, [p]);
      else ofKind.push(p);
    }
    const list = groups.get(p.group);
    if (list === undefined) groups.set(p.group, [p]);
    else list.push(p);
  });
  // Logs are mostly written in time order; sort only the groups that are not.
  for (const list of groups.values()) if (!isSortedByTime(list)) list.sort(byTime);
  const contactsOfKind = (kind: Entry['kind']) => byKind.get(kind) ?? EMPTY;
  return { timeZone, now, caseFile, entries, tagged, contacts, contactsOfKind, groups, debts };
};

/** The debt id a group stands for, or null for a per-collector group. */
export const debtIdOfGroup = (group: readonly PreparedEntry[]): string | null => group[0]?.debtId ?? null;

/** Entry ids in file order (case-file-v1: "entryIds (sorted as in the file)"). */
export const idsInFileOrder = (entries: readonly PreparedEntry[]): string[] =>
  [...entries].sort((a, b) => a.index - b.index).map((p) => p.entry.id);
