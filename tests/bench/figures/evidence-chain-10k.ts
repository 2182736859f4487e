import { performance } from 'node:perf_hooks';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { verifyStoredChain } from '../../../src/data/repositories/chain-repo.ts';
import { sealCase } from '../../../src/domain/case-pack/manifest.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { generatedCase } from '../lib/generated-case.ts';
import type { FigureSource } from '../lib/types.ts';

const ENTRIES = 10_000;

/**
 * Sealing a 10,000-entry log into storage (one import: hash outside, one transaction, read-back re-hash) and
 * verifying the stored chain ("verify now"), against sealing the same records in memory with no storage. Node's
 * WebCrypto and fake-indexeddb: a browser's IndexedDB has other costs, so read the ratio, not the milliseconds.
 */
export const figure: FigureSource = {
  async measure() {
    const caseFile = generatedCase(ENTRIES);
    const t0 = performance.now();
    await sealCase(caseFile, webCryptoHasher);
    const inMemory = performance.now() - t0;

    const db = await openDatabase({ name: 'bench', indexedDB: new IDBFactory(), IDBKeyRange });
    const t1 = performance.now();
    await importCaseFile(db, caseFile, { mode: 'replace', now: 0, hasher: webCryptoHasher });
    const importMs = performance.now() - t1;
    const t2 = performance.now();
    const verdict = await verifyStoredChain(db, webCryptoHasher);
    const verifyMs = performance.now() - t2;
    db.close();
    const round = (n: number) => Math.round(n * 10) / 10;
    return [
      {
        id: 'seal-import-10k-entries',
        value: round(importMs),
        unit: 'ms',
        ratio: round(importMs / inMemory),
        detail: { inMemorySealMs: round(inMemory), entries: ENTRIES },
      },
      {
        id: 'verify-stored-chain-10k',
        value: round(verifyMs),
        unit: 'ms',
        ratio: round(verifyMs / inMemory),
        detail: { ok: verdict.ok, inMemorySealMs: round(inMemory) },
      },
    ];
  },
};
