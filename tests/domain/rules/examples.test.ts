// The two shared example case files must give exactly their expected contract findings.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { evaluate } from '../../../src/domain/rules/evaluate.ts';
import { CHECK_RULE_IDS } from '../../../src/domain/rules/rule.ts';
import { NOW } from './helpers.ts';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/analyze');
const EXAMPLES = ['credit-card-harassment', 'online-loan-visit'];

interface Expected {
  findings: { ruleId: string; entryIds: string[] }[];
}

describe.each(EXAMPLES)('the shared example %s', (name) => {
  const parsed = parseCaseFile(readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
  const expected = JSON.parse(readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  if (!parsed.ok) throw new Error(`${name} does not parse`);

  it('gives exactly the expected contract findings, in order', () => {
    const contract: readonly string[] = CHECK_RULE_IDS;
    const actual = evaluate(parsed.value, { now: NOW })
      .filter((f) => contract.includes(f.ruleId))
      .map((f) => ({ ruleId: f.ruleId, entryIds: f.entryIds }));
    expect(actual).toEqual(expected.findings);
  });

  it('gives the same findings whatever `now` is and when asked twice', () => {
    const a = evaluate(parsed.value, { now: NOW });
    expect(evaluate(parsed.value, { now: 0 })).toEqual(a);
    expect(evaluate(parsed.value, { now: NOW })).toEqual(a);
  });
});

describe('the credit-card example in detail', () => {
  const parsed = parseCaseFile(readFileSync(path.join(DIR, 'credit-card-harassment.json'), 'utf8'));
  if (!parsed.ok) throw new Error('does not parse');
  const findings = evaluate(parsed.value, { now: NOW });

  it('the employer contact the day after an answered call is flagged, tracing back to that call', () => {
    const f = findings.find((x) => x.ruleId === 'third-party-while-reachable');
    expect(f?.trace.find((t) => t.condition === 'last-reachable-moment-before-contact')?.entryIds).toEqual([
      'a4',
    ]);
  });

  it('every finding names the debt', () => {
    expect(new Set(findings.map((f) => f.debtId))).toEqual(new Set(['cc']));
  });
});
