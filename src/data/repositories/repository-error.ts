/**
 * A write the repositories refused or could not complete. Codes only: the UI decides the words (STYLE.md §2.1).
 * Storage running out of room becomes `quota` wherever it happens (see storage-errors.ts); other storage failures
 * surface as they are. In every case the transaction rolled back: nothing is half-written.
 */
type RepositoryErrorCode =
  | 'invalid-debt'
  | 'invalid-entry'
  | 'invalid-setting'
  | 'invalid-attachment'
  | 'invalid-case-file'
  | 'invalid-record'
  | 'invalid-amendment'
  | 'invalid-hide'
  | 'invalid-recording'
  | 'debt-id-exists'
  | 'debt-not-found'
  | 'entry-id-exists'
  | 'entry-not-found'
  | 'entry-hidden'
  | 'record-id-exists'
  | 'attachment-not-found'
  | 'recording-not-found'
  | 'recording-not-active'
  /** What was read back after a write does not hash to what was written. */
  | 'read-back-mismatch'
  /** Other writers kept moving the chain head; nothing was written. */
  | 'chain-busy'
  | 'quota'
  | 'cancelled';

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
