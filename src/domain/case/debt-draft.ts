/**
 * The debt form's text fields ⇄ a case-file `Debt`. Pure: today's date (in the case's zone) is passed in, and
 * problems come back as codes per field for the UI to word.
 */
import { err, ok, type Result } from '../shared/result.ts';
import { isLocalDate } from './dates.ts';
import { DEBT_KINDS, type Debt, type DebtKind, type LocalDate } from './types.ts';

export interface DebtDraft {
  readonly creditor: string;
  /** '' until the user picks one. */
  readonly kind: string;
  readonly principal: string;
  readonly firstMissedDueDate: string;
  readonly lastPaymentDate: string;
  /** The last instalment's due date; may lie after today (docs/case-file.md). */
  readonly finalDueDate: string;
  readonly paidOffOn: string;
}

export type DebtDraftField = keyof DebtDraft;

/** Form order: the first invalid field in this order gets the focus. */
export const DEBT_DRAFT_FIELDS = [
  'creditor',
  'kind',
  'principal',
  'firstMissedDueDate',
  'lastPaymentDate',
  'finalDueDate',
  'paidOffOn',
] as const satisfies readonly DebtDraftField[];

type DebtDraftErrorCode =
  | 'required'
  | 'too-long'
  | 'unknown-kind'
  | 'not-a-number'
  | 'negative'
  | 'too-many-decimals'
  | 'too-large'
  | 'invalid-date'
  | 'future-date';

export interface DebtDraftError {
  readonly field: DebtDraftField;
  readonly code: DebtDraftErrorCode;
  readonly params?: Readonly<Record<string, number>>;
}

export const CREDITOR_MAX_LENGTH = 80;
/** 1 billion yuan: far above any personal debt, low enough to catch a slipped finger. */
const PRINCIPAL_MAX = 1_000_000_000;
const EARLIEST_YEAR = 1900;

export const emptyDebtDraft = (): DebtDraft => ({
  creditor: '',
  kind: '',
  principal: '',
  firstMissedDueDate: '',
  lastPaymentDate: '',
  finalDueDate: '',
  paidOffOn: '',
});

export const draftFromDebt = (debt: Debt): DebtDraft => ({
  creditor: debt.creditor,
  kind: debt.kind,
  principal: debt.principal === undefined ? '' : String(debt.principal),
  firstMissedDueDate: debt.firstMissedDueDate ?? '',
  lastPaymentDate: debt.lastPaymentDate ?? '',
  finalDueDate: debt.finalDueDate ?? '',
  paidOffOn: debt.paidOffOn ?? '',
});

const isDebtKind = (value: string): value is DebtKind => (DEBT_KINDS as readonly string[]).includes(value);

const FULLWIDTH_DIGIT = /[\uFF10-\uFF19]/g;

/** Chinese input methods often type full-width digits and punctuation; read them as their ASCII twins. */
const halfWidth = (text: string): string =>
  text
    .replace(FULLWIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-');

type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly code: DebtDraftErrorCode };

/**
 * An amount in yuan: "30000", "30,000", "¥30000", "30000元", full-width digits, and "3万" / "1.5万". At most two
 * decimals (fen). The 万 shift is done on the digits, not in floating point, so 1.2345万 is exactly 12345.
 */
export function parsePrincipal(input: string): Parsed<number> {
  let text = halfWidth(input).replace(/[\s,，]/g, '');
  text = text.replace(/^[¥￥]/, '').replace(/元$/, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  const wan = text.endsWith('万');
  if (wan) text = text.slice(0, -1);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return { ok: false, code: 'not-a-number' };
  if (negative) return { ok: false, code: 'negative' };
  let whole = m[1] ?? '0';
  let fraction = m[2] ?? '';
  if (wan) {
    const padded = fraction.padEnd(4, '0');
    whole += padded.slice(0, 4);
    fraction = padded.slice(4);
  }
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length > 2) return { ok: false, code: 'too-many-decimals' };
  const value = Number(fraction ? `${whole}.${fraction}` : whole);
  if (value > PRINCIPAL_MAX) return { ok: false, code: 'too-large' };
  return { ok: true, value };
}

