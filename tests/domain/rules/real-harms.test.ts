import { describe, expect, it } from 'vitest';
import type { ConductTag } from '../../../src/domain/case/types.ts';
import type { CheckRuleId } from '../../../src/domain/rules/rule.ts';
import { TABLE_A } from '../../../src/domain/rules/catalogue.ts';
import { DEFAULT_DEBT, call, caseOf, findingsOf, withoutDebt, type EntryInput } from './helpers.ts';

const sms = (at: string, extra: Partial<EntryInput> = {}): EntryInput => ({
  kind: 'sms',
  at,
  collector: { side: 'agency', name: '某催收公司' },
  ...extra,
});

/** `n` incoming texts on one Shanghai day, a minute apart from 09:00. */
const texts = (n: number, day = '2026-11-03', extra: Partial<EntryInput> = {}): EntryInput[] =>
  Array.from({ length: n }, (_, i) => sms(`${day}T09:${String(i).padStart(2, '0')}:00+08:00`, extra));

describe('message-flood (R84–R86): more than 10 incoming collection messages in one group and local day', () => {
  it('10 texts in a day are not flagged; 11 are, as one finding listing all 11', () => {
    expect(findingsOf(caseOf(texts(10)), 'message-flood')).toEqual([]);
    const [f, ...rest] = findingsOf(caseOf(texts(11)), 'message-flood');
    expect(rest).toEqual([]);
    expect(f?.entryIds).toHaveLength(11);
    expect(f?.params).toMatchObject({ floodSignalMessagesPerDay: 10, localDate: '2026-11-03', count: 11 });
  });

  it('counts SMS and chat messages together, but not calls, outgoing texts or the borrower’s notes', () => {
    const mixed = [
      ...texts(6),
      ...texts(5, '2026-11-03', { kind: 'message' }),
      call('2026-11-03T10:00:00+08:00'),
      sms('2026-11-03T10:01:00+08:00', { direction: 'outgoing' }),
      { kind: 'note', at: '2026-11-03T10:02:00+08:00' } as EntryInput,
    ];
    const [f] = findingsOf(caseOf(mixed), 'message-flood');
    expect(f?.params.count).toBe(11);
    expect(findingsOf(caseOf(mixed.slice(1)), 'message-flood')).toEqual([]);
  });

  it('uses the case’s time zone for the day: 23:30 UTC on the 2nd is the 3rd in Shanghai', () => {
    const late = sms('2026-11-02T23:30:00Z');
    expect(findingsOf(caseOf([...texts(10), late]), 'message-flood')[0]?.entryIds).toContain('e11');
  });

  it('counts per debt: 6 texts for each of two debts on one day are not a flood', () => {
    const d2 = { id: 'd2', creditor: '某网贷平台', kind: 'online-loan' } as const;
    const entries = [...texts(6), ...texts(6, '2026-11-03', { debtId: 'd2' })];
    expect(findingsOf(caseOf(entries, { debts: [DEFAULT_DEBT, d2] }), 'message-flood')).toEqual([]);
  });

  it('groups texts logged without a debt by the sender’s name', () => {
    const a = texts(11).map(withoutDebt);
    const [f] = findingsOf(caseOf(a), 'message-flood');
    expect(f?.debtId).toBeNull();
    expect(f?.entryIds).toHaveLength(11);
  });

  it('cites the Civil Code’s private-life rule, a statute, and from 2026 the no-contact order', () => {
    const [f] = findingsOf(caseOf(texts(11)), 'message-flood');
    expect(f?.severity).toBe('illegal');
    expect(f?.citationIds).toEqual(expect.arrayContaining(['minfadian-1033-1', 'zhian-2025-50-2']));
    const [old] = findingsOf(caseOf(texts(11, '2025-11-03')), 'message-flood');
    expect(old?.citationIds).toContain('zhian-2012-42-5');
    expect(old?.citationIds).not.toContain('zhian-2025-50-2');
  });

  it('R86: the catalogue lists the daily text limit as not confirmed, with no source', () => {
    expect(TABLE_A.find((r) => r.id === 'R86')).toMatchObject({ kind: 'not-confirmed', citationIds: [] });
  });
});

