import type { LetterType } from '../../domain/case/types.ts';

/** The "I just received…" flows, in the order the chooser shows them (data-testid `received-<id>`). */
export const RECEIVED_FLOWS = [
  'sued-sms',
  'court-papers',
  'payment-order',
  'lawyer-letter',
  'debt-sold',
  'credit-error',
] as const;
export type ReceivedFlow = (typeof RECEIVED_FLOWS)[number];

export interface FlowStep {
  readonly key: string;
  /** legal-facts.md marks this point R (recalled, not checked): the app shows it as unverified. */
  readonly unverified?: boolean;
}

export interface FlowForm {
  /** The letter types the user can log from this flow; the first is the default. */
  readonly letterTypes: readonly [LetterType, ...LetterType[]];
  /** Which explanation sits above the date field. */
  readonly why: 'why' | 'whyNoDeadline';
  readonly dateLabel: 'date';
}

export interface FlowSpec {
  readonly steps: readonly FlowStep[];
  /** Absent where no date changes anything (an SMS that merely claims a lawsuit). */
  readonly form?: FlowForm;
  /**
   * The credit-report flow: the date that matters is the day the borrower objected, which is not a letter received
   * and has no place in case-file v1, so the reply date is worked out on the spot (and can go to the calendar).
   */
  readonly creditReply?: true;
}

// Step texts and their sources live in locales/<lang>/received.json under step.<flow>.<key>; every source there is
// taken from legal-facts.md (§9 civil procedure, §8 credit reporting, §4 limitation and Art. 546, §6.8, §11 scams).
export const FLOW_SPECS: Readonly<Record<ReceivedFlow, FlowSpec>> = {
  'sued-sms': {
    steps: [
      { key: 'channel', unverified: true },
      { key: 'verify' },
      { key: 'noPersonal' },
      { key: 'impersonation' },
      { key: 'notCrime' },
    ],
  },
  'court-papers': {
    steps: [
      { key: 'check', unverified: true },
      { key: 'answer' },
      { key: 'jurisdiction' },
      { key: 'smallClaims' },
      { key: 'appeal' },
      { key: 'counting' },
    ],
    form: { letterTypes: ['court-summons'], why: 'why', dateLabel: 'date' },
  },
  'payment-order': {
    steps: [{ key: 'deadline' }, { key: 'writing' }, { key: 'effect' }, { key: 'ignore' }, { key: 'verify' }],
    form: { letterTypes: ['payment-order'], why: 'why', dateLabel: 'date' },
  },
  'lawyer-letter': {
    steps: [
      { key: 'notCourt' },
      { key: 'posting' },
      { key: 'limitation' },
      { key: 'noSign' },
      { key: 'verify' },
    ],
    form: { letterTypes: ['lawyer-letter'], why: 'whyNoDeadline', dateLabel: 'date' },
  },
  'debt-sold': {
    steps: [
      { key: 'notice' },
      { key: 'check' },
      { key: 'outsourcing' },
      { key: 'whitelist' },
      { key: 'channel' },
    ],
    form: {
      letterTypes: ['debt-sale-notice', 'outsourcing-notice'],
      why: 'whyNoDeadline',
      dateLabel: 'date',
    },
  },
  'credit-error': {
    steps: [
      { key: 'free' },
      { key: 'objection' },
      { key: 'complaint' },
      { key: 'accurate' },
      { key: 'notice' },
    ],
    creditReply: true,
  },
};
