// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  addDebt,
  getDebt,
  listDebts,
  setDebtArchived,
  updateDebt,
} from '../../src/data/repositories/debts-repo.ts';
import { listEntries, listEntriesForDebt } from '../../src/data/repositories/entries-repo.ts';
import { saveEntry } from '../../src/data/repositories/evidence-repo.ts';
import { nodeHasher } from '../domain/evidence/node-hasher.ts';
import { exportCaseFile } from '../../src/data/repositories/case-repo.ts';
import type { Debt } from '../../src/domain/case/types.ts';
import { freshIdb, openTestDb } from './db-helpers.ts';

const T0 = 1_800_000_000_000;
const debt = (id: string, extra: Partial<Debt> = {}): Debt => ({
  id,
  creditor: `债权人${id}`,
  kind: 'other',
  ...extra,
});

describe('debts repository', () => {
  it('lists debts in the order they were added, archived ones only on request', async () => {
    const db = await openTestDb(freshIdb());
    await addDebt(db, debt('b'), T0);
    await addDebt(db, debt('a'), T0 + 1);
    await addDebt(db, debt('c'), T0 + 2);
    await setDebtArchived(db, 'a', true, T0 + 3);
    expect((await listDebts(db)).map((d) => d.debt.id)).toEqual(['b', 'c']);
    const all = await listDebts(db, { includeArchived: true });
    expect(all.map((d) => [d.debt.id, d.archived, d.archivedAt])).toEqual([
      ['b', false, undefined],
      ['a', true, T0 + 3],
      ['c', false, undefined],
    ]);
    await setDebtArchived(db, 'a', false, T0 + 4);
    expect((await getDebt(db, 'a'))?.archived).toBe(false);
    db.close();
  });

  it('update keeps position, creation time, archive state and fields the form does not edit', async () => {
    const db = await openTestDb(freshIdb());
    const original = { ...debt('x'), agreements: [{ kind: 'installment' as const, months: 12 }], custom: 1 };
    await addDebt(db, original, T0);
    await addDebt(db, debt('y'), T0);
    await setDebtArchived(db, 'x', true, T0 + 1);
    const edited = { ...original, creditor: '新名字' };
    const saved = await updateDebt(db, edited, T0 + 2);
    expect(saved).toMatchObject({ archived: true, createdAt: T0, updatedAt: T0 + 2, debt: edited });
    expect((await listDebts(db, { includeArchived: true })).map((d) => d.debt.id)).toEqual(['x', 'y']);
    db.close();
  });

  it('refuses invalid debts, duplicate ids and unknown ids with codes', async () => {
    const db = await openTestDb(freshIdb());
    await addDebt(db, debt('x'), T0);
    await expect(addDebt(db, debt('x'), T0)).rejects.toMatchObject({ code: 'debt-id-exists' });
    await expect(addDebt(db, debt('z', { creditor: ' ' }), T0)).rejects.toMatchObject({
      code: 'invalid-debt',
      field: 'creditor',
    });
    await expect(addDebt(db, debt('z', { principal: -1 }), T0)).rejects.toMatchObject({ field: 'principal' });
    await expect(addDebt(db, debt('z', { firstMissedDueDate: '2026-02-30' }), T0)).rejects.toMatchObject({
      field: 'firstMissedDueDate',
    });
    await expect(addDebt(db, { ...debt('z'), kind: 'loan' as Debt['kind'] }, T0)).rejects.toMatchObject({
      field: 'kind',
    });
    await expect(updateDebt(db, debt('nope'), T0)).rejects.toMatchObject({ code: 'debt-not-found' });
    await expect(setDebtArchived(db, 'nope', true, T0)).rejects.toMatchObject({ code: 'debt-not-found' });
    expect((await listDebts(db)).map((d) => d.debt.id)).toEqual(['x']);
    db.close();
  });

  it('stores finalDueDate and paidOffOn and refuses an impossible day in either (no schema change)', async () => {
    const db = await openTestDb(freshIdb());
    const withDates = debt('x', { finalDueDate: '2027-02-28', paidOffOn: '2026-12-01' });
    await addDebt(db, withDates, T0);
    expect((await getDebt(db, 'x'))?.debt).toEqual(withDates);
    await expect(addDebt(db, debt('y', { finalDueDate: '2027-02-29' }), T0)).rejects.toMatchObject({
      code: 'invalid-debt',
      field: 'finalDueDate',
    });
    await expect(addDebt(db, debt('y', { paidOffOn: '2026-1-1' }), T0)).rejects.toMatchObject({
      field: 'paidOffOn',
    });
    expect((await listDebts(db)).map((d) => d.debt.id)).toEqual(['x']);
    db.close();
  });

  it('the first debt of a new profile also writes its case meta', async () => {
    const db = await openTestDb(freshIdb());
    expect(await db.meta.count()).toBe(0);
    await addDebt(db, debt('x'), T0);
    expect(await db.meta.get('case')).toEqual({
      key: 'case',
      fields: { format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai' },
    });
    db.close();
  });
});

describe('entries repository', () => {
  it('adds entries in order, per debt, and refuses an unknown debt or a bad instant', async () => {
    const db = await openTestDb(freshIdb());
    await addDebt(db, debt('d'), T0);
    await saveEntry(db, { id: 'e2', debtId: 'd', kind: 'call', at: '2026-11-02T10:00:00+08:00' }, nodeHasher);
    await saveEntry(db, { id: 'e1', kind: 'note', at: '2026-11-01T10:00:00Z' }, nodeHasher);
    expect((await listEntries(db)).map((e) => e.id)).toEqual(['e2', 'e1']);
    expect((await listEntriesForDebt(db, 'd')).map((e) => e.id)).toEqual(['e2']);
    await expect(
      saveEntry(db, { id: 'e3', debtId: 'zz', kind: 'sms', at: '2026-11-01T10:00:00Z' }, nodeHasher),
    ).rejects.toMatchObject({ code: 'debt-not-found' });
    await expect(
      saveEntry(db, { id: 'e3', kind: 'sms', at: '2026-11-01 10:00' }, nodeHasher),
    ).rejects.toMatchObject({
      code: 'invalid-entry',
      field: 'at',
    });
    expect((await db.entries.get('e2'))?.at).toBe(Date.parse('2026-11-02T02:00:00Z'));
    expect((await exportCaseFile(db)).entries).toHaveLength(2);
    db.close();
  });
});
