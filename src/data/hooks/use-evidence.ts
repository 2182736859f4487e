import { useLiveQuery } from 'dexie-react-hooks';
import type { ChainLink } from '../../domain/evidence/chain.ts';
import { chainHead } from '../repositories/chain-repo.ts';
import { listEntryItems, type EntryListItem } from '../repositories/evidence-read.ts';
import { useDb } from './db-context.tsx';

/** Every entry (current version, amendedCount, hidden), newest first, live; `undefined` while loading. */
export function useEntryRows(): EntryListItem[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listEntryItems(db), [db]);
}

/** The chain's last link (null for an empty chain), live; `undefined` while loading. */
export function useChainHead(): ChainLink | null | undefined {
  const db = useDb();
  return useLiveQuery(() => chainHead(db), [db]);
}
