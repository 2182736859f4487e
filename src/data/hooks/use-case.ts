import { useLiveQuery } from 'dexie-react-hooks';
import { getCaseMeta, type CaseMeta } from '../repositories/case-meta-repo.ts';
import type { CaseFile } from '../../domain/case/types.ts';
import { countCaseData, exportCaseFile } from '../repositories/case-repo.ts';
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

/**
 * The whole case as it would be exported, kept current. The export button uses it so that sharing can start
 * straight from the click: a share sheet opened after a slow read may lose the click's user activation.
 */
export function useCaseExport(): CaseFile | undefined {
  const db = useDb();
  return useLiveQuery(() => exportCaseFile(db), [db]);
}
