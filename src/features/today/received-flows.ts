import type { LetterType } from '../../domain/case/types.ts';

/** The steps and forms of the "I just received…" flows; the flow ids are addresses, in src/platform/routes.ts. */

interface FlowStep {
  readonly key: string;
  /**
   * legal-facts.md tags this point R, V-sec, single-source or unverified for the point itself (legal-facts §16 rows
   * R75, R104–R108, R121): the app shows it as unverified.
   */
  readonly unverified?: boolean;
  /**
   * Citation ids (src/domain/citations) shown under the step with their binding force. Steps without them carry a
   * written source line in the locale instead (`step.<flow>.<key>.source`).
   */
  readonly cites?: readonly string[];
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
  /**
   * Which "when does the clock start" note the flow shows (locale `served.<kind>`): court papers count from service
   * (民诉法 2023 Arts. 90, 95; 法院专递规定 Arts. 2, 11), an arbitration award from receipt.
   */
  readonly served?: 'court' | 'award';
  /** Letter templates (src/domain/letters) the flow points to, by id. */
  readonly letters?: readonly string[];
}
