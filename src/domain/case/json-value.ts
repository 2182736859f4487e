/**
 * Turns the input into a fresh tree of plain JSON values before anything is validated, so that the parser never
 * reads a getter twice, never follows a cycle and never hands back an object the caller can still change.
 */
import type { ErrorSink } from './checks.ts';
import { childPath, indexPath } from './checks.ts';

/** Nesting allowed below the root; real case files use about five levels. */
const MAX_DEPTH = 64;
/** Values (objects, arrays and scalars) in one case; bounds the work done for a hostile input. */
const MAX_NODES = 5_000_000;
/** Characters of case-file text; far beyond a lifetime of records (about 200 bytes per entry). */
export const MAX_TEXT_CHARS = 64 * 1024 * 1024;

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

interface Budget {
  nodes: number;
  exhausted: boolean;
}

/**
 * A plain object of any realm: its prototype is null or a prototype whose own prototype is null (Object.prototype).
 * Dates, Maps and class instances are not JSON.
 */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (typeof proto === 'object' && Object.getPrototypeOf(proto) === null);
}

/** Sets a key as an own data property, so that a key named "__proto__" stays data instead of a prototype. */
function define(target: Record<string, JsonValue>, key: string, value: JsonValue): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function cloneInner(
  value: unknown,
  path: string,
  depth: number,
  sink: ErrorSink,
  budget: Budget,
): JsonValue | undefined {
  if (budget.exhausted) return undefined;
  budget.nodes += 1;
  if (budget.nodes > MAX_NODES) {
    budget.exhausted = true;
    sink.add('too-large', '$', { max: MAX_NODES });
    return undefined;
  }
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      sink.add('not-finite', path);
      return undefined;
    }
    // -0 would come back as 0 after a save; normalise it now so that parse is a fixed point.
    return value === 0 ? 0 : value;
  }
  if (typeof value !== 'object') {
    sink.add('not-json-value', path);
    return undefined;
  }
  if (depth >= MAX_DEPTH) {
    sink.add('too-deep', path, { max: MAX_DEPTH });
    return undefined;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_NODES) {
      budget.exhausted = true;
      sink.add('too-large', '$', { max: MAX_NODES });
      return undefined;
    }
    const out: JsonValue[] = [];
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      if (item === undefined) {
        sink.add('not-json-value', indexPath(path, i));
        continue;
      }
      const cloned = cloneInner(item, indexPath(path, i), depth + 1, sink, budget);
      if (cloned !== undefined) out.push(cloned);
    }
    return out;
  }
  if (!isPlainObject(value)) {
    sink.add('not-json-value', path);
    return undefined;
  }
  const out: Record<string, JsonValue> = {};
  const source = value as Record<string, unknown>;
  for (const key of Object.keys(source)) {
    const item = source[key];
    // JSON has no undefined: an absent optional field built in code is simply absent, as JSON.stringify treats it.
    if (item === undefined) continue;
    const cloned = cloneInner(item, childPath(path, key), depth + 1, sink, budget);
    if (cloned !== undefined) define(out, key, cloned);
  }
  return out;
}

/** A deep copy made of JSON values only; problems go to the sink (and the copy is then not to be used). */
export function cloneJson(value: unknown, sink: ErrorSink): JsonValue | undefined {
  return cloneInner(value, '$', 0, sink, { nodes: 0, exhausted: false });
}

type TextResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Reads case-file text; a UTF-8 byte-order mark (Windows Notepad writes one) is ignored. */
export function parseJsonText(text: string, sink: ErrorSink): TextResult {
  if (text.length > MAX_TEXT_CHARS) {
    sink.add('too-large', '$', { max: MAX_TEXT_CHARS });
    return { ok: false };
  }
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') {
    sink.add('empty', '$');
    return { ok: false };
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    sink.add(e instanceof SyntaxError ? 'not-json' : 'unreadable', '$');
    return { ok: false };
  }
}
