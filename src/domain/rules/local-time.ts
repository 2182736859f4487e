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

export const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
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
export const createLocalClock = (
  timeZone: string,
  /** Intl's reading of an instant (fast-time.ts has a faster one for the rules engine). */
  read: (ms: number) => LocalMoment = (ms) => localMoment(ms, timeZone),
): ((ms: number) => LocalMoment) => {
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
