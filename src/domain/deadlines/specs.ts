/**
 * Each deadline's period, counting rule, sources and notes, copied from legal-facts.md §9, §8(a), §4 limitation,
 * §13 Table B, §15 and §16 (R56–R57, R76–R83, R106). The counting rule's own citation is added by compute.ts.
 */
import type { LetterType } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { CountingRule, DeadlineId, NoteCode } from './types.ts';

interface DeadlineSpec {
  readonly id: DeadlineId;
  /** Absent for a day printed on the paper ('as-printed'). */
  readonly period?: { readonly unit: 'days' | 'months' | 'years'; readonly count: number };
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
  // R56: only refusal, jurisdiction and dismissal rulings can be appealed, within 10 days of service (Arts. 157,
  // 171); in small claims the jurisdiction and dismissal rulings take effect at once (解释 276–277).
  'appeal-ruling': {
    id: 'appeal-ruling',
    period: { unit: 'days', count: 10 },
    counting: COURT,
    citationIds: ['minsufa-2023-157', 'minsufa-2023-171', 'spc-minsufa-interp-276-277', 'minsufa-2023-286'],
    notes: ['no-domicile-30-days'],
    estimate: false,
  },
  // R57: a preservation ruling is not appealable; review once within 5 days of receipt, the freeze stays on
  // (Art. 111; 解释 171; 财产保全规定 Art. 25).
  'review-ruling': {
    id: 'review-ruling',
    period: { unit: 'days', count: 5 },
    counting: COURT,
    citationIds: ['minsufa-2023-111', 'spc-minsufa-interp-171', 'spc-preservation-25'],
    notes: ['review-once-freeze-stays'],
    estimate: false,
  },
  // R77, R80: small claims are final at first instance; retrial within 6 months (解释 424; Art. 216).
  'retrial-small-claims': {
    id: 'retrial-small-claims',
    period: { unit: 'months', count: 6 },
    counting: COURT,
    citationIds: ['spc-minsufa-interp-424', 'minsufa-2023-216', 'minsufa-2023-165'],
    notes: ['small-claims-no-appeal', 'retrial-may-have-started-earlier'],
    estimate: false,
  },
  // R106: set aside an award within 3 months of receipt (仲裁法 2025 Art. 72, V-sec); grounds: 2017 Art. 58.
  'set-aside-award': {
    id: 'set-aside-award',
    period: { unit: 'months', count: 3 },
    counting: COURT,
    citationIds: ['zhongcaifa-2025-72', 'zhongcaifa-2017-58'],
    notes: ['set-aside-three-months-to-be-safe'],
    estimate: false,
  },
  // A last day printed on a court or arbitration paper; its sources depend on the paper (letter-deadlines.ts).
  stated: {
    id: 'stated',
    counting: 'as-printed',
    citationIds: [],
    notes: ['as-printed'],
    estimate: false,
  },
  // The hearing day on a summons; an objection to small-claims procedure must come before it (R79).
  hearing: {
    id: 'hearing',
    counting: 'as-printed',
    citationIds: ['minsufa-2023-169', 'spc-minsufa-interp-278-279'],
    notes: ['as-printed'],
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

/**
 * The borrower's own deadlines. In a year with no holiday table their last day is not moved past a weekend (the
 * weekend may be a make-up working day, legal-facts.md §15); the others keep moving, which errs on the safe side.
 */
export const BORROWER_DEADLINES: ReadonlySet<DeadlineId> = new Set<DeadlineId>([
  'answer',
  'jurisdiction-objection',
  'payment-order-objection',
  'appeal-judgment',
  'appeal-ruling',
  'review-ruling',
  'retrial-small-claims',
  'set-aside-award',
]);

/** Letters that carry a demand from the creditor side (民法典 195(1), (3); SPC 诉讼时效 Art. 8). */
export const DEMAND_LETTERS: readonly LetterType[] = [
  'collection-notice',
  'lawyer-letter',
  'court-summons',
  'payment-order',
];
