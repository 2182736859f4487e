// Loads the case-file fixtures of tests/fixtures/case-files (shared by the parser, schema and CLI tests).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/case-files');

export interface ExpectedError {
  readonly code: string;
  readonly path: string;
}

export interface Fixture {
  readonly name: string;
  readonly file: string;
  readonly text: string;
}

export interface InvalidFixture extends Fixture {
  readonly expected: readonly ExpectedError[];
}

const EXPECTED_SUFFIX = '.expected.json';

export function validFixtures(): Fixture[] {
  const dir = path.join(FIXTURES, 'valid');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f, file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') }));
}

export function invalidFixtures(): InvalidFixture[] {
  const dir = path.join(FIXTURES, 'invalid');
  return readdirSync(dir)
    .filter((f) => !f.endsWith(EXPECTED_SUFFIX))
    .sort()
    .map((f) => {
      const base = f.replace(/\.(json|txt)$/, '');
      const expected = JSON.parse(
        readFileSync(path.join(dir, base + EXPECTED_SUFFIX), 'utf8'),
      ) as ExpectedError[];
      return { name: base, file: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8'), expected };
    });
}
