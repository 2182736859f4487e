// Builds small case files for the rule tests. Every case goes through the real parser, so a test can never rely
// on a file the app would refuse.
import { expect } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import type { CaseFile, Debt, Entry } from '../../../src/domain/case/types.ts';
import { evaluate } from '../../../src/domain/rules/evaluate.ts';
import type { Finding } from '../../../src/domain/rules/evaluate.ts';
import type { CheckRuleId } from '../../../src/domain/rules/rule.ts';

/** A fixed present for every rule test (after all logged contacts). */
export const NOW = Date.parse('2026-11-25T12:00:00+08:00');

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
export type EntryInput = Partial<Mutable<Entry>> & Pick<Entry, 'kind' | 'at'>;

export const DEFAULT_DEBT: Debt = { id: 'd1', creditor: '某银行信用卡中心', kind: 'credit-card' };

export interface CaseOptions {
  readonly timeZone?: string;
  readonly debts?: readonly Debt[];
}

/** Entries get ids e1, e2, … in the order given and belong to debt d1 unless they say otherwise. */
export function caseOf(entries: readonly EntryInput[], options: CaseOptions = {}): CaseFile {
  const raw = {
    format: 'youju.case',
    version: 1,
    timeZone: options.timeZone ?? 'Asia/Shanghai',
    debts: options.debts ?? [DEFAULT_DEBT],
    entries: entries.map((e, i) => {
      const entry: Partial<Mutable<Entry>> = { id: `e${i + 1}`, debtId: 'd1', ...e };
      if (entry.debtId === undefined) delete entry.debtId;
      return entry;
    }),
  };
  const parsed = parseCaseFile(raw);
  if (!parsed.ok) throw new Error(`test case is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.value;
}

/** An entry logged without a debt (caseOf otherwise puts every entry under d1). */
export const withoutDebt = (e: EntryInput): EntryInput => ({ ...e, debtId: undefined });

export const call = (at: string, extra: Partial<Mutable<Entry>> = {}): EntryInput => ({
  kind: 'call',
  at,
  answered: true,
  collector: { side: 'lender', name: '信用卡中心' },
  ...extra,
});

export const missed = (at: string, extra: Partial<Mutable<Entry>> = {}): EntryInput =>
  call(at, { answered: false, ...extra });

export function findingsOf(c: CaseFile, ruleId?: CheckRuleId, timeZone?: string): readonly Finding[] {
  const all = evaluate(c, timeZone === undefined ? { now: NOW } : { now: NOW, timeZone });
  return ruleId === undefined ? all : all.filter((f) => f.ruleId === ruleId);
}

/** The entry ids of each finding of one rule. */
export function flagged(
  entries: readonly EntryInput[],
  ruleId: CheckRuleId,
  options?: CaseOptions,
): string[][] {
  return findingsOf(caseOf(entries, options), ruleId).map((f) => [...f.entryIds]);
}

export function expectNone(entries: readonly EntryInput[], ruleId: CheckRuleId, options?: CaseOptions): void {
  expect(flagged(entries, ruleId, options)).toEqual([]);
}
