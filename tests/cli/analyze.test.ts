// Runs the real `youju analyze` (tsx src/cli/youju.ts) on the fixtures, and the command in-process for the text of
// every rule in both languages.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCommand, parseArgs, textReport } from '../../src/cli/commands/analyze.ts';
import type { CliIo } from '../../src/cli/command.ts';
import { citationById } from '../../src/domain/citations/citations.ts';
import type { CitationId } from '../../src/domain/citations/citations.ts';
import { isIllegalForce } from '../../src/domain/citations/citation.ts';
import type { ConductTag } from '../../src/domain/case/types.ts';
import { CONDUCT_TAGS } from '../../src/domain/case/types.ts';
import { evaluate } from '../../src/domain/rules/evaluate.ts';
import { CHECK_RULE_IDS } from '../../src/domain/rules/rule.ts';
import { call, caseOf, NOW } from '../domain/rules/helpers.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIXTURES = 'tests/fixtures/analyze';

function youju(args: string[]) {
  const r = spawnSync(TSX, ['src/cli/youju.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  ruleId: string;
  debtId: string | null;
  entryIds: string[];
  severity: string;
  citations: {
    id: string;
    instrument: string;
    article: string | null;
    binding: string;
    confidence: string;
    articleUnverified: boolean;
    role: string;
  }[];
  trace: { condition: string; entryIds: string[] }[];
}

const expected = (name: string) =>
  (
    JSON.parse(readFileSync(path.join(ROOT, FIXTURES, `${name}.expected.json`), 'utf8')) as {
      findings: { ruleId: string; entryIds: string[] }[];
    }
  ).findings;

function expectNoStack(text: string): void {
  expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(text).not.toMatch(/Error:|node:internal/);
}

describe('youju analyze (spawned)', () => {
  it.each(['credit-card-harassment', 'online-loan-visit'])(
    '%s: the expected findings as JSON, exit 0',
    (name) => {
      const r = youju(['analyze', `${FIXTURES}/${name}.json`]);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      const { findings } = JSON.parse(r.stdout) as { findings: JsonFinding[] };
      const contract: readonly string[] = CHECK_RULE_IDS;
      expect(
        findings
          .filter((f) => contract.includes(f.ruleId))
          .map((f) => ({ ruleId: f.ruleId, entryIds: f.entryIds })),
      ).toEqual(expected(name));
      for (const f of findings) {
        expect(f.citations.length).toBeGreaterThan(0);
        expect(f.trace.length).toBeGreaterThan(0);
        for (const c of f.citations) {
          expect(Object.keys(c)).toEqual(
            expect.arrayContaining([
              'id',
              'instrument',
              'article',
              'binding',
              'confidence',
              'articleUnverified',
            ]),
          );
          expect(c).toMatchObject({ binding: citationById(c.id as CitationId).binding });
        }
        const illegal = f.citations.some(
          (c) => c.role === 'basis' && isIllegalForce(citationById(c.id as CitationId).binding),
        );
        expect(f.severity === 'illegal', f.ruleId).toBe(illegal);
      }
    },
  );

  it('prints a readable Chinese report with --format text (default language zh-CN)', () => {
    const r = youju(['analyze', `${FIXTURES}/online-loan-visit.json`, '--format', 'text']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('发现 3 处');
    expect(r.stdout).toContain('违法');
    expect(r.stdout).toContain('《中华人民共和国刑法》第245条');
    expect(r.stdout).toContain('不是法律意见');
    expect(r.stdout).not.toContain('{{');
  });

  it('prints an English report with --lang en', () => {
    const r = youju(['analyze', `${FIXTURES}/credit-card-harassment.json`, '--format=text', '--lang=en']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('8 possible breaches found');
    expect(r.stdout).toContain('not legal advice');
    // The person helping may not read Chinese: no Chinese text in the English report.
    expect(r.stdout).not.toMatch(/[\u4e00-\u9fff]/u);
  });

  it('an entry without a time zone offset: exit 2, one line on stderr naming its path, nothing on stdout', () => {
    const r = youju(['analyze', `${FIXTURES}/invalid-at-without-offset.json`]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('entries[2].at');
    expectNoStack(r.stderr);
  });

  it('several problems: still one line, naming the first path and how many more', () => {
    const r = youju(['analyze', `${FIXTURES}/invalid-several-errors.json`]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/debts\[0\]\.creditor.*\+2 more/);
    expectNoStack(r.stderr);
  });

  it('text that is not JSON: exit 2, one line naming the root path $', () => {
    const r = youju(['analyze', `${FIXTURES}/invalid-not-json.txt`, '--format', 'text']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(' at $');
    expectNoStack(r.stderr);
  });

  it('a missing file or bad arguments: exit 2, one line, no stack trace', () => {
    for (const args of [
      ['analyze', 'no-such-file.json'],
      ['analyze'],
      ['analyze', 'x.json', '--format', 'xml'],
    ]) {
      const r = youju(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expectNoStack(r.stderr);
    }
  });
});

describe('youju analyze (in process)', () => {
  it('reads its options', () => {
    expect(parseArgs(['c.json'])).toEqual({ file: 'c.json', format: 'json', lang: 'zh-CN' });
    expect(parseArgs(['--lang', 'en', 'c.json', '--format=text'])).toEqual({
      file: 'c.json',
      format: 'text',
      lang: 'en',
    });
    expect(parseArgs(['c.json', 'd.json'])).toBeNull();
    expect(parseArgs(['c.json', '--lang', 'fr'])).toBeNull();
    expect(parseArgs(['c.json', '--verbose'])).toBeNull();
    expect(parseArgs([])).toBeNull();
  });

  it('reads standard input with "-"', async () => {
    const text = readFileSync(path.join(ROOT, FIXTURES, 'online-loan-visit.json'), 'utf8');
    const out: string[] = [];
    const io: CliIo = { out: (t) => out.push(t), err: () => undefined, readText: async () => text };
    expect(await analyzeCommand.run(['-'], io)).toBe(0);
    expect((JSON.parse(out.join('')) as { findings: unknown[] }).findings).toHaveLength(3);
  });

  // One entry per conduct tag plus the other rules, so every rule's text is rendered in both languages.
  const everything = caseOf(
    [
      ...CONDUCT_TAGS.map((tag: ConductTag) => call('2026-11-03T23:00:00+08:00', { tags: [tag] })),
      {
        kind: 'visit',
        at: '2026-11-04T10:00:00+08:00',
        visit: { collectors: 1, idShown: false, entered: true, place: 'home' },
      },
      { kind: 'visit', at: '2026-11-04T11:00:00+08:00', visit: { entered: true, place: 'workplace' } },
      {
        kind: 'third-party-contact',
        at: '2026-11-04T12:00:00+08:00',
        thirdParty: { relation: 'employer', disclosedDebt: true },
      },
      ...Array.from({ length: 7 }, (_, i) => call(`2026-11-05T1${i}:00:00+08:00`, { answered: false })),
      call('2026-11-06T10:00:00+08:00', { collector: { side: 'agency', name: '某外包' } }),
      ...Array.from({ length: 11 }, (_, i) => ({
        kind: 'sms' as const,
        at: `2026-11-07T1${i % 10}:0${Math.floor(i / 10)}:00+08:00`,
      })),
    ],
    {
      debts: [
        {
          id: 'd1',
          creditor: 'A',
          kind: 'credit-card',
          agreements: [{ kind: 'installment', signedOn: '2026-11-01' }],
          paidOffOn: '2026-11-06',
        },
      ],
    },
  );
  const findings = evaluate(everything, { now: NOW });

  it.each(['zh-CN', 'en'] as const)('renders every rule in %s with no placeholder left', (lang) => {
    expect(new Set(findings.map((f) => f.ruleId))).toEqual(new Set(CHECK_RULE_IDS));
    const text = textReport(findings, everything, 'case.json', lang);
    expect(text).not.toMatch(/\{\{|undefined|null|NaN/);
    expect(text.split('\n').filter((l) => /^\d+\. /.test(l))).toHaveLength(findings.length);
  });

  it('says "illegal" only for findings whose own sources include LAW, JI or AR', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const word = lang === 'zh-CN' ? '违法' : 'Illegal';
      for (const f of findings) {
        const block = textReport([f], everything, 'case.json', lang);
        const illegal = f.citationIds.some((id) => isIllegalForce(citationById(id).binding));
        expect(block.includes(`   ${word}`), `${lang} ${f.ruleId}`).toBe(illegal);
      }
    }
  });

  it('writes Chinese article numbers the Chinese way and English ones the English way', () => {
    const one = caseOf([call('2026-11-03T10:00:00+08:00', { tags: ['detention'] })]);
    const single = evaluate(one, { now: NOW });
    expect(textReport(single, one, 'c', 'zh-CN')).toContain('《中华人民共和国刑法》第238条第3款');
    expect(textReport(single, one, 'c', 'en')).toContain('Criminal Law of the PRC, Art. 238 para 3');
  });
});
