// `youju deadlines` over generated letters of every type × rulingKind × procedure (docs/stages.md, "Deadlines";
// legal-facts.md §15, §16 R56–R57, R76–R80, R106). The expected ids and days come from the contract's table,
// written out here independently of the domain code; the real CLI runs once as a child process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LETTER_TYPES, PROCEDURES, RULING_KINDS } from '../../src/domain/case/types.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const RECEIVED = '2026-11-16'; // a Monday in 2026 (holiday table year)
const PRINTED = '2026-12-05'; // a Saturday: a printed day is never moved

const COURT_PAPERS = new Set([
  'court-summons',
  'payment-order',
  'judgment',
  'ruling',
  'enforcement-notice',
  'arbitration-award',
  'mediation-notice',
]);

/** The contract's "when" column, for one letter. */
function expectedIds(type: string, kind: string | undefined, procedure: string | undefined): string[] {
  const out: string[] = [];
  const simpleOrSmall = procedure === 'simple' || procedure === 'small-claims';
  if (type === 'court-summons' && !simpleOrSmall) out.push('answer', 'jurisdiction-objection');
  if (type === 'court-summons') out.push('hearing');
  if (type === 'payment-order') out.push('payment-order-objection');
  if (type === 'judgment')
    out.push(procedure === 'small-claims' ? 'retrial-small-claims' : 'appeal-judgment');
  if (type === 'ruling') {
    const appealable = kind === undefined || ['refusal', 'jurisdiction', 'dismissal'].includes(kind);
    const atOnce = procedure === 'small-claims' && (kind === 'jurisdiction' || kind === 'dismissal');
    if (appealable && !atOnce) out.push('appeal-ruling');
    if (kind === undefined || kind === 'preservation') out.push('review-ruling');
  }
  if (type === 'arbitration-award') out.push('set-aside-award');
  if (COURT_PAPERS.has(type)) out.push('stated');
  return out.sort();
}

/** Last days counted from Monday 2026-11-16 under Art. 85 with the 2026 table; 2027 days are not moved. */
const EXPECTED_DUE: Readonly<Record<string, string>> = {
  answer: '2026-12-01',
  'jurisdiction-objection': '2026-12-01',
  'payment-order-objection': '2026-12-01',
  'appeal-judgment': '2026-12-01',
  'appeal-ruling': '2026-11-26',
  'review-ruling': '2026-11-23', // 11-21 is a Saturday
  'retrial-small-claims': '2027-05-16', // a Sunday in a year with no table: kept
  'set-aside-award': '2027-02-16',
  stated: PRINTED,
  hearing: '2026-12-10',
};

interface Combo {
  readonly debtId: string;
  readonly type: string;
  readonly kind?: string;
  readonly procedure?: string;
}

const combos: Combo[] = [];
for (const type of LETTER_TYPES) {
  for (const kind of [undefined, ...RULING_KINDS]) {
    for (const procedure of [undefined, ...PROCEDURES]) {
      combos.push({
        debtId: `d${combos.length}`,
        type,
        ...(kind === undefined ? {} : { kind }),
        ...(procedure === undefined ? {} : { procedure }),
      });
    }
  }
}

function caseText(): string {
  const debts = combos.map((c) => ({ id: c.debtId, creditor: '某银行', kind: 'bank-loan' }));
  const entries = combos.map((c, i) => ({
    id: `e${i}`,
    debtId: c.debtId,
    kind: 'letter',
    at: `${RECEIVED}T09:00:00+08:00`,
    letter: {
      type: c.type,
      receivedOn: RECEIVED,
      ...(c.kind === undefined ? {} : { rulingKind: c.kind }),
      ...(c.procedure === undefined ? {} : { procedure: c.procedure }),
      statedDeadline: PRINTED,
      hearingOn: '2026-12-10',
    },
  }));
  // Art. 85 without a table: a summons received Friday 2027-02-19 → 15th day Saturday 2027-03-06, not moved.
  debts.push({ id: 'late', creditor: '某网贷', kind: 'bank-loan' });
  entries.push({
    id: 'late-summons',
    debtId: 'late',
    kind: 'letter',
    at: '2027-02-19T09:00:00+08:00',
    letter: { type: 'court-summons', receivedOn: '2027-02-19' } as (typeof entries)[number]['letter'],
  });
  return JSON.stringify({ format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai', debts, entries });
}

interface JsonDeadline {
  id: string;
  due: string;
  from: string | null;
  counting: string;
  movedFrom: string | null;
  period: unknown;
  notes: string[];
  citations: { id: string }[];
}
interface JsonDebt {
  debtId: string;
  deadlines: JsonDeadline[];
  needsDate: string[];
  senderDates: { day: string; from: string }[];
}

describe('youju deadlines over every letter type × rulingKind × procedure', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'youju-deadlines-'));
  const file = path.join(dir, 'papers.json');
  writeFileSync(file, caseText());
  const r = spawnSync(TSX, ['src/cli/youju.ts', 'deadlines', file, '--today', '2026-11-20'], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const out = JSON.parse(r.stdout || '{"debts":[]}') as { debts: JsonDebt[] };
  const byDebt = new Map(out.debts.map((d) => [d.debtId, d]));

  it('runs and prints every debt', () => {
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(out.debts).toHaveLength(combos.length + 1);
  });

  it.each(combos.map((c) => [`${c.type} / ${c.kind ?? '—'} / ${c.procedure ?? '—'}`, c] as const))(
    '%s gives the contract ids and last days',
    (_name, c) => {
      const debt = byDebt.get(c.debtId);
      expect(debt).toBeDefined();
      if (debt === undefined) return;
      // Demand letters also restart limitation; that is a creditor period tested elsewhere.
      const own = debt.deadlines.filter((d) => d.id !== 'limitation');
      expect(own.map((d) => d.id).sort()).toEqual(expectedIds(c.type, c.kind, c.procedure));
      for (const d of own) {
        expect(d.due, d.id).toBe(EXPECTED_DUE[d.id]);
        expect(d.citations.length, d.id).toBeGreaterThan(0);
        if (d.id === 'stated' || d.id === 'hearing') {
          expect(d).toMatchObject({ counting: 'as-printed', movedFrom: null, period: null });
        } else {
          expect(d.counting).toBe('court-art-85');
          expect(d.citations.map((x) => x.id)).toContain('minsufa-2023-85');
        }
      }
      const entryId = c.debtId.replace(/^d/, 'e');
      expect(debt.senderDates).toEqual(COURT_PAPERS.has(c.type) ? [] : [{ day: PRINTED, from: entryId }]);
      for (const d of own) expect(d.from).toBe(entryId);
      if (c.kind === undefined && c.type === 'ruling') {
        for (const d of own.filter((x) => x.id !== 'stated'))
          expect(d.notes).toContain('ruling-kind-unknown');
      }
    },
  );

  it('§15: a 2027 summons answer period ends on the counted Saturday, unmoved, with the check note', () => {
    const late = byDebt.get('late');
    const answer = late?.deadlines.find((d) => d.id === 'answer');
    expect(answer).toMatchObject({ due: '2027-03-06', movedFrom: null });
    expect(answer?.notes).toContain('rest-day-unshifted');
    expect(late?.needsDate).not.toContain('stated');
  });
});
