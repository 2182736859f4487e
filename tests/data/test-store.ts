// The storage service as the app builds it (src/app/store-ports.ts), over a test's own database; a test that needs
// a fixed "now" passes its clock.
import type { YoujuDb } from '../../src/data/db.ts';
import { createStore, type YoujuStore } from '../../src/data/store/store.ts';
import type { Clock } from '../../src/domain/shared/ports.ts';
import { systemClock } from '../../src/platform/clock.ts';
import { sha256OfBlob, webCryptoHasher } from '../../src/platform/hasher.ts';

export const fixedClock = (now: number): Clock => ({ now: () => now });

export function testStore(db: YoujuDb, clock: Clock = systemClock): YoujuStore {
  return createStore(db, {
    clock,
    hashing: async () => ({ hasher: webCryptoHasher, hashBlob: sha256OfBlob }),
  });
}
