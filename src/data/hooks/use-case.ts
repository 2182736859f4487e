import { useLiveQuery } from 'dexie-react-hooks';
import { getCaseMeta, type CaseMeta } from '../repositories/case-meta-repo.ts';
import { countCaseData } from '../repositories/case-repo.ts';
import { useDb } from './db-context.tsx';

/** The case's time zone, borrower and other top-level fields, live; `undefined` while loading. */
export function useCaseMeta(): CaseMeta | undefined {
  const db = useDb();
  return useLiveQuery(() => getCaseMeta(db), [db]);
}

/** How many debts and entries the profile holds, live; `undefined` while loading. */
export function useCaseCounts(): { debts: number; entries: number } | undefined {
  const db = useDb();
  return useLiveQuery(() => countCaseData(db), [db]);
}
