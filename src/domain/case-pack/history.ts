/**
 * history.json of app-made packs (docs/case-pack.md): every sealed record of the device's evidence
 * chain in chain order — entries, amendments, hides and attachments — so that a pack carries the whole history
 * (what was corrected and what was hidden, and why), and a restore into an empty profile re-seals the same records
 * into the same chain with the same head. case.json then holds only what the timeline shows: the current version
 * of every entry that is not hidden, in the order the entries were first saved.
 */
import type { Entry } from '../case/types.ts';
import { entryViews, type AmendmentRecord, type HideRecord } from '../evidence/amendments.ts';
import { canonicalJson } from '../evidence/canonical-json.ts';
import { CHAIN_RECORD_KINDS, type ChainRecordKind } from '../evidence/chain.ts';

export const HISTORY_PATH = 'history.json';

export interface HistoryRecord {
  readonly kind: ChainRecordKind;
  readonly recordId: string;
  /** The record exactly as it was hashed into the chain. */
  readonly record: unknown;
}

/** The text written to the pack: 2-space JSON, final newline, records in chain order. */
export const historyText = (records: readonly HistoryRecord[]): string =>
  `${JSON.stringify({ records: records.map(({ kind, recordId, record }) => ({ kind, recordId, record })) }, null, 2)}\n`;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** history.json's records, or null when the text is not JSON of the documented shape. */
export function readHistory(text: string): readonly HistoryRecord[] | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isObject(raw) || !Array.isArray(raw.records)) return null;
  const out: HistoryRecord[] = [];
  for (const r of raw.records as unknown[]) {
    if (!isObject(r) || typeof r.recordId !== 'string' || !('record' in r)) return null;
    if (typeof r.kind !== 'string' || !(CHAIN_RECORD_KINDS as readonly string[]).includes(r.kind))
      return null;
    out.push({ kind: r.kind as ChainRecordKind, recordId: r.recordId, record: r.record });
  }
  return out;
}

export type HistoryProblemCode =
  | 'record-duplicate'
  | 'record-malformed'
  | 'amends-unknown-entry'
  | 'amendment-changes-id'
  | 'hides-unknown-entry'
  | 'attachment-not-sealed';

interface HistoryProblem {
  readonly code: HistoryProblemCode;
  /** The record's id (entry id, amendment id, hide id or attachment sha256). */
  readonly recordId: string;
  readonly sha256?: string;
}

/** What the timeline shows, derived from the records. */
interface HistoryContent {
  /** Current versions of the entries that are not hidden, in the order the originals were sealed. */
  readonly entries: readonly Entry[];
  /** Every sealed attachment record by sha256. */
  readonly attachments: ReadonlyMap<string, Record<string, unknown>>;
  readonly problems: readonly HistoryProblem[];
}

const refsOf = (entry: Entry): readonly string[] =>
  Array.isArray(entry.attachments) ? entry.attachments.map((a) => a.sha256) : [];

/**
 * Reads the records as the device sealed them. An amendment or hide must point at an entry sealed BEFORE it (a
 * record pointing nowhere, or forward, is reported by its own id and left out), a record id appears once per kind,
 * and every file an entry or amendment refers to has its own attachment record somewhere in the chain.
 */
export function historyContent(records: readonly HistoryRecord[]): HistoryContent {
  const problems: HistoryProblem[] = [];
  const seen = new Set<string>();
  const originals: Entry[] = [];
  const amendments: AmendmentRecord[] = [];
  const hides: HideRecord[] = [];
  const attachments = new Map<string, Record<string, unknown>>();
  const referenced: { recordId: string; sha256: string }[] = [];
  const entryIds = new Set<string>();
  for (const r of records) {
    const key = `${r.kind}:${r.recordId}`;
    if (seen.has(key)) {
      problems.push({ code: 'record-duplicate', recordId: r.recordId });
      continue;
    }
    seen.add(key);
    if (!isObject(r.record)) {
      problems.push({ code: 'record-malformed', recordId: r.recordId });
      continue;
    }
    const rec = r.record;
    if (r.kind === 'entry') {
      if (rec.id !== r.recordId) {
        problems.push({ code: 'record-malformed', recordId: r.recordId });
        continue;
      }
      const entry = rec as unknown as Entry;
      originals.push(entry);
      entryIds.add(entry.id);
      for (const sha256 of refsOf(entry)) referenced.push({ recordId: r.recordId, sha256 });
    } else if (r.kind === 'amendment') {
      const a = rec as unknown as AmendmentRecord;
      if (a.id !== r.recordId || !isObject(a.entry)) {
        problems.push({ code: 'record-malformed', recordId: r.recordId });
      } else if (!entryIds.has(a.amends)) {
        problems.push({ code: 'amends-unknown-entry', recordId: r.recordId });
      } else {
        amendments.push(a);
        for (const sha256 of refsOf(a.entry)) referenced.push({ recordId: r.recordId, sha256 });
      }
    } else if (r.kind === 'hide') {
      const h = rec as unknown as HideRecord;
      if (h.id !== r.recordId) problems.push({ code: 'record-malformed', recordId: r.recordId });
      else if (!entryIds.has(h.hides)) problems.push({ code: 'hides-unknown-entry', recordId: r.recordId });
      else hides.push(h);
    } else if (rec.sha256 !== r.recordId) {
      problems.push({ code: 'record-malformed', recordId: r.recordId });
    } else {
      attachments.set(r.recordId, rec);
    }
  }
  for (const { recordId, sha256 } of referenced) {
    if (!attachments.has(sha256)) problems.push({ code: 'attachment-not-sealed', recordId, sha256 });
  }
  const derived = entryViews(originals, amendments, hides);
  for (const p of derived.problems) problems.push({ code: p.code, recordId: p.recordId });
  const entries = derived.views.filter((v) => v.hidden === null).map((v) => v.current);
  return { entries, attachments, problems };
}

/**
 * Entry ids where case.json and the history disagree: an entry changed, missing, added or out of order. Compared
 * as canonical JSON, so key order and white space do not matter.
 */
export function caseHistoryMismatches(caseEntries: readonly Entry[], derived: readonly Entry[]): string[] {
  const text = (e: Entry): string => {
    const c = canonicalJson(e);
    return c.ok ? c.value : '';
  };
  const out: string[] = [];
  const n = Math.max(caseEntries.length, derived.length);
  for (let i = 0; i < n; i++) {
    const a = caseEntries[i];
    const b = derived[i];
    if (a !== undefined && b !== undefined && a.id === b.id && text(a) === text(b) && text(a) !== '')
      continue;
    const id = a?.id ?? b?.id;
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}
