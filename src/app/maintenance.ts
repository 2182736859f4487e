import type { YoujuDb } from '../data/db.ts';

/**
 * Seals what a schema upgrade left unsealed and sweeps abandoned attachment writes, after the first paint and off
 * the first-screen bundle. A failure here loses nothing: the backlog is sealed before the next record anyway.
 */
export function maintainInBackground(db: YoujuDb): void {
  void Promise.all([import('../data/repositories/maintenance.ts'), import('../platform/hasher.ts')])
    .then(([m, h]) => m.maintainStorage(db, { hasher: h.webCryptoHasher, now: Date.now() }))
    .catch((error: unknown) => {
      const name = error instanceof Error ? error.name : 'unknown';
      // A connection closed meanwhile (another tab's upgrade, or the screen went away) retries on the next open.
      if (name !== 'DatabaseClosedError') console.error('storage maintenance failed:', name);
    });
}
