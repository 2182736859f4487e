import { createHash } from 'node:crypto';
import type { Hasher, Sha256Hex } from '../../../src/domain/shared/ports.ts';

/** The Hasher port over node:crypto, as the CLI will use it. */
export const nodeHasher: Hasher = {
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex') as Sha256Hex),
};