const TAGS: readonly (readonly [ConductTag, CheckRuleId])[] = [
  ['harassment', 'harassment'],
  ['property-damage', 'property-damage'],
  ['false-consequence', 'false-consequence'],
];

describe('the conduct tags added in 2026-12', () => {
  it.each(TAGS)('an entry tagged %s is flagged under %s, and only there', (tag, ruleId) => {
    const all = findingsOf(caseOf([call('2026-11-03T15:20:00+08:00', { tags: [tag] })]));
    expect(all.map((f) => [f.ruleId, f.entryIds])).toEqual([[ruleId, ['e1']]]);
  });

  it('R120: damage to property is a matter of the Criminal Law and the police, worded as illegal', () => {
    const [f] = findingsOf(caseOf([call('2026-11-03T15:20:00+08:00', { tags: ['property-damage'] })]));
    expect(f?.severity).toBe('illegal');
    expect(f?.citationIds).toEqual(expect.arrayContaining(['xingfa-275', 'zhian-2025-58']));
  });

  it('R90: invented consequences are an industry ban, never worded as illegal', () => {
    const [f] = findingsOf(caseOf([call('2026-11-03T15:20:00+08:00', { tags: ['false-consequence'] })]));
    expect(f?.severity).toBe('industry');
    expect(f?.contextCitationIds).toContain('minfadian-465');
  });
});

describe('collection-after-payoff (R119): collection of a debt recorded as paid off', () => {
  const paid = { ...DEFAULT_DEBT, paidOffOn: '2026-11-03' };

  it('a call on the payoff day is not flagged; one on the next local day is', () => {
    const entries = [call('2026-11-03T21:00:00+08:00'), call('2026-11-04T09:00:00+08:00')];
    const [f, ...rest] = findingsOf(caseOf(entries, { debts: [paid] }), 'collection-after-payoff');
    expect(rest).toEqual([]);
    expect(f?.entryIds).toEqual(['e2']);
    expect(f?.params).toMatchObject({ paidOffOn: '2026-11-03', count: 1 });
  });

  it('a collection letter counts by the day it was received, not the day it was logged', () => {
    const letter = (receivedOn: string): EntryInput => ({
      kind: 'letter',
      at: '2026-11-10T10:00:00+08:00',
      letter: { type: 'collection-notice', receivedOn },
    });
    expect(findingsOf(caseOf([letter('2026-11-02')], { debts: [paid] }), 'collection-after-payoff')).toEqual(
      [],
    );
    expect(
      findingsOf(caseOf([letter('2026-11-05')], { debts: [paid] }), 'collection-after-payoff')[0]?.entryIds,
    ).toEqual(['e1']);
  });

  it('one finding per debt, listing every later contact; a debt without paidOffOn gives none', () => {
    const entries = [call('2026-11-04T09:00:00+08:00'), sms('2026-11-06T09:00:00+08:00')];
    expect(findingsOf(caseOf(entries, { debts: [paid] }), 'collection-after-payoff')[0]?.entryIds).toEqual([
      'e1',
      'e2',
    ]);
    expect(findingsOf(caseOf(entries), 'collection-after-payoff')).toEqual([]);
  });

  it('the borrower’s own payment or outgoing message after payoff is not collection', () => {
    const entries = [
      { kind: 'payment', at: '2026-11-05T09:00:00+08:00' } as EntryInput,
      sms('2026-11-05T10:00:00+08:00', { direction: 'outgoing' }),
    ];
    expect(findingsOf(caseOf(entries, { debts: [paid] }), 'collection-after-payoff')).toEqual([]);
  });
});
