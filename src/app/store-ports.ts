import type { StorePorts } from '../data/store/store.ts';
import { systemClock } from '../platform/clock.ts';

/**
 * The browser's clock and hashers, bound into the storage service once (database-gate.tsx). The hashers load with
 * their own chunk on the first write or check: hash-wasm is no part of the first screen.
 */
export const appStorePorts: StorePorts = {
  clock: systemClock,
  hashing: () =>
    import('../platform/hasher.ts').then((m) => ({ hasher: m.webCryptoHasher, hashBlob: m.sha256OfBlob })),
};
