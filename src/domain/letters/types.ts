/**
 * Letters as data (docs/letters.md). A template is a list of blocks per language; a block is text interleaved
 * with references to fields (fields.ts) and to citations (src/domain/citations). `assemble` turns a template plus
 * a case into blocks whose field segments hold the filled-in values. Nothing here is HTML: every value is plain
 * text and the screen renders it as text.
 */
import type { DebtKind, LocalDate } from '../case/types.ts';
import type { CitationId } from '../citations/citations.ts';
import type { Finding } from '../rules/evaluate.ts';
import type { FieldId } from './fields.ts';

export const LETTER_LANGS = ['zh-CN', 'en'] as const;
export type LetterLang = (typeof LETTER_LANGS)[number];

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly field: FieldId }
  | { readonly kind: 'cite'; readonly id: CitationId };

/**
 * - `title`: the letter's heading; `recipient`: the addressee line; `paragraph`: body text; `item`: a numbered or
 *   bulleted point written in the template; `closing`: 此致/敬礼, "Yours faithfully"; `signature`: who signs;
 *   `date`: the letter's date line; `note`: a line addressed to the user that is still printed (e.g. "skeleton").
 * - `list`: one field whose value has several lines (findings, hardship reasons, evidence); assembled into one
 *   `item` block per line.
 */
export const BLOCK_KINDS = [
  'title',
  'recipient',
  'paragraph',
  'item',
  'list',
  'closing',
  'signature',
  'date',
  'note',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export interface Block {
  readonly kind: BlockKind;
  readonly segments: readonly Segment[];
  /** Include the block only when this field has a value; its fields are then never reported missing. */
  readonly when?: FieldId;
  /** Include the block only when this field has NO value (the alternative wording to a `when` block). */
  readonly unless?: FieldId;
  /** Include the block only for these debt kinds (a sentence citing a credit-card rule, say). */
  readonly kinds?: readonly DebtKind[];
}

type TemplateId = string;

export interface LetterTemplate {
  readonly id: TemplateId;
  readonly titles: Readonly<Record<LetterLang, string>>;
  /** The letter admits the debt or offers payment: sending it restarts the limitation period (民法典 195). */
  readonly acknowledgesDebt: boolean;
  readonly debtKinds: 'all' | readonly DebtKind[];
  /** Every citation the bodies cite (a test holds the bodies to this list). */
  readonly citationIds: readonly CitationId[];
  /** Days the letter gives the recipient to reply, for the "letter sent" entry; absent when it asks no reply. */
  readonly replyDays?: number;
  /** Who receives it: decides nothing in the domain, the screen may group templates by it. */
  readonly audience: 'lender' | 'collector' | 'regulator' | 'public' | 'police' | 'court' | 'credit-reporter';
  readonly bodies: Readonly<Record<LetterLang, readonly Block[]>>;
}

export type AssembledSegment =
  | { readonly kind: 'text'; readonly text: string }
  /** `value` null: missing; `placeholder` is what plain text shows instead (e.g. 【借款人姓名】). */
  | {
      readonly kind: 'field';
      readonly field: FieldId;
      readonly value: string | null;
      readonly placeholder: string;
    }
  | { readonly kind: 'cite'; readonly id: CitationId; readonly text: string };

export interface AssembledBlock {
  readonly kind: Exclude<BlockKind, 'list'>;
  readonly segments: readonly AssembledSegment[];
}

export interface AssembleOptions {
  readonly debtId: string;
  readonly lang: LetterLang;
  /** The letter's date in the case time zone; also "today" for day counts. */
  readonly today: LocalDate;
  /** Values the user typed; they win over values taken from the case. Empty strings count as missing. */
  readonly values?: Partial<Record<FieldId, string>>;
  /** Lawfulness findings; when absent, assemble runs `evaluate` over the case itself. */
  readonly findings?: readonly Finding[];
}

export interface AssembleResult {
  readonly blocks: readonly AssembledBlock[];
  /** Fields the letter uses that have no value, in first-use order. */
  readonly missing: readonly FieldId[];
  /** Every field value known for this case and debt (from the case, derived, or typed), for prefilling a form. */
  readonly values: Readonly<Partial<Record<FieldId, string>>>;
  /**
   * Set (and everything else empty) when the template id or the debt id is not known, or the template is not
   * written for this kind of debt (`debtKinds`).
   */
  readonly error?: 'unknown-template' | 'unknown-debt' | 'not-for-debt-kind';
}
