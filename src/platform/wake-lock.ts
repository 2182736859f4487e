/**
 * Keeps the screen on while recording: many phones stop the microphone for a page once the screen locks. The
 * browser drops a screen wake lock whenever the page is hidden, so it is asked for again when the page comes back.
 * Where the API is missing or refused (low battery, iOS before 16.4) recording goes on without it.
 */

export interface ScreenLock {
  /** Whether a lock is held right now. */
  readonly held: () => boolean;
  release(): void;
}

interface WakeLockSentinelLike {
  readonly released: boolean;
  release(): Promise<void>;
}
interface WakeLockLike {
  request(type: 'screen'): Promise<WakeLockSentinelLike>;
}

export function keepScreenOn(): ScreenLock {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
  let sentinel: WakeLockSentinelLike | null = null;
  let active = true;

  const acquire = () => {
    if (!wakeLock || !active || document.visibilityState !== 'visible') return;
    wakeLock
      .request('screen')
      .then((s) => {
        if (active) sentinel = s;
        else void s.release().catch(() => undefined);
      })
      .catch(() => undefined);
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && (sentinel === null || sentinel.released)) acquire();
  };

  acquire();
  document.addEventListener('visibilitychange', onVisible);
  return {
    held: () => sentinel !== null && !sentinel.released,
    release() {
      active = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release().catch(() => undefined);
      sentinel = null;
    },
  };
}
