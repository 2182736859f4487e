import type { ConductTag, EntryKind } from '../../../domain/case/types.ts';
import { createLocalClock } from '../../../domain/rules/local-time.ts';
import type { EntryListItem } from '../../../data/repositories/evidence-read.ts';

/** One timeline row: the current version of an entry, how often it was amended, and whether it is hidden. */
export type LogRow = Pick<EntryListItem, 'entry' | 'seq' | 'at' | 'amendedCount' | 'hidden'>;

export interface TimelineFilter {
  readonly kind: EntryKind | '';
  /** '' = every debt; NO_DEBT = entries without a debt. */
  readonly debtId: string;
  readonly tag: ConductTag | '';
  readonly query: string;
  readonly showHidden: boolean;
}

export const NO_DEBT = '\u0000none';
export const EMPTY_FILTER: TimelineFilter = { kind: '', debtId: '', tag: '', query: '', showHidden: false };

export type TimelineItem =
  | { readonly type: 'day'; readonly day: string; readonly count: number }
  | { readonly type: 'entry'; readonly row: LogRow; readonly time: string; readonly ms: number };

/** Spaces, dashes and brackets do not matter when searching for a phone number. */
const squash = (s: string) => s.toLowerCase().replace(/[\s\-()（）]/g, '');

// Rows are immutable query results: their search text is built once, not on every keystroke over 10,000 rows.
const searchText = new WeakMap<LogRow, string>();

function haystackOf(row: LogRow): string {
  let text = searchText.get(row);
  if (text === undefined) {
    const c = row.entry.collector;
    text = [row.entry.notes, c?.name, c?.person, c?.phone, row.entry.toNumber]
      .filter((s): s is string => typeof s === 'string')
      .map(squash)
      .join('\n');
    searchText.set(row, text);
  }
  return text;
}

function matchesQuery(row: LogRow, words: readonly string[]): boolean {
  const haystack = haystackOf(row);
  return words.every((w) => haystack.includes(w));
}

export function filterRows(rows: readonly LogRow[], f: TimelineFilter): LogRow[] {
  const words = f.query
    .split(/\s+/)
    .map(squash)
    .filter((w) => w !== '');
  return rows.filter((row) => {
    const e = row.entry;
    if (row.hidden && !f.showHidden) return false;
    if (f.kind && e.kind !== f.kind) return false;
    if (f.debtId === NO_DEBT ? e.debtId !== undefined : f.debtId && e.debtId !== f.debtId) return false;
    if (f.tag && !(e.tags ?? []).includes(f.tag)) return false;
    return words.length === 0 || matchesQuery(row, words);
  });
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Newest contact first, grouped under its local day in the case's zone (not the phone's, not the offset in `at`):
 * a flat list of day headings and rows, which is what the windowed list renders.
 */
export function timelineItems(rows: readonly LogRow[], timeZone: string): TimelineItem[] {
  const clock = createLocalClock(timeZone);
  // Storage already lists rows newest first (useEntryRows); sort only if a caller hands them in another order.
  const newestFirst = (a: LogRow, b: LogRow) => b.at - a.at || b.seq - a.seq;
  const sorted = rows.every((row, i) => i === 0 || newestFirst(rows[i - 1] as LogRow, row) <= 0);
  const timed = sorted ? rows : [...rows].sort(newestFirst);
  const items: TimelineItem[] = [];
  let heading: { type: 'day'; day: string; count: number } | null = null;
  for (const row of timed) {
    const ms = row.at;
    const local = clock(ms);
    if (heading === null || heading.day !== local.day) {
      heading = { type: 'day', day: local.day, count: 0 };
      items.push(heading);
    }
    heading.count += 1;
    const s = local.secondOfDay;
    items.push({
      type: 'entry',
      row,
      ms,
      time: `${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}`,
    });
  }
  return items;
}
