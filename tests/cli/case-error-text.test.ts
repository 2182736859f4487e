import { describe, expect, it } from 'vitest';
import { caseErrorText, interpolate } from '../../src/cli/case-error-text.ts';

describe('caseErrorText', () => {
  it('fills in the path and the parameters', () => {
    expect(caseErrorText({ code: 'negative', path: 'debts[0].principal', params: { value: -1 } })).toBe(
      '“debts[0].principal” must not be negative (it is -1).',
    );
  });
  it('leaves an unknown placeholder visible rather than inventing text', () => {
    expect(interpolate('a {{b}} {{ c }}', { c: 1 })).toBe('a {{b}} 1');
  });
  it('does not read inherited properties as values', () => {
    expect(interpolate('{{constructor}}', {})).toBe('{{constructor}}');
  });
});
