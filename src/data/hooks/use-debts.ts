import { useLiveQuery } from 'dexie-react-hooks';
import { listDebts, type DebtRecord } from '../repositories/debts-repo.ts';
import { useDb } from './db-context.tsx';

/** Debts in list order, live; `undefined` while the first read is pending. */
export function useDebts({ includeArchived = false }: { includeArchived?: boolean } = {}):
  DebtRecord[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listDebts(db, { includeArchived }), [db, includeArchived]);
}
