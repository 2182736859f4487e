import { describe, expect, it } from 'vitest';
import { templateById } from '../../../src/domain/letters/catalogue.ts';
import { CHECK_RULE_IDS } from '../../../src/domain/rules/rule.ts';
import { LETTER_DEBT_KINDS, actionsFor } from '../../../src/features/findings/actions.ts';

describe('what the findings screen offers', () => {
  it('links only letters that exist, for the debt kinds their templates are written for', () => {
    for (const [id, kinds] of Object.entries(LETTER_DEBT_KINDS)) {
      const template = templateById(id);
      expect(template?.id).toBe(id);
      expect(template?.debtKinds).toEqual(kinds);
    }
  });

  it('offers something for every rule, and never 12378 for a private loan or a debt-less entry', () => {
    for (const ruleId of CHECK_RULE_IDS) {
      const card = actionsFor({ ruleId, params: { place: 'home' } }, 'credit-card');
      expect(card.letters.length + card.channels.length).toBeGreaterThan(0);
      expect(card.channels).toContain('12378');
      expect(actionsFor({ ruleId, params: {} }, 'private-loan').channels).not.toContain('12378');
      expect(actionsFor({ ruleId, params: {} }, undefined).channels).not.toContain('12378');
    }
  });

  it('sends unlawful entry to 110 only at home, and threats, violence, detention and impersonation always', () => {
    expect(
      actionsFor({ ruleId: 'visit-entry-without-consent', params: { place: 'home' } }, 'microloan').channels,
    ).toEqual(['110']);
    const work = actionsFor(
      { ruleId: 'visit-entry-without-consent', params: { place: 'workplace' } },
      'microloan',
    );
    expect(work.channels).toEqual([]);
    expect(work.letters).not.toContain('police-statement');
    for (const ruleId of ['threat', 'violence', 'detention', 'impersonated-authority'] as const) {
      expect(actionsFor({ ruleId, params: {} }, 'online-loan').channels).toContain('110');
    }
    expect(actionsFor({ ruleId: 'insult', params: {} }, 'online-loan').channels).not.toContain('110');
  });

  it('names 12321 for calls only (harassing calls and spam SMS)', () => {
    expect(actionsFor({ ruleId: 'quiet-hours', params: {} }, 'private-loan').channels).toEqual(['12321']);
    expect(actionsFor({ ruleId: 'third-party-disclosure', params: {} }, 'private-loan').channels).toEqual([]);
  });
});
