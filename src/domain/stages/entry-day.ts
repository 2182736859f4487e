import type { Entry, LocalDate } from '../case/types.ts';
import { instantOf } from '../case/dates.ts';
import { localMoment } from '../rules/local-time.ts';

/** Local day of an entry's `at` in the case's zone (never the offset written in `at`: case-file-v1 "Terms"). */
export const localDayOf = (e: Entry, timeZone: string): LocalDate =>
  localMoment(instantOf(e.at), timeZone).day;

/**
 * The day a fact happened for stages and deadlines: for a letter, `letter.receivedOn` (the day it was served or
 * received), defaulting to the local day of `at` (case-file-v1).
 */
export const factDayOf = (e: Entry, timeZone: string): LocalDate =>
  e.kind === 'letter' && e.letter?.receivedOn !== undefined ? e.letter.receivedOn : localDayOf(e, timeZone);
