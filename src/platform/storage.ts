export type PersistResult = 'granted' | 'denied' | 'unsupported';

export interface StorageEstimateResult {
  readonly usage: number;
  readonly quota: number;
}

type StorageLike = Partial<Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>>;

const defaultStorage = (): StorageLike | undefined =>
  typeof navigator === 'undefined' ? undefined : navigator.storage;

/**
 * Asks the browser to keep this site's data when space runs low, so evidence is not evicted. Chromium decides
 * silently from engagement, Firefox may prompt, Safari grants installed web apps. Never throws.
 */
export async function requestPersistence(
  storage: StorageLike | undefined = defaultStorage(),
): Promise<PersistResult> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted?.()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Whether storage is already persistent, without asking. */
export async function persistenceStatus(
  storage: StorageLike | undefined = defaultStorage(),
): Promise<PersistResult> {
  if (!storage?.persisted) return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Bytes used and available to this site, or null where the browser does not say. */
export async function estimateStorage(
  storage: StorageLike | undefined = defaultStorage(),
): Promise<StorageEstimateResult | null> {
  if (!storage?.estimate) return null;
  try {
    const { usage, quota } = await storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}
