import type { IdGen } from '../domain/shared/ports.ts';

/**
 * Short ids that a person can read out or compare on two screens, e.g. `d-3f9a1c2e`: a prefix and 32 random bits
 * from crypto.randomUUID. Unique enough within one borrower's case; the repositories still refuse a duplicate.
 */
export function createIdGen(randomUUID: () => string = () => crypto.randomUUID()): IdGen {
  return {
    next(prefix: string): string {
      return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    },
  };
}

export const idGen: IdGen = createIdGen();
