import { useEffect, useState } from 'react';

/**
 * True once the browser is idle after the first screen (or after `timeoutMs` at the latest). Work that is not
 * needed for the first paint — the recording-recovery check, storage maintenance, the service-worker prompt —
 * waits for it, so its chunks do not compete with Today on a slow phone (Lighthouse counted them as blocking time).
 */
export function useIdle(timeoutMs = 3_000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(() => setIdle(true), { timeout: timeoutMs });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(() => setIdle(true), Math.min(timeoutMs, 1_000));
    return () => clearTimeout(timer);
  }, [timeoutMs]);
  return idle;
}
