import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// Reads the files on disk rather than resources.ts, so a namespace file that was never registered is still checked.
const LOCALES = path.resolve(import.meta.dirname, '../../locales');
const SOURCE = 'zh-CN';
const TARGET = 'en';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function load(lang: string, file: string): Json {
  return JSON.parse(readFileSync(path.join(LOCALES, lang, file), 'utf8')) as Json;
}

/** Flattens nested objects to dotted keys → leaf values. */
function flatten(value: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}\s,]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();
}

const files = (lang: string) =>
  readdirSync(path.join(LOCALES, lang))
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('locales', () => {
  it('has the same namespace files in zh-CN and en', () => {
    expect(files(TARGET)).toEqual(files(SOURCE));
    expect(files(SOURCE).length).toBeGreaterThan(0);
  });

  for (const file of files(SOURCE)) {
    describe(file, () => {
      const source = flatten(load(SOURCE, file));
      const target = flatten(load(TARGET, file));

      it('has exactly the same keys in both languages', () => {
        expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
      });

      it('has only non-empty strings as values', () => {
        for (const [lang, map] of [
          [SOURCE, source],
          [TARGET, target],
        ] as const) {
          for (const [key, value] of map) {
            if (key === '') continue; // an empty namespace file `{}` flattens to nothing
            expect(typeof value, `${lang}/${file}: ${key}`).toBe('string');
            expect(String(value).trim(), `${lang}/${file}: ${key}`).not.toBe('');
          }
        }
      });

      it('uses the same interpolation variables per key', () => {
        for (const [key, value] of source) {
          const other = target.get(key);
          if (typeof value !== 'string' || typeof other !== 'string') continue;
          expect(variables(other), `${file}: ${key}`).toEqual(variables(value));
        }
      });
    });
  }
});
