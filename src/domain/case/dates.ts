/**
 * Calendar days and instants as the case file writes them. Hand-parsed rather than through `Date.parse`, whose
 * acceptance of non-ISO strings differs between engines and which silently rolls 2026-02-30 over to March 2.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const daysInMonth = (y: number, m: number): number =>
  m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

const isRealDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

/** A YYYY-MM-DD string naming a day that exists in the Gregorian calendar. */
export function isLocalDate(value: string): boolean {
  const m = LOCAL_DATE.exec(value);
  return m !== null && isRealDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

type DateTimeCheck = 'ok' | 'invalid' | 'no-offset';

/**
 * Checks an ISO 8601 date-time of the form YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or ±HH:MM. A value that would be
 * valid but lacks the offset is told apart, because its fix (add +08:00) is different from a garbled value's.
 */
export function checkDateTime(value: string): DateTimeCheck {
  const m = DATE_TIME.exec(value);
  if (m === null) return 'invalid';
  const [, y, mo, d, h, mi, s, , zone] = m;
  if (!isRealDay(Number(y), Number(mo), Number(d))) return 'invalid';
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? '0') > 59) return 'invalid';
  if (zone === undefined) return 'no-offset';
  if (zone !== 'Z' && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return 'invalid';
  return 'ok';
}

/**
 * Milliseconds since the epoch of a date-time that passed `checkDateTime`; NaN for anything else. Digits beyond
 * milliseconds are dropped.
 */
export function instantOf(value: string): number {
  if (checkDateTime(value) !== 'ok') return Number.NaN;
  const m = DATE_TIME.exec(value);
  if (m === null) return Number.NaN;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  date.setUTCHours(Number(h), Number(mi), Number(s ?? '0'), Number((frac ?? '').padEnd(3, '0').slice(0, 3)));
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    offsetMinutes = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  }
  return date.getTime() - offsetMinutes * 60_000;
}

/**
 * Whether `Intl` knows the zone. Offsets such as "+08:00" are refused even where an engine accepts them: the case
 * file names a region (Asia/Shanghai) so that local-time rules follow its history.
 */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z]/.test(value)) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
