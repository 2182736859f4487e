/**
 * Where the user sent a case head so that its date is fixed outside this phone (docs/case-pack.md, "Fixing the
 * head in time"): to themselves, a trusted person or a notary. The app never sends it; the user records where and
 * when they did, and the record is kept on the device with the head it is about.
 */
import { isSha256Hex } from '../shared/ports.ts';

export interface HeadAnchor {
  /** The case head sent (64 lower-case hex digits). */
  readonly head: string;
  /** Where or to whom, in the user's words: "SMS to myself", "email to my lawyer", "公证处". */
  readonly where: string;
  /** The day it was sent, YYYY-MM-DD in the case's time zone, as the user gives it. */
  readonly on: string;
}

export const ANCHOR_WHERE_MAX = 200;

export type HeadAnchorProblem = 'where-missing' | 'where-too-long' | 'date-invalid';

const isDay = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** What is wrong with a record as typed, or null when it can be kept. */
export function headAnchorProblem(where: string, on: string): HeadAnchorProblem | null {
  const w = where.trim();
  if (w === '') return 'where-missing';
  if (w.length > ANCHOR_WHERE_MAX) return 'where-too-long';
  return isDay(on) ? null : 'date-invalid';
}

const isHeadAnchor = (v: unknown): v is HeadAnchor => {
  if (typeof v !== 'object' || v === null) return false;
  const a = v as Record<string, unknown>;
  return (
    isSha256Hex(a.head) &&
    typeof a.where === 'string' &&
    typeof a.on === 'string' &&
    headAnchorProblem(a.where, a.on) === null
  );
};

export const isHeadAnchorList = (v: unknown): v is readonly HeadAnchor[] =>
  Array.isArray(v) && v.every(isHeadAnchor);

/**
 * The head in groups of four hex digits, four groups a line, so that it can be read aloud or copied by hand and
 * compared group by group; verify.html takes it with the spaces (the CLI wants it without).
 */
export function groupedHex(hex: string): string[] {
  const groups = hex.match(/.{1,4}/g) ?? [];
  const lines: string[] = [];
  for (let i = 0; i < groups.length; i += 4) lines.push(groups.slice(i, i + 4).join(' '));
  return lines;
}
