import { RepositoryError } from './repository-error.ts';

/**
 * Browsers report a full disk as `QuotaExceededError`, but it often arrives wrapped: Dexie turns a failed request
 * into an aborted transaction (`AbortError` whose `inner` is the quota error), and some engines put it in `cause`.
 * Walks that chain so every caller sees one code. An error the repositories already turned into
 * RepositoryError('quota') is a quota error too, so the UI can ask the same question of whatever reaches it.
 */
export function isQuotaError(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && !seen.has(current)) {
    seen.add(current);
    if (current instanceof RepositoryError && current.code === 'quota') return true;
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown; code?: unknown };
    if (e.name === 'QuotaExceededError' || e.code === 22) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

export function toRepositoryError(error: unknown): unknown {
  return isQuotaError(error) ? new RepositoryError('quota') : error;
}

/** Runs a storage operation, turning quota failures (however wrapped) into RepositoryError('quota'). */
export async function guardStorage<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toRepositoryError(error);
  }
}
