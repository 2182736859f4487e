// Shared set-up for the evidence-log storage tests: a fresh profile with one debt, entries, and failure injection.
import { vi } from 'vitest';
import type { YoujuDb } from '../../src/data/db.ts';
import { addDebt } from '../../src/data/repositories/debts-repo.ts';
import type { Entry } from '../../src/domain/case/types.ts';
import { freshIdb, openTestDb } from './db-helpers.ts';

export const T0 = Date.parse('2026-11-20T10:00:00+08:00');

export const call = (id: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  debtId: 'd1',
  kind: 'call',
  at: '2026-11-19T22:31:00+08:00',
  answered: true,
  ...extra,
});

export async function profileWithDebt(): Promise<{ db: YoujuDb; idb: IDBFactory }> {
  const idb = freshIdb();
  const db = await openTestDb(idb);
  await addDebt(db, { id: 'd1', creditor: '某银行', kind: 'credit-card' }, T0);
  return { db, idb };
}

/** The error a browser raises when the disk is full. */
export const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** How Dexie reports a request that failed for lack of room: the transaction aborted, the quota error inside. */
export const wrappedQuotaError = (): Error =>
  Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quotaError() });

/** Makes the next `method` call on `table` fail with `error` (once). */
export function failNext<T extends object>(table: T, method: keyof T & string, error: Error): void {
  const spy = vi.spyOn(table as Record<string, (...args: unknown[]) => unknown>, method);
  spy.mockImplementationOnce(() => Promise.reject(error));
}

/** Every chain/entries/attachments row, for "nothing changed" assertions. */
export async function evidenceSnapshot(db: YoujuDb): Promise<unknown> {
  return {
    chain: await db.chain.toArray(),
    entries: await db.entries.toArray(),
    attachments: await db.attachments.toArray(),
    chunks: (await db.mediaChunks.toCollection().primaryKeys()).length,
  };
}
