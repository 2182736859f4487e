import type { YoujuStore } from '../data/store/store.ts';

/**
 * Seals what a schema upgrade left unsealed and sweeps abandoned attachment writes, after the first paint and off
 * the first-screen bundle. A failure here loses nothing: the backlog is sealed before the next record anyway.
 */
export function maintainInBackground(store: YoujuStore): void {
  void store.maintain().catch((error: unknown) => {
    const name = error instanceof Error ? error.name : 'unknown';
    // A connection closed meanwhile (another tab's upgrade, or the screen went away) retries on the next open.
    if (name !== 'DatabaseClosedError') console.error('storage maintenance failed:', name);
  });
}
