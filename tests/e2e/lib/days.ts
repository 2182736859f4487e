// Calendar days for e2e specs that build dates relative to "today" in the case's zone.

/** The calendar day of an instant in `timeZone`, as YYYY-MM-DD. */
export const dayIn = (ms: number, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    ms,
  );

/** `day` moved by `days` calendar days (negative goes back). */
export function shiftDay(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
