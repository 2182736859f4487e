import { describe, expect, it } from 'vitest';
import { addDays, addMonths, addYears, daysBetween, weekdayOf } from '../../../src/domain/calendar/days.ts';

describe('day arithmetic on YYYY-MM-DD', () => {
  it('adds days across month and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('counts whole days between two days', () => {
    expect(daysBetween('2026-06-15', '2026-09-23')).toBe(100);
    expect(daysBetween('2026-09-23', '2026-06-15')).toBe(-100);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('Jan 31 plus one month is the last day of February (民法典 Art. 202)', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('Feb 29 of a leap year plus 3 years is Feb 28; plus 4 years is Feb 29', () => {
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2100-02-28', 0)).toBe('2100-02-28');
  });

  it('knows the weekday without any time zone', () => {
    expect(weekdayOf('2026-10-10')).toBe(6);
    expect(weekdayOf('2026-11-25')).toBe(3);
    expect(weekdayOf('2027-01-03')).toBe(0);
  });
});
