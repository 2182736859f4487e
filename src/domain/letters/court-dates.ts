/**
 * Dates of the court and arbitration papers in the log, for the letters that answer them (docs/letters.md). The day
 * that counts is the day the paper was served or received (`letter.receivedOn`, else the local day of `at`): the
 * periods run from service (民事诉讼法 2023 Arts. 85, 90; legal-facts §16 R71–R73), never from the day of logging.
 */
import type { Entry, LetterType } from '../case/types.ts';
import { factDayOf } from '../stages/entry-day.ts';
import type { FieldId } from './fields.ts';
import { letterDate } from './format.ts';
import type { LetterLang } from './types.ts';

/** Which logged letter type gives which date field; the latest such paper wins. */
const RECEIVED_FIELDS: readonly (readonly [LetterType, FieldId])[] = [
  ['court-summons', 'summons.receivedOn'],
  ['ruling', 'ruling.receivedOn'],
  ['enforcement-notice', 'enforcement.noticeOn'],
  ['arbitration-award', 'award.receivedOn'],
];

/** `entries`: one debt's entries in time order. */
export function courtPaperValues(
  entries: readonly Entry[],
  timeZone: string,
  lang: LetterLang,
): Partial<Record<FieldId, string>> {
  const out: Partial<Record<FieldId, string>> = {};
  for (const [type, field] of RECEIVED_FIELDS) {
    const latest = entries.filter((e) => e.kind === 'letter' && e.letter?.type === type).at(-1);
    if (latest !== undefined) out[field] = letterDate(factDayOf(latest, timeZone), lang);
  }
  // The hearing day printed on the latest summons that has one (an objection to small claims must come before it).
  const hearing = entries.filter((e) => e.kind === 'letter' && e.letter?.hearingOn !== undefined).at(-1);
  if (hearing?.letter?.hearingOn !== undefined)
    out['summons.hearingOn'] = letterDate(hearing.letter.hearingOn, lang);
  return out;
}
