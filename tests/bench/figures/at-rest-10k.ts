import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../../src/data/db.ts';
import { turnLockOn } from '../../../src/data/repositories/app-lock-repo.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { atRestCipher } from '../../../src/platform/at-rest-cipher.ts';
import { createLock } from '../../../src/platform/crypto-lock.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { generatedCase } from '../lib/generated-case.ts';
import type { FigureSource } from '../lib/types.ts';

const ENTRIES = 10_000;
const READS = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function readAllMs(read: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < READS; i++) {
    const t = performance.now();
    await read();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * The app lock's cost: turning it on over a 10,000-entry log (every entry row and chain row rewritten
 * sealed in one transaction), and reading the whole log and chain back sealed against reading it clear — what
 * the timeline and the findings pay on each open. fake-indexeddb in Node: read the ratio, not the milliseconds.
 */
export const figure: FigureSource = {
  async measure() {
    const db = await openDatabase({ name: 'bench-at-rest', indexedDB: new IDBFactory(), IDBKeyRange });
    await importCaseFile(db, generatedCase(ENTRIES), { mode: 'replace', now: 0, hasher: webCryptoHasher });
    const read = () => Promise.all([db.entries.toArray(), db.chain.toArray()]);
    const clearMs = await readAllMs(read);
    const lock = await createLock('bench passphrase', 1_000);
    const t0 = performance.now();
    await turnLockOn(db, { record: lock.record, autoLockMinutes: 5 }, atRestCipher(lock.dataKey));
    const turnOnMs = performance.now() - t0;
    const sealedMs = await readAllMs(read);
    db.close();
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      {
        id: 'lock-turn-on-10k-entries',
        value: round(turnOnMs),
        unit: 'ms',
        detail: { entries: ENTRIES, rowsRewritten: ENTRIES * 2 + 2 },
      },
      {
        id: 'read-sealed-log-10k',
        value: round(sealedMs),
        unit: 'ms',
        ratio: round(sealedMs / clearMs),
        detail: {
          clearReadMs: round(clearMs),
          reads: READS,
          baseline: 'the same rows read with the lock off',
        },
      },
    ];
  },
};
