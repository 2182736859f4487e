/**
 * A write the repositories refused. Codes only: the UI decides the words (STYLE.md §2.1). Storage failures
 * (quota, aborted transaction) are not wrapped; they surface as Dexie errors and nothing is half-written.
 */
export type RepositoryErrorCode =
  | 'invalid-debt'
  | 'invalid-entry'
  | 'invalid-setting'
  | 'invalid-attachment'
  | 'invalid-case-file'
  | 'debt-id-exists'
  | 'debt-not-found';

// Not named DataError: that is an IndexedDB error name, and Dexie re-wraps errors whose name it knows.
export class RepositoryError extends Error {
  override readonly name = 'RepositoryError';
  constructor(
    readonly code: RepositoryErrorCode,
    /** The offending field or key, never its content. */
    readonly field?: string,
  ) {
    super(field ? `${code}: ${field}` : code);
  }
}
