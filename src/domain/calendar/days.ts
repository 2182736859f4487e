/**
 * Day arithmetic on YYYY-MM-DD strings. Only the Y-M-D fields go through Date.UTC, so no time zone (the machine's
 * or the case's) can shift a day; callers pass days that satisfy isLocalDate.
 */
import type { LocalDate } from '../case/types.ts';

const DAY_MS = 86_400_000;

const parts = (day: LocalDate): [number, number, number] => {
  const [y = 'NaN', m = 'NaN', d = 'NaN'] = day.split('-');
  return [Number(y), Number(m), Number(d)];
};

const utcMs = (y: number, m: number, d: number): number => {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99 as written.
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime();
};

const fromUtcMs = (ms: number): LocalDate => {
  const date = new Date(ms);
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
};

export const yearOf = (day: LocalDate): number => parts(day)[0];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

export const addDays = (day: LocalDate, n: number): LocalDate => {
  const [y, m, d] = parts(day);
  return fromUtcMs(utcMs(y, m, d) + n * DAY_MS);
};

/** Whole days from `a` to `b` (positive when b is later). */
export const daysBetween = (a: LocalDate, b: LocalDate): number => {
  const [ay, am, ad] = parts(a);
  const [by, bm, bd] = parts(b);
  return Math.round((utcMs(by, bm, bd) - utcMs(ay, am, ad)) / DAY_MS);
};

/**
 * The corresponding day `n` months later, or that month's last day when it has no such day (民法典 Art. 202:
 * Jan 31 + 1 month → Feb 28/29).
 */
export const addMonths = (day: LocalDate, n: number): LocalDate => {
  const [y, m, d] = parts(day);
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  const nd = Math.min(d, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}`;
};

export const addYears = (day: LocalDate, n: number): LocalDate => addMonths(day, n * 12);

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: LocalDate): number => {
  const [y, m, d] = parts(day);
  return new Date(utcMs(y, m, d)).getUTCDay();
};
