// The claims added for what borrowers and their families are told most: an account freeze "today", a child's
// schooling, and contacts who "must pay". Each answer is held to the sheet's rows it states.
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/lawful.json';
import zh from '../../../locales/zh-CN/lawful.json';
import { claimById } from '../../../src/domain/rules/claims.ts';

describe('claims added from legal-facts §16', () => {
  it('R57: "we freeze all your cards today" — only a court freezes, and a preservation ruling gets one review within 5 days while the freeze stays on', () => {
    expect(claimById('freeze-all-accounts')?.citationIds).toEqual(
      expect.arrayContaining(['minsufa-2023-111', 'spc-minsufa-interp-171']),
    );
    expect(zh.claim['freeze-all-accounts'].truth).toContain('5 日内');
    expect(zh.claim['freeze-all-accounts'].truth).toContain('复议期间冻结不解除');
    expect(en.claim['freeze-all-accounts'].truth).toContain('the freeze stays on');
  });

  it('R115: the same bank may set off its card debt against a deposit there, by notice — the answer does not hide it', () => {
    expect(claimById('freeze-all-accounts')?.citationIds).toContain('minfadian-568');
    expect(zh.claim['freeze-all-accounts'].truth).toContain('抵销');
  });

  it('R68: the only schooling rule is the court’s ban on high-fee private schools in enforcement; no promise is made', () => {
    expect(claimById('children-school')?.citationIds).toContain('spc-consumption-limit-2015');
    expect(zh.claim['children-school'].short).toContain('高收费私立学校');
    expect(zh.claim['children-school'].truth).not.toMatch(/一定|保证/);
  });

  it('R91–R94: contacts owe nothing without a written guarantee; spouses only for joint debts; heirs up to the estate', () => {
    expect(claimById('contacts-must-pay')?.citationIds).toEqual(
      expect.arrayContaining(['minfadian-465', 'minfadian-685-687', 'minfadian-1064', 'minfadian-1161']),
    );
    const words = zh.claim['contacts-must-pay'];
    expect(words.short).toContain('书面担保');
    expect(words.truth).toContain('遗产的实际价值为限');
    expect(en.claim['contacts-must-pay'].short).toContain('written guarantee');
  });
});

describe('"family must pay" (§16 R90, R91, R93, R94)', () => {
  it('R91: being family is no ground; the answer cites the rule that a contract binds only its parties', () => {
    expect(claimById('family-must-pay')?.citationIds).toContain('minfadian-465');
    expect(zh.claim['family-must-pay'].short).toContain('家人不因为是家人就要还钱');
    expect(zh.claim['family-must-pay'].truth).toContain('没有“父债子还”');
    expect(en.claim['family-must-pay'].short).toContain('Being family does not make anyone liable');
  });

  it('R93: a spouse only for a joint debt, a larger one only if the creditor proves it', () => {
    expect(claimById('family-must-pay')?.citationIds).toContain('minfadian-1064');
    expect(zh.claim['family-must-pay'].truth).toContain('要由债权人证明');
    expect(en.claim['family-must-pay'].truth).toContain('the creditor must prove');
  });

  it('R94: heirs up to the estate, nothing if they renounce', () => {
    expect(claimById('family-must-pay')?.citationIds).toContain('minfadian-1161');
    expect(zh.claim['family-must-pay'].truth).toContain('以所得遗产的实际价值为限');
    expect(zh.claim['family-must-pay'].truth).toContain('放弃继承的，可以不负清偿责任');
    expect(en.claim['family-must-pay'].truth).toContain('renounces the inheritance owes nothing');
  });

  it('R90: "your family must pay" is an exaggeration industry rules prohibit, not "illegal"', () => {
    expect(claimById('family-must-pay')?.citationIds).toContain('cba-2026');
    expect(zh.claim['family-must-pay'].truth).toContain('行业规则禁止');
    expect(zh.claim['family-must-pay'].truth).not.toContain('违法');
    expect(en.claim['family-must-pay'].truth).not.toMatch(/illegal/i);
  });
});
