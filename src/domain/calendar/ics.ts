/**
 * Deadlines as an iCalendar file (RFC 5545): one all-day VEVENT per deadline with a display alarm. The caller
 * supplies every word (IcsTexts) and the clock (`now`); this module only formats.
 */
import type { Deadline } from '../deadlines/types.ts';
import { addDays } from './days.ts';
import type { IcsOptions } from './ics-types.ts';
import { deadlineKey } from './ics-types.ts';

/** RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values. */
const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const encoder = new TextEncoder();
const octets = (s: string): number => encoder.encode(s).length;

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Splitting happens between code
 * points so a multi-byte UTF-8 character (all of Chinese) is never cut in half.
 */
export const foldLine = (line: string): string => {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch);
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the leading space
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
};

const dateValue = (day: string): string => day.replace(/-/g, '');

const stampOf = (now: number): string =>
  new Date(now)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z');

/** UID local part: the deadline key with anything outside a safe set percent-encoded. */
const uidOf = (d: Deadline, domain: string): string =>
  `${deadlineKey(d).replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c))}@${domain}`;

export function buildIcs(deadlines: readonly Deadline[], options: IcsOptions): string {
  const { texts } = options;
  const alarmDays = options.alarmDaysBefore ?? 3;
  const stamp = stampOf(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//youju//deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(texts.calendarName)}`,
  ];
  for (const d of deadlines) {
    const text = texts.byKey?.[deadlineKey(d)] ?? texts.byId[d.id];
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidOf(d, options.uidDomain)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(d.due)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(d.due, 1))}`,
      `SUMMARY:${escapeText(text.summary)}`,
      ...(text.description === undefined ? [] : [`DESCRIPTION:${escapeText(text.description)}`]),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `TRIGGER:-P${alarmDays}D`,
      `DESCRIPTION:${escapeText(texts.alarm)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
