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
