// docs/case-file.schema.json must accept every valid fixture and refuse every invalid one whose problem JSON Schema
// can express. The rest are listed by name with the reason, and the schema must accept them: that keeps the list
// honest (a fixture moved out of it must really be caught by the schema).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { invalidFixtures, validFixtures } from './fixtures.ts';

const schema = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../../../docs/case-file.schema.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

/** Invalid fixtures whose problem is outside what JSON Schema can say. */
const BEYOND_SCHEMA: Record<string, string> = {
  'not-json': 'not JSON text at all',
  empty: 'no JSON text at all',
  'bad-time-zone': 'whether a zone exists is known to Intl, not to a pattern',
  'bad-date': 'February 30 matches the YYYY-MM-DD pattern; calendar validity is checked by the parser',
  'at-impossible-day': 'February 30 matches the date-time pattern',
  'duplicate-debt-id': 'uniqueness of one property across array items',
  'duplicate-entry-id': 'uniqueness of one property across array items',
  'unknown-debt-id': 'a reference to another part of the file',
  'infinite-number': '1e400 is valid JSON text; it only overflows when read',
  'too-deep': 'nesting inside unknown fields is not limited by the schema',
};

describe('docs/case-file.schema.json', () => {
  it.each(validFixtures().map((f) => [f.name, f.text] as const))('accepts valid/%s', (_name, text) => {
    const ok = validate(JSON.parse(text));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  const invalid = invalidFixtures();
  it('lists only fixtures that exist as beyond the schema', () => {
    const names = invalid.map((f) => f.name);
    for (const name of Object.keys(BEYOND_SCHEMA)) expect(names).toContain(name);
  });

  it.each(invalid.filter((f) => !(f.name in BEYOND_SCHEMA)).map((f) => [f.name, f.text] as const))(
    'refuses invalid/%s',
    (_name, text) => {
      expect(validate(JSON.parse(text))).toBe(false);
    },
  );

  it.each(
    invalid
      .filter((f) => f.name in BEYOND_SCHEMA && f.file.endsWith('.json'))
      .map((f) => [f.name, f.text] as const),
  )('cannot see the problem in invalid/%s (the parser does)', (_name, text) => {
    expect(validate(JSON.parse(text))).toBe(true);
  });
});
