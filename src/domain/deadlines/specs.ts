/**
 * Each deadline's period, counting rule, sources and notes, copied from legal-facts.md §9, §8(a), §4 limitation,
 * §13 Table B and §15. The counting rule's own citation is added by compute.ts.
 */
import type { LetterType } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { CountingRule, DeadlineId, NoteCode } from './types.ts';

export interface DeadlineSpec {
  readonly id: DeadlineId;
  readonly period: { readonly unit: 'days' | 'months' | 'years'; readonly count: number };
  readonly counting: CountingRule;
  readonly citationIds: readonly CitationId[];
  readonly notes: readonly NoteCode[];
  /** The date is an estimate even when the start day is certain. */
  readonly estimate: boolean;
}

const COURT = 'court-art-85' as const;

export const SPECS: Readonly<Record<DeadlineId, DeadlineSpec>> = {
  // 民事诉讼法 Art. 128: answer within 15 days of receipt; 30 with no domicile in China (Art. 285).
  answer: {
    id: 'answer',
    period: { unit: 'days', count: 15 },
    counting: COURT,
    citationIds: ['minsufa-2023-128', 'minsufa-2023-285'],
    notes: ['no-domicile-30-days'],
    estimate: false,
  },
  // Art. 130: within the answer period.
  'jurisdiction-objection': {
    id: 'jurisdiction-objection',
    period: { unit: 'days', count: 15 },
    counting: COURT,
    citationIds: ['minsufa-2023-130', 'minsufa-2023-128'],
    notes: ['within-answer-period'],
    estimate: false,
  },
  // Art. 171: judgment 15 days from service; 30 with no domicile in China (Art. 286).
  'appeal-judgment': {
    id: 'appeal-judgment',
    period: { unit: 'days', count: 15 },
    counting: COURT,
    citationIds: ['minsufa-2023-171', 'minsufa-2023-286'],
    notes: ['no-domicile-30-days'],
    estimate: false,
  },
  'appeal-ruling': {
    id: 'appeal-ruling',
    period: { unit: 'days', count: 10 },
    counting: COURT,
    citationIds: ['minsufa-2023-171', 'minsufa-2023-286'],
    notes: ['no-domicile-30-days'],
    estimate: false,
  },
  // Art. 227: pay or object in writing within 15 days of receipt.
  'payment-order-objection': {
    id: 'payment-order-objection',
    period: { unit: 'days', count: 15 },
    counting: COURT,
    citationIds: ['minsufa-2023-227'],
    notes: ['object-in-writing'],
    estimate: false,
  },
  // 征信条例 Art. 25 / 26: the sheet gives the days, not how they are counted.
  'credit-objection-reply': {
    id: 'credit-objection-reply',
    period: { unit: 'days', count: 20 },
    counting: 'civil-201-203',
    citationIds: ['zhengxin-25'],
    notes: ['counting-rule-assumed', 'user-entered-start'],
    estimate: true,
  },
  'pboc-complaint-reply': {
    id: 'pboc-complaint-reply',
    period: { unit: 'days', count: 30 },
    counting: 'civil-201-203',
    citationIds: ['zhengxin-26'],
    notes: ['counting-rule-assumed', 'user-entered-start'],
    estimate: true,
  },
  // 民法典 Arts. 188, 189, 192, 193, 195; SPC 诉讼时效规定 Arts. 8, 14, 19 (§1 item 10, §4).
  limitation: {
    id: 'limitation',
    period: { unit: 'years', count: 3 },
    counting: 'civil-201-203',
    citationIds: [
      'minfadian-188',
      'minfadian-189',
      'minfadian-195',
      'spc-limitation-8',
      'spc-limitation-14',
      'minfadian-193',
      'minfadian-192',
      'spc-limitation-19',
    ],
    notes: [
      'installment-runs-from-last-due',
      'acknowledging-restarts',
      'must-be-pleaded',
      'paying-after-expiry-waives',
    ],
    estimate: true,
  },
  // Art. 250: 2 years; the sheet gives no start day, so only a user-entered one is used. It can be suspended or
  // interrupted like the limitation period.
  'enforcement-application': {
    id: 'enforcement-application',
    period: { unit: 'years', count: 2 },
    counting: COURT,
    citationIds: ['minsufa-2023-250'],
    notes: ['creditor-period', 'user-entered-start'],
    estimate: true,
  },
  // 征信条例 Art. 16: kept 5 years from the day the debt ends, then deleted.
  'negative-record-end': {
    id: 'negative-record-end',
    period: { unit: 'years', count: 5 },
    counting: 'calendar',
    citationIds: ['zhengxin-16'],
    notes: ['record-kept-until', 'user-entered-start', 'counting-rule-assumed'],
    estimate: true,
  },
};

/** Court papers received and the deadlines they start. */
export const LETTER_DEADLINES: Readonly<Partial<Record<LetterType, readonly DeadlineId[]>>> = {
  'court-summons': ['answer', 'jurisdiction-objection'],
  judgment: ['appeal-judgment'],
  ruling: ['appeal-ruling'],
  'payment-order': ['payment-order-objection'],
};

/** Letters that carry a demand from the creditor side (民法典 195(1), (3); SPC 诉讼时效 Art. 8). */
export const DEMAND_LETTERS: readonly LetterType[] = [
  'collection-notice',
  'lawyer-letter',
  'court-summons',
  'payment-order',
];
