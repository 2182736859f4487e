/**
 * Local calendar day and time of an instant in an IANA zone, through Intl only (STYLE.md §2.4): the offset written
 * in an entry's `at` says nothing about the case's zone, and the machine's zone must never leak in.
 */

export interface LocalMoment {
  /** YYYY-MM-DD in the zone. */
  readonly day: string;
  /** Seconds since local midnight, 0..86399. */
  readonly secondOfDay: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
};

/** Whether Intl knows the zone (a bad zone would make every local-time rule meaningless). */
export const isKnownTimeZone = (timeZone: string): boolean => {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
};

/** `ms` must be finite; `timeZone` must satisfy isKnownTimeZone. */
export const localMoment = (ms: number, timeZone: string): LocalMoment => {
  let year = '';
  let month = '';
  let day = '';
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of formatterFor(timeZone).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = part.value.padStart(4, '0');
        break;
      case 'month':
        month = part.value;
        break;
      case 'day':
        day = part.value;
        break;
      case 'hour':
        // Some ICU builds print midnight as "24" even with h23.
        hour = Number(part.value) % 24;
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      default:
        break;
    }
  }
  return { day: `${year}-${month}-${day}`, secondOfDay: hour * 3600 + minute * 60 + second };
};

const DAY_MS = 86_400_000;

/** The calendar day after a YYYY-MM-DD day (calendar arithmetic, no zone involved). */
const nextDay = (day: string): string => {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
};

/**
 * A fast `localMoment` for one zone. formatToParts costs microseconds a call, too slow for 10,000 entries, so Intl is
 * asked once at each UTC midnight (the end of one UTC day is the start of the next, so a year of entries costs
 * about 366 readings): when a UTC day's start and end readings are exactly one local day apart the zone's offset
 * did not change in between, and any instant of that UTC day is the start's reading plus the time elapsed. A UTC
 * day with an offset change (DST, a zone's history) falls back to asking Intl per instant. No offset is ever
 * assumed or computed by hand; Intl remains the only source of local time.
 */
const EN_US = /^(\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2}):(\d{2})$/;

/**
 * localMoment through `format` instead of `formatToParts` (about three times faster), for the clock's once-a-day
 * readings. The en-US text "MM/DD/YYYY, HH:MM:SS" is read only when it has exactly that shape and the clock has
 * checked it once against formatToParts; anything else gets formatToParts.
 */
const createDayReader = (timeZone: string): ((ms: number) => LocalMoment) => {
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

/**
 * A fast `localMoment` for one zone. formatToParts costs microseconds a call, too slow for 10,000 entries, so Intl is
 * asked once at each UTC midnight (the end of one UTC day is the start of the next, so a year of entries costs
 * about 366 readings): when a UTC day's start and end readings are exactly one local day apart the zone's offset
 * did not change in between, and any instant of that UTC day is the start's reading plus the time elapsed. A UTC
 * day with an offset change (DST, a zone's history) falls back to asking Intl per instant. No offset is ever
 * assumed or computed by hand; Intl remains the only source of local time.
 */
export const createLocalClock = (timeZone: string): ((ms: number) => LocalMoment) => {
  const read = createDayReader(timeZone);
  // Keyed by the UTC day's number (a small integer) rather than its milliseconds (a heap number): Map lookups on
  // small integers are cheaper, and there is one per entry.
  const readings = new Map<number, LocalMoment>();
  const readingAt = (dayNo: number): LocalMoment => {
    let r = readings.get(dayNo);
    if (r === undefined) {
      r = read(dayNo * DAY_MS);
      readings.set(dayNo, r);
    }
    return r;
  };
  const days = new Map<number, { readonly start: LocalMoment; readonly next: string } | null>();
  return (ms) => {
    const dayNo = Math.floor(ms / DAY_MS);
    let base = days.get(dayNo);
    if (base === undefined) {
      const a = readingAt(dayNo);
      const b = readingAt(dayNo + 1);
      const next = nextDay(a.day);
      base = b.day === next && b.secondOfDay === a.secondOfDay ? { start: a, next } : null;
      days.set(dayNo, base);
    }
    if (base === null) return localMoment(ms, timeZone);
    const second = base.start.secondOfDay + Math.floor((ms - dayNo * DAY_MS) / 1000);
    return second < 86_400
      ? { day: base.start.day, secondOfDay: second }
      : { day: base.next, secondOfDay: second - 86_400 };
  };
};

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

/** "HH:MM" or "HH:MM:SS" → seconds since midnight. */
export const secondsOf = (hhmm: string): number => {
  const [h = '0', m = '0', s = '0'] = hhmm.split(':');
  return Number(h) * 3600 + Number(m) * 60 + Number(s);
};

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const two = (n: number): string => TWO_DIGITS[n] ?? String(n).padStart(2, '0');

/** Seconds since midnight → "HH:MM:SS". */
export const clockOf = (secondOfDay: number): string =>
  `${two(Math.floor(secondOfDay / 3600))}:${two(Math.floor(secondOfDay / 60) % 60)}:${two(secondOfDay % 60)}`;
