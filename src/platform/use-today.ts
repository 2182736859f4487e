import { useEffect, useState } from 'react';
import type { LocalDate } from '../domain/case/types.ts';
import type { Clock } from '../domain/shared/ports.ts';
import { systemClock, todayIn } from './clock.ts';

/** How often an open screen checks whether the day has changed in the case's zone. */
const CHECK_EVERY_MS = 60_000;

/**
 * Today in the case's zone, kept current: a phone left open on Today past midnight must not keep showing
 * yesterday's "N days left". Checked once a minute and whenever the page becomes visible again (phones freeze
 * timers in the background).
 */
export function useToday(timeZone: string, clock: Clock = systemClock): LocalDate {
  const [today, setToday] = useState(() => todayIn(timeZone, clock));
  useEffect(() => {
    const check = () => setToday(todayIn(timeZone, clock));
    check();
    const timer = setInterval(check, CHECK_EVERY_MS);
    document.addEventListener('visibilitychange', check);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', check);
    };
  }, [timeZone, clock]);
  return today;
}
