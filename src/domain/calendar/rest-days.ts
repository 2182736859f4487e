/**
 * Rest days for moving a period's last day (民事诉讼法 Art. 85; 民法典 Art. 203). Courts treat ordinary weekends as
 * rest days and a weekend made a working day by the State Council as a working day (legal-facts.md §15, practice).
 */
import type { LocalDate } from '../case/types.ts';
import { addDays, weekdayOf, yearOf } from './days.ts';
import { holidayYear } from './holidays-cn.ts';

export const hasOfficialTable = (year: number): boolean => holidayYear(year) !== undefined;

export const isRestDay = (day: LocalDate): boolean => {
  const table = holidayYear(yearOf(day));
  if (table !== undefined) {
    if (table.makeUpWorkingDays.includes(day)) return false;
    if (table.daysOff.includes(day)) return true;
  }
  const w = weekdayOf(day);
  return w === 0 || w === 6;
};

interface WorkingDayMove {
  readonly day: LocalDate;
  /** Set when `day` differs from the input. */
  readonly movedFrom?: LocalDate;
  /** Every year looked at had an official table. */
  readonly official: boolean;
}

/** The day itself if it is a working day, else the first working day after it. */
export const firstWorkingDayFrom = (day: LocalDate): WorkingDayMove => {
  let d = day;
  let official = hasOfficialTable(yearOf(d));
  // A run of rest days is at most a couple of weeks; the bound only guards against bad data.
  for (let i = 0; i < 60 && isRestDay(d); i++) {
    d = addDays(d, 1);
    official = official && hasOfficialTable(yearOf(d));
  }
  return d === day ? { day: d, official } : { day: d, movedFrom: day, official };
};
