// Intl helpers for the UI. Dates and times are always shown in the case's IANA time zone (STYLE.md §2.4), never the
// machine's, so a record reads the same on every phone.
import type { Language } from './resources.ts';

type Instant = Date | number | string;

function toDate(value: Instant): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A moment as a calendar day in `timeZone`, e.g. 2024年3月5日 / 5 Mar 2024. */
export function formatDate(value: Instant, lng: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lng, { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(
    toDate(value),
  );
}

/** A moment with its wall-clock time in `timeZone`, 24-hour clock in both languages. */
export function formatDateTime(value: Instant, lng: Language, timeZone: string): string {
  return new Intl.DateTimeFormat(lng, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(toDate(value));
}

/**
 * A calendar day that has no time zone (YYYY-MM-DD, e.g. a due date). It is formatted at UTC noon in UTC so that no
 * zone can move it to the neighbouring day. Returns the input unchanged if it is not a valid day.
 */
export function formatLocalDate(day: string, lng: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lng, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** An amount in yuan, e.g. ¥12,345.60 (zh-CN) / CN¥12,345.60 (en). */
export function formatMoneyCny(amount: number, lng: Language): string {
  return new Intl.NumberFormat(lng, { style: 'currency', currency: 'CNY' }).format(amount);
}

export function formatNumber(value: number, lng: Language): string {
  return new Intl.NumberFormat(lng).format(value);
}

const BYTE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** A storage size in binary steps (1 KB = 1024 bytes, as phones report it), with Intl unit names. */
export function formatBytes(bytes: number, lng: Language): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < BYTE_UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lng, {
    style: 'unit',
    unit: BYTE_UNITS[unit],
    // "512 byte" reads wrong in English; whole bytes use the long name (bytes / 字节).
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}
