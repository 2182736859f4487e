import { useLiveQuery } from 'dexie-react-hooks';
import { getSetting, type SettingKey, type SettingValues } from '../repositories/settings-repo.ts';
import { useDb } from './db-context.tsx';

type SettingState<K extends SettingKey> =
  { readonly loaded: false } | { readonly loaded: true; readonly value: SettingValues[K] | undefined };

/** A setting, live. `loaded` tells "not read yet" apart from "never set". */
export function useSetting<K extends SettingKey>(key: K): SettingState<K> {
  const db = useDb();
  const value = useLiveQuery(async () => ({ value: await getSetting(db, key) }), [db, key]);
  return value === undefined ? { loaded: false } : { loaded: true, value: value.value };
}
