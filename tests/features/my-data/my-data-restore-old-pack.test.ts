// @vitest-environment node
// Restoring a pack made before the case head: the plan says its head covers the entries only, so My data can say
// so (restore.oldPack); a current pack's head covers the case.
import { describe, expect, it } from 'vitest';
import { planOf } from '../../../src/features/my-data/restore-plan.ts';
import { historyPackBytes } from '../../domain/case-pack/history-fixture.ts';
import { editManifest } from '../../domain/case-pack/pack-fixture.ts';
import { unzipSync, zipSync } from 'fflate';
import { testStore } from '../../data/test-store.ts';
import { freshIdb, openTestDb } from '../../data/db-helpers.ts';

const plan = async (bytes: Uint8Array) => {
  const r = await planOf(
    testStore(await openTestDb(freshIdb())),
    new File([bytes as BlobPart], 'pack.zip'),
    new AbortController().signal,
    () => undefined,
  );
  if (r.plan === undefined) throw new Error(`not restorable: ${JSON.stringify(r.problems)}`);
  return r.plan;
};

describe('restoring a pack made before the case head', () => {
  it('is planned with a head that covers the entries only; a current pack covers the case', async () => {
    const { zip } = await historyPackBytes();
    expect((await plan(zip)).headCovers).toBe('case');
    const old = await editManifest(
      Object.entries(unzipSync(zip)),
      (m) => void delete (m as { caseHead?: string }).caseHead,
      true,
    );
    expect((await plan(zipSync(Object.fromEntries(old)))).headCovers).toBe('entries-only');
  });
});
