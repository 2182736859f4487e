// The repository explains itself: comments, tests and docs speak about the app, the law and the code, never about
// how the work was organised (issue numbers, lettered contracts, work briefs, who did what), and they point to the
// repository's own docs rather than to files outside it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const SCANNED = ['src', 'tests', 'docs'];
const TEXT = /\.(ts|tsx|js|mjs|json|md|css|html|txt)$/;
const THIS_FILE = path.relative(REPO_ROOT, import.meta.filename);

/** Each pattern with what it catches; word boundaries keep ordinary English ("a brief pause") out. */
const PROCESS_WORDS: readonly { readonly pattern: RegExp; readonly what: string }[] = [
  { pattern: /\bissues? ?#?\d+\b/i, what: 'an issue number' },
  { pattern: /\bcontract [A-F]\b/, what: 'a lettered work contract' },
  { pattern: /\b(the|team|work|task|your|wave-?\d+) briefs?\b/i, what: 'a work brief' },
  { pattern: /\bwave-?\d+\b/i, what: 'a work wave' },
  { pattern: /\bteammates?\b/i, what: 'who did the work' },
  { pattern: /\bhelper sessions?\b/i, what: 'who did the work' },
  {
    pattern: /(\.\.\/)+shared\/(legal-facts|case-file|examples|STYLE)/,
    what: 'a pointer outside the repository',
  },
  { pattern: /\/work\/(shared|brief|main|wt)\b/, what: 'a path on a build machine' },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : filesUnder(full);
    return TEXT.test(name) ? [full] : [];
  });
}

function findProcessWords(files: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of files) {
    const rel = path.relative(REPO_ROOT, file);
    if (rel === THIS_FILE) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const { pattern, what } of PROCESS_WORDS) {
          const m = pattern.exec(line);
          if (m) found.push(`${rel}:${i + 1}: "${m[0]}" (${what})`);
        }
      });
  }
  return found;
}

describe('process words', () => {
  it('catches each kind of process word, and leaves ordinary words alone', () => {
    const samples = [
      'Issue 6 end to end: Today',
      'see issue #12',
      'App-made packs (contract B)',
      'written against the team brief',
      'the wave-3 rules',
      'a teammate wrote this',
      'from ../shared/legal-facts.md',
      'read /work/shared/examples',
    ];
    for (const s of samples)
      expect(
        PROCESS_WORDS.some((w) => w.pattern.test(s)),
        s,
      ).toBe(true);
    const ordinary = [
      'a brief pause before saving',
      'the lock session ends',
      'domain/shared/ports.ts',
      'a small helper for dates',
      'contract law (民法典 合同编)',
      'issues the debt',
    ];
    for (const s of ordinary)
      expect(
        PROCESS_WORDS.some((w) => w.pattern.test(s)),
        s,
      ).toBe(false);
  });

  it('finds none in src/, tests/ and docs/', () => {
    const files = SCANNED.flatMap((dir) => filesUnder(path.join(REPO_ROOT, dir)));
    expect(files.length).toBeGreaterThan(100);
    expect(findProcessWords(files)).toEqual([]);
  });
});
