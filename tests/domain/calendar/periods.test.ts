import { describe, expect, it } from 'vitest';
import { HOLIDAYS_CN } from '../../../src/domain/calendar/holidays-cn.ts';
import { periodEnd } from '../../../src/domain/calendar/periods.ts';
import { firstWorkingDayFrom, hasOfficialTable, isRestDay } from '../../../src/domain/calendar/rest-days.ts';

const days = (count: number) => ({ unit: 'days', count }) as const;

describe('rest days (legal-facts.md §15)', () => {
  it('has the 2026 State Council table and no table for 2027', () => {
    expect(hasOfficialTable(2026)).toBe(true);
    expect(hasOfficialTable(2027)).toBe(false);
    const y2026 = HOLIDAYS_CN.find((y) => y.year === 2026);
    expect(y2026?.source.ref).toBe('国办发明电〔2025〕7号');
    expect(y2026?.daysOff).toHaveLength(3 + 9 + 3 + 5 + 3 + 3 + 7);
  });

  it('a National Day holiday weekday is a rest day; an ordinary weekday is not', () => {
    expect(isRestDay('2026-10-05')).toBe(true);
    expect(isRestDay('2026-10-08')).toBe(false);
    expect(isRestDay('2026-11-25')).toBe(false);
  });

  it('the make-up Saturday 2026-10-10 is a working day; the Saturday after is not', () => {
    expect(isRestDay('2026-10-10')).toBe(false);
    expect(isRestDay('2026-10-17')).toBe(true);
    expect(isRestDay('2026-02-14')).toBe(false);
    expect(isRestDay('2026-01-04')).toBe(false);
  });

  it('in 2027 only weekends are rest days', () => {
    expect(isRestDay('2027-01-01')).toBe(false); // a Friday; no 2027 table is stored
    expect(isRestDay('2027-01-02')).toBe(true);
  });

  it('a working day stays; a rest day moves to the first working day after it', () => {
    expect(firstWorkingDayFrom('2026-11-25')).toEqual({ day: '2026-11-25', official: true });
    expect(firstWorkingDayFrom('2026-11-28')).toEqual({
      day: '2026-11-30',
      movedFrom: '2026-11-28',
      official: true,
    });
  });
});

describe('the last day of a period', () => {
  it('does not count the start day: 15 days from 11-10 end on 11-25', () => {
    expect(periodEnd('2026-11-10', days(15), 'court-art-85')).toEqual({
      due: '2026-11-25',
      holidayData: 'official',
    });
  });

  it('a last day inside the National Day holiday moves to 10-08', () => {
    // 2026-09-17 + 15 days = 10-02 (holiday) → first working day 10-08.
    expect(periodEnd('2026-09-17', days(15), 'court-art-85')).toEqual({
      due: '2026-10-08',
      movedFrom: '2026-10-02',
      holidayData: 'official',
    });
    expect(periodEnd('2026-09-26', days(10), 'civil-201-203').due).toBe('2026-10-08');
  });

  it('a last day on the make-up Saturday 2026-10-10 stays there', () => {
    expect(periodEnd('2026-09-25', days(15), 'court-art-85')).toEqual({
      due: '2026-10-10',
      holidayData: 'official',
    });
  });

  it('a last day on a 2027 weekend moves past the weekend only and says so', () => {
    // 2026-12-18 + 15 = 2027-01-02 (Saturday) → Monday 01-04; 2027 has no stored table.
    expect(periodEnd('2026-12-18', days(15), 'court-art-85')).toEqual({
      due: '2027-01-04',
      movedFrom: '2027-01-02',
      holidayData: 'weekends-only',
    });
    expect(periodEnd('2026-12-17', days(15), 'court-art-85')).toEqual({
      due: '2027-01-01',
      holidayData: 'weekends-only',
    });
  });

  it('months and years end on the corresponding day or the month-end, then skip rest days', () => {
    // 2026-01-31 + 1 month = 2026-02-28, a make-up working Saturday (春节): it stays.
    expect(periodEnd('2026-01-31', { unit: 'months', count: 1 }, 'civil-201-203').due).toBe('2026-02-28');
    // 2028-02-29 + 3 years = 2031-02-28 (a Friday).
    expect(periodEnd('2028-02-29', { unit: 'years', count: 3 }, 'civil-201-203')).toEqual({
      due: '2031-02-28',
      holidayData: 'weekends-only',
    });
  });

  it('calendar counting never moves the day', () => {
    expect(periodEnd('2021-11-28', { unit: 'years', count: 5 }, 'calendar')).toEqual({
      due: '2026-11-28',
      holidayData: 'official',
    });
  });
});
