import type { LocalDate } from './types.ts';

/** Whole days from the first missed due date to today (0 on the due date itself, negative before it). */
export function daysOverdue(firstMissedDueDate: LocalDate, today: LocalDate): number {
  const toDays = (day: LocalDate) => {
    const [y, m, d] = day.split('-').map(Number);
    const date = new Date(0);
    // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
    date.setUTCFullYear(y ?? 0, (m ?? 1) - 1, d ?? 1);
    return date.getTime() / 86_400_000;
  };
  return Math.round(toDays(today) - toDays(firstMissedDueDate));
}
