// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { addDebt } from '../../../src/data/repositories/debts-repo.ts';
import { chainHead } from '../../../src/data/repositories/chain-repo.ts';
import { saveEntry } from '../../../src/data/repositories/evidence-repo.ts';
import { useBackupDue } from '../../../src/features/my-data/backup-reminder.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb } from '../debts/debts-test-utils.tsx';

afterEach(cleanup);

const EXPORTED_AT = Date.parse('2026-11-20T12:00:00Z');
const NOW = Date.parse('2026-11-25T12:00:00Z');

async function deviceExportedAfterOneCall(): Promise<{ db: YoujuDb; head: string }> {
  const db = await openFreshDb();
  await addDebt(db, { id: 'd1', creditor: '某银行', kind: 'credit-card' }, 0);
  await saveEntry(
    db,
    { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-19T10:00:00+08:00' },
    webCryptoHasher,
  );
  const head = (await chainHead(db))?.hash ?? '';
  // After the export, a contact from before the export day is logged late.
  await saveEntry(
    db,
    { id: 'e2', debtId: 'd1', kind: 'sms', at: '2026-11-18T10:00:00+08:00' },
    webCryptoHasher,
  );
  return { db, head };
}

describe('the backup reminder', () => {
  it('counts a contact logged after the last pack even when it happened before the export', async () => {
    const { db, head } = await deviceExportedAfterOneCall();
    const now = (await chainHead(db))?.hash;
    const { result } = renderHook(() => useBackupDue(db, now, { at: EXPORTED_AT, head }, NOW));
    await waitFor(() => expect(result.current).toEqual({ days: 5, count: 1 }));
    db.close();
  });

  it('falls back to the records’ own times when the exported head is not in this chain', async () => {
    const { db } = await deviceExportedAfterOneCall();
    const now = (await chainHead(db))?.hash;
    const earlier = Date.parse('2026-11-17T12:00:00Z');
    const { result } = renderHook(() => useBackupDue(db, now, { at: earlier, head: 'f'.repeat(64) }, NOW));
    // Both contacts are dated after 11-17, so by time both are new (by the chain it would have been one).
    await waitFor(() => expect(result.current).toEqual({ days: 8, count: 2 }));
    db.close();
  });
});
