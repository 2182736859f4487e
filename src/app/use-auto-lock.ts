import { useEffect } from 'react';
import { lockNow } from '../features/lock/lock-session.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;
const CHECK_EVERY_MS = 5_000;

/**
 * Auto-lock: locks after `minutes` without a touch or key press, checked every few seconds and when the
 * page comes back to the front (timers sleep in the background). `null` = not unlocked, nothing to do. A running
 * recording holds the lock open (Vault.hold); lockNow() checks that.
 */
export function useAutoLock(minutes: number | null): void {
  useEffect(() => {
    if (minutes === null) return;
    const limit = minutes * 60_000;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    const check = () => {
      if (Date.now() - last >= limit) lockNow();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    const timer = setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
      document.removeEventListener('visibilitychange', check);
      clearInterval(timer);
    };
  }, [minutes]);
}
