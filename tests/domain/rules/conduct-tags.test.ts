import { describe, expect, it } from 'vitest';
import type { ConductTag } from '../../../src/domain/case/types.ts';
import type { CheckRuleId } from '../../../src/domain/rules/rule.ts';
import { call, caseOf, findingsOf } from './helpers.ts';

const AT = '2026-11-03T15:20:00+08:00';

const TAG_RULE: readonly (readonly [ConductTag, CheckRuleId])[] = [
  ['threat', 'threat'],
  ['insult', 'insult'],
  ['violence', 'violence'],
  ['detention', 'detention'],
  ['public-exposure', 'public-exposure'],
  ['seized-property', 'seized-property'],
  ['urged-new-loan', 'urged-new-loan'],
  ['impersonated-authority', 'impersonated-authority'],
  ['fake-legal-document', 'impersonated-authority'],
  ['false-crime-claim', 'false-crime-claim'],
  ['extra-fee', 'improper-payment-demand'],
  ['personal-account-payment', 'improper-payment-demand'],
  ['private-social-account', 'private-social-account'],
];

describe('conduct tags (legal-facts.md Table A)', () => {
  it.each(TAG_RULE)('an entry tagged %s is flagged under %s, and only there', (tag, ruleId) => {
    const all = findingsOf(caseOf([call(AT, { tags: [tag] })]));
    expect(all.map((f) => [f.ruleId, f.entryIds])).toEqual([[ruleId, ['e1']]]);
  });

  it('an untagged entry raises no conduct finding', () => {
    expect(findingsOf(caseOf([call(AT, { tags: [] }), call(AT)]))).toEqual([]);
  });

  it('a threat logged in the borrower’s own note is still flagged', () => {
    const [f] = findingsOf(caseOf([{ kind: 'note', at: AT, tags: ['threat'] }]), 'threat');
    expect(f?.entryIds).toEqual(['e1']);
  });

  it('one entry with both payment tags gives one improper-payment-demand finding naming both', () => {
    const fs = findingsOf(caseOf([call(AT, { tags: ['extra-fee', 'personal-account-payment'] })]));
    expect(fs).toHaveLength(1);
    expect(fs[0]?.trace[0]?.values).toEqual({ tags: ['extra-fee', 'personal-account-payment'] });
  });

  it('a forged legal document cites 刑法 280 as well as 279; impersonation alone cites 279 only', () => {
    const [forged] = findingsOf(
      caseOf([call(AT, { tags: ['fake-legal-document'] })]),
      'impersonated-authority',
    );
    const [posed] = findingsOf(
      caseOf([call(AT, { tags: ['impersonated-authority'] })]),
      'impersonated-authority',
    );
    expect(forged?.citationIds).toEqual(expect.arrayContaining(['xingfa-279', 'xingfa-280']));
    expect(posed?.citationIds).toContain('xingfa-279');
    expect(posed?.citationIds).not.toContain('xingfa-280');
    expect(forged?.severity).toBe('illegal');
  });

  it('"overdue is a crime" is an industry ban; 刑法 196 is context, so the finding is not called illegal', () => {
    const [f] = findingsOf(caseOf([call(AT, { tags: ['false-crime-claim'] })]), 'false-crime-claim');
    expect(f?.severity).toBe('industry');
    expect(f?.citationIds).toEqual(['cba-2026']);
    expect(f?.contextCitationIds).toEqual(['xingfa-196', 'spc-overdraft-2018']);
  });

  it('a threat in 2025 cites 治安 2012 Art. 42(1); in 2026 the 2025 revision Art. 50(1)(1), wording as reported (§16 R87)', () => {
    const c = caseOf([
      call('2025-12-31T23:59:59+08:00', { tags: ['threat'] }),
      call(AT, { tags: ['threat'] }),
    ]);
    const [old, current] = findingsOf(c, 'threat');
    expect(old?.citationIds).toContain('zhian-2012-42-1');
    expect(old?.citationIds).not.toContain('zhian-2025-50-1-1');
    expect(current?.citationIds).toContain('zhian-2025-50-1-1');
    expect(current?.citationIds).not.toContain('zhian-2012-42-1');
  });

  it('lender-specific sources are added by debt kind: a microloan threat cites 小贷办法 item 2', () => {
    const c = caseOf([call(AT, { tags: ['threat'] })], {
      debts: [{ id: 'd1', creditor: '某小贷公司', kind: 'microloan' }],
    });
    const [f] = findingsOf(c, 'threat');
    expect(f?.citationIds).toContain('xiaodai-2025-item2');
    expect(f?.citationIds).not.toContain('xinyongka-68');
  });

  it('improper payment demands and private social accounts are industry rules, not "illegal"', () => {
    const fs = findingsOf(
      caseOf([call(AT, { tags: ['extra-fee', 'private-social-account', 'urged-new-loan'] })]),
    );
    expect(fs.map((f) => [f.ruleId, f.severity])).toEqual([
      ['improper-payment-demand', 'industry'],
      ['private-social-account', 'industry'],
      ['urged-new-loan', 'industry'],
    ]);
  });
});
