// youju letter / youju letters: through the dispatcher in-process (fast), and once spawned as the user runs it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLetterArgs } from '../../src/cli/commands/letter.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { COMMANDS } from '../../src/cli/command-list.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { TEMPLATE_IDS } from '../../src/domain/letters/catalogue.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIR = 'tests/fixtures/letters';
const CARD = `${DIR}/card-120.json`;

async function youju(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    out: (t) => void (stdout += t),
    err: (t) => void (stderr += t),
    readText: (p) => readFile(path.resolve(ROOT, p), 'utf8'),
  };
  const status = await runCli(args, io, COMMANDS);
  return { status, stdout, stderr };
}

/** A golden without its four header lines is exactly what the CLI prints. */
const goldenBody = (name: string, template: string, lang: string) =>
  readFileSync(path.join(ROOT, DIR, 'golden', name, `${template}.${lang}.txt`), 'utf8')
    .split('\n')
    .slice(4)
    .join('\n');

const valuesFile = (name: string, lang: 'zh-CN' | 'en'): string => {
  const all = JSON.parse(readFileSync(path.join(ROOT, DIR, `${name}.values.json`), 'utf8')) as Record<
    string,
    unknown
  >;
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'youju-letter-')), 'values.json');
  writeFileSync(file, JSON.stringify(all[lang]));
  return file;
};

describe('youju letter', () => {
  it('prints the letter as plain text, equal to the golden, exit 0', async () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const r = await youju([
        'letter',
        'complaint-12378',
        CARD,
        '--debt',
        'card',
        '--lang',
        lang,
        '--today',
        '2026-11-25',
        '--values',
        valuesFile('card-120', lang),
      ]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(goldenBody('card-120', 'complaint-12378', lang));
    }
  });

  it('without --values, blanks print as placeholders; --lang defaults to zh-CN', async () => {
    const r = await youju(['letter', 'card-instalment', CARD, '--debt', 'card', '--today', '2026-11-25']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('【身份证号】');
  });

  const failures: [string, string[], RegExp][] = [
    ['unknown template', ['letter', 'nope', CARD, '--debt', 'card'], /unknown template "nope"/],
    ['unknown debt', ['letter', 'card-instalment', CARD, '--debt', 'zzz'], /no debt "zzz" .*\(debts: card\)/],
    [
      'template for another kind of debt',
      ['letter', 'card-instalment', `${DIR}/online-40.json`, '--debt', 'loan'],
      /is for credit-card debts; debt "loan" is online-loan/,
    ],
    [
      'invalid case file',
      [
        'letter',
        'card-instalment',
        'tests/fixtures/case-files/invalid/agreement-zero-months.json',
        '--debt',
        'x',
      ],
      /youju letter: invalid case file at debts\[0\]/,
    ],
    [
      'missing file',
      ['letter', 'card-instalment', 'no/such.json', '--debt', 'card'],
      /cannot read no\/such\.json/,
    ],
    ['no --debt', ['letter', 'card-instalment', CARD], /^usage: youju letter/],
    [
      'bad --lang',
      ['letter', 'card-instalment', CARD, '--debt', 'card', '--lang', 'fr'],
      /^usage: youju letter/,
    ],
    ['bad --today', ['letter', 'card-instalment', CARD, '--debt', 'card', '--today', '25/11'], /^usage/],
  ];
  for (const [what, args, message] of failures) {
    it(`${what}: one clear stderr line, exit 2, nothing on stdout`, async () => {
      const r = await youju(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    });
  }

  it('an unknown field in --values is refused, naming it', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'youju-letter-')), 'v.json');
    writeFileSync(file, JSON.stringify({ 'borrower.nmae': 'x' }));
    const r = await youju(['letter', 'card-instalment', CARD, '--debt', 'card', '--values', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown field "borrower\.nmae"/);
  });

  it('parses --flag=value and rejects repeated flags', () => {
    expect(parseLetterArgs(['t', 'c.json', '--debt=d', '--lang=en'])).toEqual({
      template: 't',
      file: 'c.json',
      debt: 'd',
      lang: 'en',
    });
    expect(parseLetterArgs(['t', 'c.json', '--debt', 'a', '--debt', 'b'])).toBeNull();
  });
});

describe('youju letters', () => {
  it('lists every template id with its title', async () => {
    const r = await youju(['letters']);
    expect(r.status).toBe(0);
    const ids = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => l.split(/\s+/)[0]);
    expect(ids).toEqual([...TEMPLATE_IDS]);
    expect(r.stdout).toContain('个性化分期还款协商申请（信用卡）');
    const en = await youju(['letters', '--lang', 'en']);
    expect(en.stdout).toContain('Request for an individual instalment plan (credit card)');
    expect((await youju(['letters', '--lang', 'fr'])).status).toBe(2);
  });

  it('runs as the user runs it (tsx, spawned)', () => {
    const r = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['src/cli/youju.ts', 'letter', 'nope', CARD, '--debt', 'card'],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('youju letter: unknown template "nope" (youju letters lists them)\n');
    const ok = spawnSync(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [
        'src/cli/youju.ts',
        'letter',
        'stop-third-party',
        `${DIR}/old-debt.json`,
        '--debt',
        'old',
        '--lang',
        'en',
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 30_000 },
    );
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('Notice to stop contacting third parties');
  });
});
