import type { Clock } from '../domain/shared/ports.ts';
import type { LocalDate } from '../domain/case/types.ts';

export const systemClock: Clock = { now: () => Date.now() };

/**
 * The calendar day of an instant in an IANA zone (YYYY-MM-DD), through Intl so the zone's own rules apply and the
 * phone's zone never leaks in (STYLE.md §2.4). en-CA is used only for its year-month-day field order.
 */
export function localDateOf(epochMs: number, timeZone: string): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(epochMs);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today in the case's zone. */
export const todayIn = (timeZone: string, clock: Clock = systemClock): LocalDate =>
  localDateOf(clock.now(), timeZone);
