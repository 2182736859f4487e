import { instantOf } from '../../domain/case/dates.ts';
import type { ConductTag, EntryKind } from '../../domain/case/types.ts';
import { createLocalClock } from '../../domain/rules/local-time.ts';
import type { LogRow } from './log-data.ts';

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

function matchesQuery(row: LogRow, query: string): boolean {
  const c = row.entry.collector;
  const haystack = [row.entry.notes, c?.name, c?.person, c?.phone, row.entry.toNumber]
    .filter((s): s is string => typeof s === 'string')
    .map(squash)
    .join('\n');
  return squash(query)
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((w) => haystack.includes(w));
}

export function filterRows(rows: readonly LogRow[], f: TimelineFilter): LogRow[] {
  const query = f.query.trim();
  return rows.filter((row) => {
    const e = row.entry;
    if (row.hidden && !f.showHidden) return false;
    if (f.kind && e.kind !== f.kind) return false;
    if (f.debtId === NO_DEBT ? e.debtId !== undefined : f.debtId && e.debtId !== f.debtId) return false;
    if (f.tag && !(e.tags ?? []).includes(f.tag)) return false;
    return query === '' || matchesQuery(row, query);
  });
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * Newest contact first, grouped under its local day in the case's zone (not the phone's, not the offset in `at`):
 * a flat list of day headings and rows, which is what the windowed list renders.
 */
export function timelineItems(rows: readonly LogRow[], timeZone: string): TimelineItem[] {
  const clock = createLocalClock(timeZone);
  const timed = rows.map((row) => ({ row, ms: instantOf(row.entry.at) }));
  timed.sort((a, b) => b.ms - a.ms || b.row.seq - a.row.seq);
  const items: TimelineItem[] = [];
  let heading: { type: 'day'; day: string; count: number } | null = null;
  for (const { row, ms } of timed) {
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
