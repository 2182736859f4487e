// Runs the real `youju deadlines` (tsx src/cli/youju.ts) as a child process, like the user would.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDeadlineArgs } from '../../src/cli/commands/deadlines.ts';
import { citationById, isCitationId } from '../../src/domain/citations/citations.ts';
import type { CitationId } from '../../src/domain/citations/citations.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const FIXTURE = 'tests/fixtures/deadlines/three-debts.json';
const SPAWN_TIMEOUT = 30_000;

function youju(args: string[]) {
  const r = spawnSync(TSX, ['src/cli/youju.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDeadline {
  id: string;
  due: string;
  from: string | null;
  movedFrom: string | null;
  estimate: boolean;
  citations: {
    id: string;
    instrument: string;
    article: string | null;
    binding: string;
    confidence: string;
  }[];
}
interface JsonOut {
  today: string;
  debts: {
    debtId: string;
    stage: string;
    stageBasis: string;
    daysOverdue: number | null;
    deadlines: JsonDeadline[];
    needsDate: string[];
  }[];
}

const run = (args: string[]): JsonOut => {
  const r = youju(['deadlines', ...args]);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as JsonOut;
};

describe('youju deadlines (spawned)', () => {
  it(
    'prints each debt with its stage and deadlines, each deadline with its source entry and citations',
    () => {
      const out = run([FIXTURE, '--today', '2026-11-25']);
      expect(out.today).toBe('2026-11-25');
      expect(out.debts.map((d) => [d.debtId, d.stage, d.stageBasis, d.daysOverdue])).toEqual([
        ['cc', 'payment-order', 'event', 100],
        ['ol', 'lawsuit', 'event', 85],
        ['pl', 'overdue', 'days', 298],
      ]);
      const [cc, ol, pl] = out.debts;
      expect(cc?.deadlines.map((d) => [d.id, d.due, d.from])).toEqual([
        ['payment-order-objection', '2026-11-27', 'po'],
        ['limitation', '2029-11-12', 'po'],
      ]);
      // The summons was logged at 2026-11-09T23:30Z = 11-10 07:30 in Shanghai: 15 days end on 11-25.
      expect(ol?.deadlines.map((d) => [d.id, d.due, d.from])).toEqual([
        ['answer', '2026-11-25', 'cs'],
        ['jurisdiction-objection', '2026-11-25', 'cs'],
        ['limitation', '2029-11-12', 'cs'],
      ]);
      expect(pl?.deadlines.map((d) => [d.id, d.due, d.from, d.estimate])).toEqual([
        ['limitation', '2029-01-31', null, true],
      ]);
      for (const debt of out.debts) {
        expect(debt.needsDate).toContain('negative-record-end');
        for (const d of debt.deadlines) {
          expect(d.citations.length).toBeGreaterThan(0);
          for (const c of d.citations) {
            expect(isCitationId(c.id), c.id).toBe(true);
            expect(c).toMatchObject({
              binding: citationById(c.id as CitationId).binding,
              confidence: citationById(c.id as CitationId).confidence,
            });
          }
        }
      }
      expect(cc?.deadlines[0]?.citations.map((c) => c.id)).toEqual(['minsufa-2023-227', 'minsufa-2023-85']);
      expect(cc?.deadlines[0]?.citations[0]?.instrument).toBe('中华人民共和国民事诉讼法（2023修正）');
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'a later --today marks passed deadlines; --lang en names instruments in English',
    () => {
      const out = run([FIXTURE, '--today=2026-12-01', '--lang', 'en']);
      const cc = out.debts.find((d) => d.debtId === 'cc');
      expect(cc?.deadlines[0]).toMatchObject({ id: 'payment-order-objection', passed: true });
      expect(cc?.deadlines[0]?.citations[0]?.instrument).toBe(
        'Civil Procedure Law of the PRC (2023 amendment)',
      );
      expect(out.debts.find((d) => d.debtId === 'pl')?.daysOverdue).toBe(304);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'without --today uses today in the case time zone',
    () => {
      const out = run([FIXTURE]);
      expect(out.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const shanghai = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.now());
      const before = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
        Date.now() - 60_000,
      );
      expect([shanghai, before]).toContain(out.today);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'an invalid case file: exit 2, one stderr line naming the path, nothing on stdout',
    () => {
      const r = youju([
        'deadlines',
        'tests/fixtures/analyze/invalid-at-without-offset.json',
        '--today',
        '2026-11-25',
      ]);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('youju deadlines: invalid case file at entries[2].at');
      expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
    SPAWN_TIMEOUT * 2,
  );

  it(
    'a bad --today or a missing file: exit 2, one line',
    () => {
      for (const args of [[FIXTURE, '--today', '2026-02-30'], ['no-such-file.json']]) {
        const r = youju(['deadlines', ...args]);
        expect(r.status, args.join(' ')).toBe(2);
        expect(r.stdout).toBe('');
        expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      }
    },
    SPAWN_TIMEOUT * 3,
  );
});

describe('deadlines arguments', () => {
  it('accepts a file, --today and --lang in either form; refuses the rest', () => {
    expect(parseDeadlineArgs(['c.json'])).toEqual({ file: 'c.json', lang: 'zh-CN' });
    expect(parseDeadlineArgs(['c.json', '--today', '2026-11-25', '--lang=en'])).toEqual({
      file: 'c.json',
      today: '2026-11-25',
      lang: 'en',
    });
    expect(parseDeadlineArgs([])).toBeNull();
    expect(parseDeadlineArgs(['c.json', '--today'])).toBeNull();
    expect(parseDeadlineArgs(['c.json', '--today', '25/11/2026'])).toBeNull();
    expect(parseDeadlineArgs(['a.json', 'b.json'])).toBeNull();
    expect(parseDeadlineArgs(['c.json', '--format', 'text'])).toBeNull();
    expect(parseDeadlineArgs(['c.json', '--lang', 'en', 'd.json'])).toBeNull();
    expect(parseDeadlineArgs(['--lang', 'en', 'c.json'])).toEqual({ file: 'c.json', lang: 'en' });
  });
});
