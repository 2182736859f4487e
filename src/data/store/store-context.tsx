import { createContext, useContext, type ReactNode } from 'react';
import type { Clock } from '../../domain/shared/ports.ts';
import type { YoujuStore } from './store.ts';

const StoreContext = createContext<YoujuStore | null>(null);

/** Hands the storage service (built once, in app/) to the screens; tests pass one with a fixed clock. */
export function StoreProvider({ store, children }: { store: YoujuStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useStore(): YoujuStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore() outside <StoreProvider>');
  return store;
}

/** The store's clock: the one source of "now" for the screens. */
export const useClock = (): Clock => useStore().clock;
