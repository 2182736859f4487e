import { useLiveQuery } from 'dexie-react-hooks';
import { listInterruptedRecordings, type RecordingRow } from '../repositories/recordings-repo.ts';
import { useDb } from './db-context.tsx';

/** Recordings left in state `recording` or `stopped` (to offer for recovery), live; `undefined` while loading. */
export function useInterruptedRecordings(): RecordingRow[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listInterruptedRecordings(db), [db]);
}
