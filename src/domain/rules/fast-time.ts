/**
 * The rules engine's fast readers of time, kept apart from local-time.ts because that module is in the first
 * download (Today uses localMoment) and these are needed only where a whole log is evaluated.
 */
import type { LocalMoment } from './local-time.ts';
import { createLocalClock, formatterFor, localMoment } from './local-time.ts';

const EN_US = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * localMoment through `format` instead of `formatToParts` (about three times faster), for the clock's once-a-day
 * readings. The en-US text "MM/DD/YYYY, HH:MM:SS" is read only when it has exactly that shape and the clock has
 * checked it once against formatToParts; anything else gets formatToParts.
 */
export const createDayReader = (timeZone: string): ((ms: number) => LocalMoment) => {
  const formatter = formatterFor(timeZone);
  const viaFormat = (ms: number): LocalMoment | null => {
    const m = EN_US.exec(formatter.format(ms));
    if (m === null) return null;
    const [, month, day, year, hour = '0', minute = '0', second = '0'] = m;
    return {
      day: `${year}-${month}-${day}`,
      secondOfDay: (Number(hour) % 24) * 3600 + Number(minute) * 60 + Number(second),
    };
  };
  let trusted: boolean | undefined;
  return (ms) => {
    if (trusted === false) return localMoment(ms, timeZone);
    const fast = viaFormat(ms);
    if (trusted === undefined) {
      const slow = localMoment(ms, timeZone);
      trusted = fast !== null && fast.day === slow.day && fast.secondOfDay === slow.secondOfDay;
      return slow;
    }
    return fast ?? localMoment(ms, timeZone);
  };
};

/** createLocalClock with the format()-based daily readings. */
export const createFastLocalClock = (timeZone: string): ((ms: number) => LocalMoment) =>
  createLocalClock(timeZone, createDayReader(timeZone));

const daysInMonth = (y: number, m: number): number =>
  m === 2
    ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
      ? 29
      : 28
    : m === 4 || m === 6 || m === 9 || m === 11
      ? 30
      : 31;

const digitAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};
const twoAt = (s: string, i: number): number => digitAt(s, i) * 10 + digitAt(s, i + 1);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
const daysFromCivil = (y0: number, m: number, d: number): number => {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

/**
 * The instant of a case-file `at` (YYYY-MM-DDTHH:MM[:SS[.f…]] with Z or ±HH:MM), read by character codes: Date.parse
 * costs about a microsecond an entry. Anything of another shape goes to Date.parse, so the result is always what
 * Date.parse gives for the values the parser admits (a test compares them on random instants).
 */
export const instantOfAt = (at: string): number => {
  const n = at.length;
  if (n < 17 || at.charCodeAt(4) !== 45 || at.charCodeAt(7) !== 45 || at.charCodeAt(10) !== 84) {
    return Date.parse(at);
  }
  const year = twoAt(at, 0) * 100 + twoAt(at, 2);
  const month = twoAt(at, 5);
  const day = twoAt(at, 8);
  const hour = twoAt(at, 11);
  const minute = twoAt(at, 14);
  let i = 16;
  let second = 0;
  let milli = 0;
  if (at.charCodeAt(i) === 58) {
    second = twoAt(at, i + 1);
    i += 3;
    if (at.charCodeAt(i) === 46) {
      i += 1;
      let scale = 100;
      while (i < n && digitAt(at, i) >= 0) {
        milli += digitAt(at, i) * scale;
        scale /= 10;
        i += 1;
      }
      milli = Math.floor(milli);
    }
  }
  let offsetMinutes: number;
  // 'Z' (90) ends a UTC time; otherwise a ±HH:MM offset must end the string.
  if (i === n - 1 && at.charCodeAt(i) === 90) offsetMinutes = 0;
  else if (i === n - 6 && at.charCodeAt(i + 3) === 58) {
    const sign = at.charCodeAt(i) === 43 ? 1 : at.charCodeAt(i) === 45 ? -1 : Number.NaN;
    const oh = twoAt(at, i + 1);
    const om = twoAt(at, i + 4);
    if (!(oh <= 23 && om <= 59)) return Date.parse(at);
    offsetMinutes = sign * (oh * 60 + om);
  } else return Date.parse(at);
  const ms =
    (daysFromCivil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60) *
      1000 +
    milli;
  // Out-of-range fields (a 13th month, 24:00) are left to Date.parse, which decides them as it always did.
  if (
    !Number.isFinite(ms) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return Date.parse(at);
  }
  return ms;
};
