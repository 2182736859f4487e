import type { Debt } from '../../domain/case/types.ts';
import type { YoujuDb } from '../db.ts';
import type { DebtRowV1 } from '../schema/v1.ts';
import { ensureCaseMeta } from './case-meta-repo.ts';
import { RepositoryError } from './repository-error.ts';
import { guardStorage } from './storage-errors.ts';
import { invalidDebtField, omitKeys } from './validate.ts';

/** A debt as the app sees it: the case-file debt plus the app's own bookkeeping. */
export interface DebtRecord {
  readonly debt: Debt;
  readonly archived: boolean;
  readonly archivedAt?: number;
  readonly createdAt: number;
  readonly updatedAt: number;
}

interface ListDebtsOptions {
  readonly includeArchived?: boolean;
}

/** Rows were validated on the way in, so the stored object is a Debt (plus fields this version does not know). */
function toDebtRecord(row: DebtRowV1): DebtRecord {
  const record = {
    debt: row.data as unknown as Debt,
    archived: row.archivedAt !== undefined,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  return row.archivedAt === undefined ? record : { ...record, archivedAt: row.archivedAt };
}

function checkDebt(debt: Debt): void {
  const field = invalidDebtField(debt);
  if (field) throw new RepositoryError('invalid-debt', field);
}

/** The debt's data as stored: the `archived` extension field lives in `archivedAt`, not in the data. */
function storedData(debt: Debt): Record<string, unknown> {
  const data: Record<string, unknown> = { ...debt };
  if (data.archived === true) delete data.archived;
  return data;
}

/** Debts in the order they were added or imported. */
export async function listDebts(db: YoujuDb, options: ListDebtsOptions = {}): Promise<DebtRecord[]> {
  const rows = await db.debts.orderBy('seq').toArray();
  const visible = options.includeArchived ? rows : rows.filter((r) => r.archivedAt === undefined);
  return visible.map(toDebtRecord);
}

export async function getDebt(db: YoujuDb, id: string): Promise<DebtRecord | undefined> {
  const row = await db.debts.get(id);
  return row && toDebtRecord(row);
}

export async function nextSeq(table: YoujuDb['debts'] | YoujuDb['entries']): Promise<number> {
  const last = await table.orderBy('seq').last();
  return last ? last.seq + 1 : 1;
}

/** Adds a new debt; a new profile gets its case meta (time zone) in the same transaction. */
export async function addDebt(db: YoujuDb, debt: Debt, now: number): Promise<DebtRecord> {
  checkDebt(debt);
  return guardStorage(() =>
    db.transaction('rw', db.debts, db.meta, async () => {
      if (await db.debts.get(debt.id)) throw new RepositoryError('debt-id-exists', 'id');
      await ensureCaseMeta(db);
      const row: DebtRowV1 = {
        id: debt.id,
        seq: await nextSeq(db.debts),
        data: storedData(debt),
        createdAt: now,
        updatedAt: now,
      };
      await db.debts.add(row);
      return toDebtRecord(row);
    }),
  );
}

/** Replaces a debt's case data; its place in the list, creation time and archive state are kept. */
export async function updateDebt(db: YoujuDb, debt: Debt, now: number): Promise<DebtRecord> {
  checkDebt(debt);
  return guardStorage(() =>
    db.transaction('rw', db.debts, async () => {
      const current = await db.debts.get(debt.id);
      if (!current) throw new RepositoryError('debt-not-found', 'id');
      const row: DebtRowV1 = { ...current, data: storedData(debt), updatedAt: now };
      await db.debts.put(row);
      return toDebtRecord(row);
    }),
  );
}

export async function setDebtArchived(
  db: YoujuDb,
  id: string,
  archived: boolean,
  now: number,
): Promise<DebtRecord> {
  return guardStorage(() =>
    db.transaction('rw', db.debts, async () => {
      const current = await db.debts.get(id);
      if (!current) throw new RepositoryError('debt-not-found', 'id');
      const rest = omitKeys(current, ['archivedAt']) as Omit<DebtRowV1, 'archivedAt'>;
      const row: DebtRowV1 = archived
        ? { ...rest, archivedAt: now, updatedAt: now }
        : { ...rest, updatedAt: now };
      await db.debts.put(row);
      return toDebtRecord(row);
    }),
  );
}
