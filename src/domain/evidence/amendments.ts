/**
 * Saved entries are never overwritten (STYLE.md §2.5). A correction is an amendment record holding the whole new
 * version of the entry; deleting is a hide record with a reason. Both point at the original by id and are sealed
 * into the chain like the original. This module derives what the timeline shows from those records.
 */
import type { Entry, IsoDateTime } from '../case/types.ts';

export interface AmendmentRecord {
  readonly id: string;
  /** Id of the original entry. */
  readonly amends: string;
  readonly at: IsoDateTime;
  /** The whole corrected entry; its `id` stays the original's. */
  readonly entry: Entry;
  readonly reason?: string;
}

export interface HideRecord {
  readonly id: string;
  /** Id of the original entry. */
  readonly hides: string;
  readonly at: IsoDateTime;
  readonly reason: string;
}

export interface EntryView {
  /** The latest version: the original, or the entry of the last amendment. */
  readonly current: Entry;
  readonly original: Entry;
  /** Amendments in the order they were made. */
  readonly amendments: readonly AmendmentRecord[];
  readonly hidden: HideRecord | null;
}

type AmendmentProblemCode = 'amends-unknown-entry' | 'amendment-changes-id' | 'hides-unknown-entry';

interface AmendmentProblem {
  readonly code: AmendmentProblemCode;
  readonly recordId: string;
}

/**
 * Applies amendments and hides (each list in the order they were sealed) to the original entries. Records that
 * point at no entry, or that try to change an entry's id, are reported and left out rather than guessed at.
 */
export function entryViews(
  originals: readonly Entry[],
  amendments: readonly AmendmentRecord[],
  hides: readonly HideRecord[],
): { readonly views: readonly EntryView[]; readonly problems: readonly AmendmentProblem[] } {
  const problems: AmendmentProblem[] = [];
  const byId = new Map<
    string,
    { original: Entry; amendments: AmendmentRecord[]; hidden: HideRecord | null }
  >();
  for (const original of originals) byId.set(original.id, { original, amendments: [], hidden: null });
  for (const a of amendments) {
    const slot = byId.get(a.amends);
    if (!slot) problems.push({ code: 'amends-unknown-entry', recordId: a.id });
    else if (a.entry.id !== a.amends) problems.push({ code: 'amendment-changes-id', recordId: a.id });
    else slot.amendments.push(a);
  }
  for (const h of hides) {
    const slot = byId.get(h.hides);
    if (!slot) problems.push({ code: 'hides-unknown-entry', recordId: h.id });
    // The first hide wins; a second one for the same entry adds nothing to what the timeline shows.
    else if (!slot.hidden) slot.hidden = h;
  }
  const views = originals.map((original) => {
    const slot = byId.get(original.id);
    const list = slot?.amendments ?? [];
    return {
      original,
      current: list.at(-1)?.entry ?? original,
      amendments: list,
      hidden: slot?.hidden ?? null,
    };
  });
  return { views, problems };
}
