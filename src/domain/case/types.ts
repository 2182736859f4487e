/**
 * The case-file v1 model (docs/case-file.md).
 *
 * The parser returns the validated JSON object itself: fields this version does not know are kept on the same
 * objects (they are simply not typed here), which is what makes import → store → export lossless. Defaults such as
 * `direction: 'incoming'` are applied by readers (see `directionOf`), never written into the data.
 */

export const CASE_FORMAT = 'youju.case' as const;
export const CASE_VERSION = 1 as const;

export const DEBT_KINDS = [
  'credit-card',
  'online-loan',
  'consumer-finance',
  'microloan',
  'bank-loan',
  'private-loan',
  'other',
] as const;
export type DebtKind = (typeof DEBT_KINDS)[number];

export const AGREEMENT_KINDS = ['installment', 'deferral', 'other'] as const;
type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const ENTRY_KINDS = [
  'call',
  'sms',
  'message',
  'visit',
  'letter',
  'third-party-contact',
  'payment',
  'note',
] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const DIRECTIONS = ['incoming', 'outgoing'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const COLLECTOR_SIDES = ['lender', 'agency', 'law-firm', 'unknown'] as const;
export type CollectorSide = (typeof COLLECTOR_SIDES)[number];

export const VISIT_PLACES = ['home', 'workplace', 'other'] as const;
export type VisitPlace = (typeof VISIT_PLACES)[number];

export const LETTER_TYPES = [
  'collection-notice',
  'lawyer-letter',
  'court-summons',
  'payment-order',
  'judgment',
  'ruling',
  'enforcement-notice',
  'debt-sale-notice',
  'outsourcing-notice',
  'credit-report-notice',
  'arbitration-award',
  'mediation-notice',
  'other',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const THIRD_PARTY_RELATIONS = [
  'spouse',
  'relative',
  'colleague',
  'employer',
  'friend',
  'contact-list',
  'other',
] as const;
export type ThirdPartyRelation = (typeof THIRD_PARTY_RELATIONS)[number];

export const CONDUCT_TAGS = [
  'threat',
  'insult',
  'violence',
  'detention',
  'public-exposure',
  'impersonated-authority',
  'fake-legal-document',
  'false-crime-claim',
  'extra-fee',
  'personal-account-payment',
  'urged-new-loan',
  'seized-property',
  'private-social-account',
  'harassment',
  'property-damage',
  'false-consequence',
] as const;
export type ConductTag = (typeof CONDUCT_TAGS)[number];

/**
 * What a `ruling` decides (docs/case-file.md): only refusal, jurisdiction and dismissal rulings can be appealed
 * (民诉法 2023 Art. 157); a preservation ruling gets a review (Art. 111). Absent means not known.
 */
export const RULING_KINDS = ['refusal', 'jurisdiction', 'dismissal', 'preservation', 'other'] as const;
export type RulingKind = (typeof RULING_KINDS)[number];

/** The trial procedure printed on a summons, judgment or ruling (民诉法 2023 Arts. 160, 165). Absent: not known. */
export const PROCEDURES = ['ordinary', 'simple', 'small-claims'] as const;
export type Procedure = (typeof PROCEDURES)[number];

/** YYYY-MM-DD, a calendar day with no time zone. */
export type LocalDate = string;
/** ISO 8601 date-time with an offset or Z. */
export type IsoDateTime = string;

export interface Borrower {
  readonly name?: string;
  readonly phones?: readonly string[];
}

interface Agreement {
  readonly kind: AgreementKind;
  readonly signedOn?: LocalDate;
  readonly months?: number;
}

export interface Debt {
  readonly id: string;
  readonly creditor: string;
  readonly kind: DebtKind;
  readonly principal?: number;
  readonly firstMissedDueDate?: LocalDate;
  readonly lastPaymentDate?: LocalDate;
  readonly outsourcingNoticeOn?: LocalDate;
  /** Due date of the last installment: the limitation period runs from it (民法典 189). */
  readonly finalDueDate?: LocalDate;
  /** The day the debt was paid off in full: no limitation deadline after it; the credit record runs from it. */
  readonly paidOffOn?: LocalDate;
  readonly agreements?: readonly Agreement[];
  /**
   * App extension (docs/case-file.md): the user archived this debt. Not part of the shared v1 contract; other
   * tools keep it as an unknown field. Only `true` means archived.
   */
  readonly archived?: boolean;
}

interface Collector {
  readonly side?: CollectorSide;
  readonly name?: string;
  readonly person?: string;
  readonly phone?: string;
}

export interface Visit {
  readonly collectors?: number;
  readonly idShown?: boolean;
  readonly entered?: boolean;
  readonly consentToEnter?: boolean;
  readonly place?: VisitPlace;
}

export interface Letter {
  readonly type?: LetterType;
  readonly receivedOn?: LocalDate;
  /** For `ruling`. */
  readonly rulingKind?: RulingKind;
  /** For `court-summons`, `judgment` and `ruling`. */
  readonly procedure?: Procedure;
  /** A last day printed on the paper itself; a deadline only on court or arbitration papers. */
  readonly statedDeadline?: LocalDate;
  /** For `court-summons`: the hearing day printed on it. */
  readonly hearingOn?: LocalDate;
}

interface ThirdParty {
  readonly relation?: ThirdPartyRelation;
  readonly disclosedDebt?: boolean;
}

export interface AttachmentRef {
  readonly sha256: string;
  readonly name?: string;
  readonly type?: string;
  readonly size?: number;
}

export interface Entry {
  readonly id: string;
  readonly debtId?: string;
  readonly kind: EntryKind;
  readonly at: IsoDateTime;
  readonly direction?: Direction;
  readonly answered?: boolean;
  readonly durationSec?: number;
  readonly collector?: Collector;
  readonly toNumber?: string;
  readonly consentToTime?: boolean;
  readonly visit?: Visit;
  readonly letter?: Letter;
  readonly thirdParty?: ThirdParty;
  readonly tags?: readonly ConductTag[];
  readonly notes?: string;
  readonly attachments?: readonly AttachmentRef[];
  /**
   * App extension (docs/case-file.md): an outgoing letter that admits the debt or offers payment (a debt-admitting
   * template recorded as sent). Other tools keep it as an unknown field. Only `true` counts.
   */
  readonly acknowledgesDebt?: boolean;
}

/** The entry fields of case-file v1, in the order a canonical file writes them (serialize.ts). */
export const ENTRY_FIELDS = [
  'id',
  'debtId',
  'kind',
  'at',
  'direction',
  'answered',
  'durationSec',
  'collector',
  'toNumber',
  'consentToTime',
  'visit',
  'letter',
  'thirdParty',
  'tags',
  'notes',
  'attachments',
] as const satisfies readonly (keyof Entry)[];

export interface CaseFile {
  readonly format: typeof CASE_FORMAT;
  readonly version: typeof CASE_VERSION;
  readonly timeZone: string;
  readonly borrower?: Borrower;
  readonly debts: readonly Debt[];
  readonly entries: readonly Entry[];
}

/** `direction` defaults to incoming (case-file-v1: "from the collector side; default"). */
export const directionOf = (e: Entry): Direction => e.direction ?? 'incoming';