/**
 * A calendar day as YYYY-MM-DD. Date pickers already give that; where a browser falls back to a text box, people
 * write 2026/6/15, 2026.6.15 or 2026年6月15日, which are read too.
 */
export function parseDay(input: string): Parsed<LocalDate> {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(halfWidth(input.trim()));
  if (!m) return { ok: false, code: 'invalid-date' };
  const day = `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  if (!isLocalDate(day) || Number(m[1]) < EARLIEST_YEAR) return { ok: false, code: 'invalid-date' };
  return { ok: true, value: day };
}

interface DebtFromDraftOptions {
  /** The id of the debt: a new one for a new debt, the existing one when editing. */
  readonly id: string;
  /** Today in the case's time zone. */
  readonly today: LocalDate;
  /** The debt being edited: its fields the form does not show (agreements, unknown fields…) are kept. */
  readonly base?: Debt;
}

/**
 * Reads the form. Every field is checked, so the user sees all problems at once. Cleared optional fields are
 * removed from the debt. A payment after the first missed due date is allowed on purpose: partial payments after
 * default are common, and they matter (they restart the limitation period, 民法典 Art. 195).
 */
export function debtFromDraft(draft: DebtDraft, options: DebtFromDraftOptions): Result<Debt, DebtDraftError> {
  const errors: DebtDraftError[] = [];
  const fail = (field: DebtDraftField, code: DebtDraftErrorCode, params?: Record<string, number>) =>
    errors.push(params ? { field, code, params } : { field, code });

  const creditor = draft.creditor.trim();
  if (creditor === '') fail('creditor', 'required');
  else if ([...creditor].length > CREDITOR_MAX_LENGTH)
    fail('creditor', 'too-long', { max: CREDITOR_MAX_LENGTH });

  if (draft.kind === '') fail('kind', 'required');
  else if (!isDebtKind(draft.kind)) fail('kind', 'unknown-kind');

  let principal: number | undefined;
  if (draft.principal.trim() !== '') {
    const parsed = parsePrincipal(draft.principal);
    if (parsed.ok) principal = parsed.value;
    else fail('principal', parsed.code, parsed.code === 'too-large' ? { max: PRINCIPAL_MAX } : undefined);
  }

  const day = (
    field: 'firstMissedDueDate' | 'lastPaymentDate' | 'finalDueDate' | 'paidOffOn',
    future: 'refuse' | 'allow' = 'refuse',
  ): LocalDate | undefined => {
    if (draft[field].trim() === '') return undefined;
    const parsed = parseDay(draft[field]);
    if (!parsed.ok) fail(field, parsed.code);
    else if (future === 'refuse' && parsed.value > options.today) fail(field, 'future-date');
    else return parsed.value;
    return undefined;
  };
  const firstMissedDueDate = day('firstMissedDueDate');
  const lastPaymentDate = day('lastPaymentDate');
  // The last instalment is often still to come: the limitation period then has not begun (民法典 189).
  const finalDueDate = day('finalDueDate', 'allow');
  const paidOffOn = day('paidOffOn');

  if (errors.length > 0) return err(errors);
  const kind = draft.kind as DebtKind;
  const formKeys: readonly string[] = [
    'principal',
    'firstMissedDueDate',
    'lastPaymentDate',
    'finalDueDate',
    'paidOffOn',
  ];
  const rest = Object.fromEntries(
    Object.entries(options.base ?? {}).filter(([key]) => !formKeys.includes(key)),
  );
  const debt: Debt = {
    ...rest,
    id: options.id,
    creditor,
    kind,
    ...(principal === undefined ? {} : { principal }),
    ...(firstMissedDueDate === undefined ? {} : { firstMissedDueDate }),
    ...(lastPaymentDate === undefined ? {} : { lastPaymentDate }),
    ...(finalDueDate === undefined ? {} : { finalDueDate }),
    ...(paidOffOn === undefined ? {} : { paidOffOn }),
  };
  return ok(debt);
}

// Kept in its own file so the first screen (Today) does not load the debt form's parsing.
export { daysOverdue } from './days-overdue.ts';
