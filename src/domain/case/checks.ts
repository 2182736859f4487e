/** Small field checkers shared by the case-file validators. Each reports codes to a sink and never throws. */
import type { CaseError, CaseErrorCode, CaseErrorParams } from './errors.ts';
import { checkDateTime, isLocalDate } from './dates.ts';

/** Errors kept per parse; beyond this a broken file only buries the first problems the user has to fix. */
const MAX_ERRORS = 200;

export interface ErrorSink {
  readonly errors: readonly CaseError[];
  add(code: CaseErrorCode, path: string, params?: CaseErrorParams): void;
}

export function createSink(max = MAX_ERRORS): ErrorSink {
  const errors: CaseError[] = [];
  let full = false;
  return {
    errors,
    add(code, path, params) {
      if (full) return;
      if (errors.length >= max) {
        full = true;
        errors.push({ code: 'too-many-errors', path: '$', params: { max } });
        return;
      }
      errors.push(params === undefined ? { code, path } : { code, path, params });
    },
  };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `debts` under the root, `debts[0].kind` below; keys that are not identifiers are quoted: `x["a b"]`. */
export function childPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return parent === '$' ? key : `${parent}.${key}`;
  const quoted = `[${JSON.stringify(key)}]`;
  return parent === '$' ? quoted : `${parent}${quoted}`;
}

export const indexPath = (parent: string, index: number): string => `${parent}[${index}]`;

export type JsonObject = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An own field only: a key inherited from Object.prototype (e.g. "constructor") is never a field. */
export const fieldOf = (obj: JsonObject, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;

/** A value shown inside a message: short, and always text. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The checks one field goes through. `present` is called with the value only when the field exists and has the
 * right JSON type, so checkers compose without re-testing types.
 */
export interface Field {
  readonly sink: ErrorSink;
  readonly obj: JsonObject;
  readonly parent: string;
  readonly key: string;
}

const pathOf = (f: Field): string => childPath(f.parent, f.key);

function get(f: Field, required: boolean): unknown {
  const value = fieldOf(f.obj, f.key);
  if (value === undefined && required) f.sink.add('required', pathOf(f));
  return value;
}

export function stringField(
  f: Field,
  opts: { required?: boolean; nonBlank?: boolean } = {},
): string | undefined {
  const value = get(f, opts.required ?? false);
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    f.sink.add('expected-string', pathOf(f));
    return undefined;
  }
  if (opts.nonBlank === true && value.trim() === '') {
    f.sink.add('blank', pathOf(f));
    return undefined;
  }
  return value;
}

export function booleanField(f: Field): boolean | undefined {
  const value = get(f, false);
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') {
    f.sink.add('expected-boolean', pathOf(f));
    return undefined;
  }
  return value;
}

/** A number with a lower bound; `min: 0` reports `negative`, any other bound `too-small`. */
export function numberField(f: Field, opts: { integer?: boolean; min: number }): number | undefined {
  const value = get(f, false);
  if (value === undefined) return undefined;
  const integer = opts.integer ?? false;
  if (typeof value !== 'number' || (integer && !Number.isInteger(value))) {
    f.sink.add(integer ? 'expected-integer' : 'expected-number', pathOf(f));
    return undefined;
  }
  if (value < opts.min) {
    if (opts.min === 0) f.sink.add('negative', pathOf(f), { value });
    else f.sink.add('too-small', pathOf(f), { value, min: opts.min });
    return undefined;
  }
  return value;
}

export function enumField<T extends string>(
  f: Field,
  allowed: readonly T[],
  opts: { required?: boolean } = {},
): T | undefined {
  const value = stringField(f, opts);
  if (value === undefined) return undefined;
  return checkEnum(f.sink, pathOf(f), value, allowed);
}

export function checkEnum<T extends string>(
  sink: ErrorSink,
  path: string,
  value: string,
  allowed: readonly T[],
): T | undefined {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  sink.add('enum', path, { value: shown(value), allowed: allowed.join(', ') });
  return undefined;
}

export function localDateField(f: Field): string | undefined {
  const value = stringField(f);
  if (value === undefined) return undefined;
  if (!isLocalDate(value)) {
    f.sink.add('date', pathOf(f), { value: shown(value) });
    return undefined;
  }
  return value;
}

export function dateTimeField(f: Field, opts: { required?: boolean } = {}): string | undefined {
  const value = stringField(f, opts);
  if (value === undefined) return undefined;
  const check = checkDateTime(value);
  if (check !== 'ok') {
    f.sink.add(check === 'no-offset' ? 'date-time-offset' : 'date-time', pathOf(f), { value: shown(value) });
    return undefined;
  }
  return value;
}

/** An optional (or required) nested object; returns it with its path when it has the right type. */
export function objectField(
  f: Field,
  opts: { required?: boolean } = {},
): { obj: JsonObject; path: string } | undefined {
  const value = get(f, opts.required ?? false);
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    f.sink.add('expected-object', pathOf(f));
    return undefined;
  }
  return { obj: value, path: pathOf(f) };
}

export function arrayField(
  f: Field,
  opts: { required?: boolean } = {},
): { items: readonly unknown[]; path: string } | undefined {
  const value = get(f, opts.required ?? false);
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    f.sink.add('expected-array', pathOf(f));
    return undefined;
  }
  return { items: value as readonly unknown[], path: pathOf(f) };
}

/** Calls `each` for every item that is an object, reporting the others. */
export function forEachObject(
  sink: ErrorSink,
  array: { items: readonly unknown[]; path: string },
  each: (obj: JsonObject, path: string, index: number) => void,
): void {
  array.items.forEach((item, index) => {
    const path = indexPath(array.path, index);
    if (isObject(item)) each(item, path, index);
    else sink.add('expected-object', path);
  });
}

/** A field accessor bound to one object, so validators read as a list of fields. */
export const fieldsOf =
  (sink: ErrorSink, obj: JsonObject, parent: string) =>
  (key: string): Field => ({ sink, obj, parent, key });
