// @vitest-environment node
// Hostile and malformed case files through the same two steps the import screen takes — parseCaseFile, then
// importCaseFile in replace and merge mode into a profile that already holds a case (fuzzing). Every
// input must end in parse errors (codes with paths) or in an import that either succeeds completely or is refused;
// a refusal or a thrown error must leave the database byte-identical. Generated from a fixed seed.
import { describe, expect, it } from 'vitest';
import { importCaseFile } from '../../src/data/repositories/case-repo.ts';
import { verifyStoredChain } from '../../src/data/repositories/chain-repo.ts';
import { parseCaseFile } from '../../src/domain/case/parse.ts';
import { CASE_ERROR_CODES } from '../../src/domain/case/errors.ts';
import type { CaseFile } from '../../src/domain/case/types.ts';
import { webCryptoHasher } from '../../src/platform/hasher.ts';
import { dumpDatabase, freshIdb, openTestDb } from '../data/db-helpers.ts';
import { BASE, NOW, generateHostileCases } from './hostile-cases.ts';

describe('import on generated hostile case files', () => {
  it('parses or refuses each of at least 100, and never leaves a half-written profile', async () => {
    const cases = generateHostileCases();
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const idb = freshIdb();
    const db = await openTestDb(idb);
    const seeded = parseCaseFile(BASE);
    if (!seeded.ok) throw new Error('base case invalid');
    await importCaseFile(db, seeded.value, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const problems: string[] = [];
    let imported = 0;
    for (const [i, c] of cases.entries()) {
      const label = `#${i} ${c.name}`;
      let parsed: ReturnType<typeof parseCaseFile>;
      try {
        parsed = parseCaseFile(c.text);
      } catch (e) {
        problems.push(`${label}: parser threw ${String(e)}`);
        continue;
      }
      if (!parsed.ok) {
        const bad = parsed.errors.filter((e) => !(CASE_ERROR_CODES as readonly string[]).includes(e.code));
        if (parsed.errors.length === 0 || bad.length > 0) problems.push(`${label}: malformed errors`);
        continue;
      }
      for (const mode of ['merge', 'replace'] as const) {
        const before = await dumpDatabase(idb);
        let outcome: 'ok' | 'refused' | 'threw';
        try {
          const result = await importCaseFile(db, parsed.value as CaseFile, {
            mode,
            now: NOW,
            hasher: webCryptoHasher,
          });
          outcome = result.ok ? 'ok' : 'refused';
        } catch {
          outcome = 'threw';
        }
        if (outcome === 'ok') {
          imported++;
          const chain = await verifyStoredChain(db, webCryptoHasher);
          if (!chain.ok) problems.push(`${label} (${mode}): chain broken after import`);
          // Back to the seeded profile for the next case.
          await importCaseFile(db, seeded.value, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
        } else if (JSON.stringify(await dumpDatabase(idb)) !== JSON.stringify(before)) {
          problems.push(`${label} (${mode}): ${outcome} but the database changed`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Some hostile files are valid case files (a 3 MB note, a deep unknown field): they must import whole.
    expect(imported).toBeGreaterThan(0);
    db.close();
  }, 240_000);
});
