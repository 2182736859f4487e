/**
 * The last day of a period (legal-facts.md §15). Court periods (民事诉讼法 Art. 85) and civil-law periods (民法典
 * Arts. 201–203) agree on what this app needs: the start day is not counted, a period in months or years ends on
 * the corresponding day (or the month's last day if there is none), and a last day that is a rest day moves to the
 * first working day after it.
 */
import type { LocalDate } from '../case/types.ts';
import type { CountingRule, HolidayData } from '../deadlines/types.ts';
import { addDays, addMonths, addYears } from './days.ts';
import { firstWorkingDayFrom, hasOfficialTable } from './rest-days.ts';
import { yearOf } from './days.ts';

interface PeriodLength {
  readonly unit: 'days' | 'months' | 'years';
  readonly count: number;
}

export interface PeriodEnd {
  readonly due: LocalDate;
  readonly movedFrom?: LocalDate;
  readonly holidayData: HolidayData;
}

/** Counting starts the day after `start`, so `start` + n days is the n-th counted day. */
const rawEnd = (start: LocalDate, length: PeriodLength): LocalDate =>
  length.unit === 'days'
    ? addDays(start, length.count)
    : length.unit === 'months'
      ? addMonths(start, length.count)
      : addYears(start, length.count);

/**
 * `noTable: 'unshifted'` is for the borrower's own deadlines: in a year with no holiday table the last day is kept
 * as it is (a weekend may be a make-up working day; legal-facts.md §15), and the caller says to check it.
 */
export const periodEnd = (
  start: LocalDate,
  length: PeriodLength,
  counting: CountingRule,
  noTable: 'move-weekends' | 'unshifted' = 'move-weekends',
): PeriodEnd => {
  const last = rawEnd(start, length);
  const official = hasOfficialTable(yearOf(last));
  if (counting === 'calendar' || counting === 'as-printed' || (!official && noTable === 'unshifted')) {
    return { due: last, holidayData: official ? 'official' : 'weekends-only' };
  }
  const moved = firstWorkingDayFrom(last);
  const holidayData: HolidayData = moved.official ? 'official' : 'weekends-only';
  return moved.movedFrom === undefined
    ? { due: moved.day, holidayData }
    : { due: moved.day, movedFrom: moved.movedFrom, holidayData };
};
