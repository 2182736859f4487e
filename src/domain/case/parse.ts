/**
 * Reads a case file (docs/case-file.md). Returns either the whole case or every problem found, never a part of a
 * case: an import that half-succeeds would leave the user unsure what was saved.
 */
import type { Result } from '../shared/result.ts';
import { err, ok } from '../shared/result.ts';
import type { CaseFile } from './types.ts';
import { CASE_FORMAT, CASE_VERSION } from './types.ts';
import type { CaseError } from './errors.ts';
import type { ErrorSink, JsonObject } from './checks.ts';
import {
  arrayField,
  createSink,
  fieldOf,
  fieldsOf,
  isObject,
  objectField,
  shown,
  stringField,
} from './checks.ts';
import { cloneJson, parseJsonText } from './json-value.ts';
import { isTimeZone } from './dates.ts';
import { checkDebts } from './parse-debts.ts';
import { checkEntries } from './parse-entries.ts';

/**
 * `format` and `version` decide whether the rest can be read at all. When either is wrong nothing else is reported:
 * listing v1 problems of a v2 file, or of some other JSON file, would only bury the one message that matters.
 */
function checkIdentity(sink: ErrorSink, root: JsonObject): boolean {
  const format = fieldOf(root, 'format');
  if (format === undefined) sink.add('required', 'format');
  else if (format !== CASE_FORMAT)
    sink.add('format', 'format', { value: shown(format), expected: CASE_FORMAT });
  const version = fieldOf(root, 'version');
  if (version === undefined) sink.add('required', 'version');
  else if (version !== CASE_VERSION) {
    sink.add('version', 'version', { value: shown(version), supported: CASE_VERSION });
  }
  return sink.errors.length === 0;
}

function checkTimeZone(sink: ErrorSink, root: JsonObject): void {
  const zone = stringField(fieldsOf(sink, root, '$')('timeZone'), { required: true });
  if (zone !== undefined && !isTimeZone(zone)) sink.add('time-zone', 'timeZone', { value: shown(zone) });
}

function checkBorrower(sink: ErrorSink, root: JsonObject): void {
  const borrower = objectField(fieldsOf(sink, root, '$')('borrower'));
  if (!borrower) return;
  const field = fieldsOf(sink, borrower.obj, borrower.path);
  stringField(field('name'));
  const phones = arrayField(field('phones'));
  phones?.items.forEach((phone, index) => {
    if (typeof phone !== 'string') sink.add('expected-string', `${phones.path}[${index}]`);
  });
}

function validate(input: unknown): Result<CaseFile, CaseError> {
  const sink = createSink();
  let source = input;
  if (typeof input === 'string') {
    const text = parseJsonText(input, sink);
    if (!text.ok) return err(sink.errors);
    source = text.value;
  }
  if (!isObject(source)) return err([{ code: 'not-object', path: '$' }]);
  const root = cloneJson(source, sink);
  if (sink.errors.length > 0 || !isObject(root)) return err(sink.errors);
  if (!checkIdentity(sink, root)) return err(sink.errors);
  checkTimeZone(sink, root);
  checkBorrower(sink, root);
  const debtIds = checkDebts(sink, root);
  checkEntries(sink, root, debtIds);
  if (sink.errors.length > 0) return err(sink.errors);
  // Every field this version knows has been checked above; unknown fields ride along untouched.
  return ok(root as unknown as CaseFile);
}

/**
 * Parses case-file text (a string is always read as JSON text) or an already-parsed value. The value returned is a
 * fresh deep copy: unknown fields are kept where they were and no defaults are filled in. Never throws.
 */
export function parseCaseFile(input: unknown): Result<CaseFile, CaseError> {
  try {
    return validate(input);
  } catch {
    // Only a hostile value gets here (a throwing getter or Proxy trap); plain JSON never does.
    return err([{ code: 'unreadable', path: '$' }]);
  }
}
