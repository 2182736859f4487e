/**
 * A write the repositories refused. Codes only: the UI decides the words (STYLE.md §2.1). Storage failures
 * (quota, aborted transaction) are not wrapped; they surface as Dexie errors and nothing is half-written.
 */
export type DataErrorCode =
  | 'invalid-debt'
  | 'invalid-entry'
  | 'invalid-setting'
  | 'invalid-attachment'
  | 'invalid-case-file'
  | 'debt-id-exists'
  | 'debt-not-found';

export class DataError extends Error {
  override readonly name = 'DataError';
  constructor(
    readonly code: DataErrorCode,
    /** The offending field or key, never its content. */
    readonly field?: string,
  ) {
    super(field ? `${code}: ${field}` : code);
  }
}
