import { localMoment } from '../../../domain/rules/local-time.ts';

const two = (n: number) => String(n).padStart(2, '0');

/** An instant as the value of an `<input type="datetime-local">` in the case's zone (never the phone's zone). */
export function localInputOf(ms: number, timeZone: string): string {
  const m = localMoment(ms, timeZone);
  const s = m.secondOfDay;
  return `${m.day}T${two(Math.floor(s / 3600))}:${two(Math.floor(s / 60) % 60)}`;
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Milliseconds between the zone's wall clock and UTC at an instant, read through Intl. */
function offsetAt(ms: number, timeZone: string): number {
  const m = localMoment(ms, timeZone);
  const [y = 0, mo = 1, d = 1] = m.day.split('-').map(Number);
  const wall = Date.UTC(y, mo - 1, d) + m.secondOfDay * 1000;
  return wall - Math.floor(ms / 1000) * 1000;
}

/**
 * A wall-clock time typed in the case's zone → the instant and an ISO 8601 string with that zone's offset, e.g.
 * `2026-11-02T22:31` in Asia/Shanghai → `2026-11-02T22:31:00+08:00`. The offset comes from Intl, tried twice so a
 * time next to a DST change settles on the zone's own reading. Null when the text is not a date and time.
 */
export function zonedIsoOf(local: string, timeZone: string): { iso: string; ms: number } | null {
  const match = LOCAL_INPUT.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  let ms = wall - offsetAt(wall, timeZone);
  ms = wall - offsetAt(ms, timeZone);
  const offsetMin = Math.round(offsetAt(ms, timeZone) / 60_000);
  const sign = offsetMin < 0 ? '-' : '+';
  const abs = Math.abs(offsetMin);
  const zone = `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  const date = `${String(y).padStart(4, '0')}-${two(mo)}-${two(d)}`;
  const time = `${two(h)}:${two(mi)}:${two(Number.isNaN(s) ? 0 : s)}`;
  return { iso: `${date}T${time}${zone}`, ms };
}
