import { createContext, useContext, type ReactNode } from 'react';
import type { YoujuDb } from '../db.ts';

const DbContext = createContext<YoujuDb | null>(null);

/** Provides the opened database (see `openDatabase`) to the data hooks; tests pass their own isolated one. */
export function DbProvider({ db, children }: { db: YoujuDb; children: ReactNode }) {
  return <DbContext.Provider value={db}>{children}</DbContext.Provider>;
}

export function useDb(): YoujuDb {
  const db = useContext(DbContext);
  if (!db) throw new Error('useDb() outside <DbProvider>');
  return db;
}
