import canonicalize from 'canonicalize';
import { err, ok, type Result } from '../shared/result.ts';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: sorted keys, no white space, ECMAScript number
 * form. The chain hashes this text, so two programs that agree on the value agree on the hash. The library is the
 * RFC author's reference implementation; it refuses values JSON cannot carry faithfully (NaN, Infinity, lone
 * UTF-16 surrogates, cycles), which come back here as a code instead of an exception.
 */
export type CanonicalJsonError = 'not-canonicalizable';

export function canonicalJson(value: unknown): Result<string, CanonicalJsonError> {
  try {
    const text = canonicalize(value);
    return text === undefined ? err(['not-canonicalizable']) : ok(text);
  } catch {
    return err(['not-canonicalizable']);
  }
}

const encoder = new TextEncoder();

/** The UTF-8 bytes that are hashed for a value. */
export function canonicalBytes(value: unknown): Result<Uint8Array, CanonicalJsonError> {
  const text = canonicalJson(value);
  return text.ok ? ok(encoder.encode(text.value)) : text;
}
