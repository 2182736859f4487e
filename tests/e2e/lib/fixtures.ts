// The case-file fixtures the domain engineer keeps in tests/fixtures/case-files/ (valid/ and invalid/, each invalid
// file with a `<name>.expected.json` sibling listing the error codes and paths it must produce).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, fail } from './define.ts';

const ROOT = path.join(REPO_ROOT, 'tests', 'fixtures', 'case-files');

export interface ExpectedError {
  code: string;
  path: string;
}

export interface InvalidFixture {
  file: string;
  name: string;
  expected: ExpectedError[];
}

function listDir(dir: string): string[] {
  if (!existsSync(dir)) fail(`fixture folder ${path.relative(REPO_ROOT, dir)} is missing`);
  return readdirSync(dir).sort();
}

/** The credit-card example case, kept among the valid fixtures. */
export function creditCardFixture(): string {
  const dir = path.join(ROOT, 'valid');
  const name = listDir(dir).find((f) => f.includes('credit-card') && !f.includes('.expected.'));
  if (!name) fail(`no credit-card case file in ${path.relative(REPO_ROOT, dir)}`);
  return path.join(dir, name);
}

function readExpected(file: string): ExpectedError[] {
  const raw: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const list = Array.isArray(raw) ? raw : (raw as { errors?: unknown }).errors;
  if (!Array.isArray(list)) fail(`${file}: expected an array of {code, path} or {errors: [...]}`);
  return list.map((e: unknown) => {
    const { code, path: p } = e as Partial<ExpectedError>;
    if (typeof code !== 'string' || typeof p !== 'string') fail(`${file}: entry without code/path`);
    return { code, path: p };
  });
}

export function invalidFixtures(): InvalidFixture[] {
  const dir = path.join(ROOT, 'invalid');
  const names = listDir(dir);
  return names
    .filter((f) => !f.endsWith('.expected.json'))
    .flatMap((f) => {
      const stem = f.replace(/\.[^.]+$/, '');
      const expected = `${stem}.expected.json`;
      return names.includes(expected)
        ? [{ file: path.join(dir, f), name: f, expected: readExpected(path.join(dir, expected)) }]
        : [];
    });
}

export function invalidFixture(name: string): InvalidFixture {
  const found = invalidFixtures().find((f) => f.name === name);
  if (!found) fail(`no invalid fixture ${name} with a .expected.json sibling`);
  return found;
}
