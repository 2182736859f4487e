/**
 * Parse error codes of the case file (docs/case-file.md, "Error codes"). The domain reports codes with a path and
 * parameters; the UI and the CLI turn them into words through locales/<lang>/caseErrors.json.
 */

export const CASE_ERROR_CODES = [
  // The text or value as a whole.
  'empty',
  'not-json',
  'too-large',
  'too-deep',
  'not-finite',
  'not-json-value',
  'unreadable',
  'not-object',
  // Identity of the file.
  'format',
  'version',
  // Shape of a field.
  'required',
  'expected-string',
  'expected-number',
  'expected-integer',
  'expected-boolean',
  'expected-object',
  'expected-array',
  'blank',
  'enum',
  'negative',
  'too-small',
  // Meaning of a value.
  'time-zone',
  'date',
  'date-time',
  'date-time-offset',
  'sha256',
  // Relations across the file.
  'duplicate-id',
  'unknown-debt',
  'too-many-errors',
] as const;

export type CaseErrorCode = (typeof CASE_ERROR_CODES)[number];

/**
 * The parameters each code may carry, besides `path` which every message may use. Messages may interpolate only
 * these (a test checks both locales against this table).
 */
export const CASE_ERROR_PARAMS = {
  empty: [],
  'not-json': [],
  'too-large': ['max'],
  'too-deep': ['max'],
  'not-finite': [],
  'not-json-value': [],
  unreadable: [],
  'not-object': [],
  format: ['value', 'expected'],
  version: ['value', 'supported'],
  required: [],
  'expected-string': [],
  'expected-number': [],
  'expected-integer': [],
  'expected-boolean': [],
  'expected-object': [],
  'expected-array': [],
  blank: [],
  enum: ['value', 'allowed'],
  negative: ['value'],
  'too-small': ['value', 'min'],
  'time-zone': ['value'],
  date: ['value'],
  'date-time': ['value'],
  'date-time-offset': ['value'],
  sha256: ['value'],
  'duplicate-id': ['id', 'first'],
  'unknown-debt': ['debtId'],
  'too-many-errors': ['max'],
} as const satisfies Record<CaseErrorCode, readonly string[]>;

export type CaseErrorParams = Readonly<Record<string, string | number>>;

export interface CaseError {
  readonly code: CaseErrorCode;
  /** Where the problem is: `$` for the whole file, otherwise e.g. `debts[0].kind`, `entries[3].at`. */
  readonly path: string;
  readonly params?: CaseErrorParams;
}
