import { addDays } from '../../domain/calendar/days.ts';
import type { DebtKind, LocalDate } from '../../domain/case/types.ts';
import { fieldById, type FieldId } from '../../domain/letters/fields.ts';
import { letterDate, letterMoney } from '../../domain/letters/format.ts';
import type { LetterLang, LetterTemplate } from '../../domain/letters/types.ts';

/** Raw form input per field, as the user typed it (dates as YYYY-MM-DD, money as digits). */
export type FormValues = Partial<Record<FieldId, string>>;

/** The fields a template's body uses, in order of first use (the form asks in the order the letter reads). */
export function fieldsUsed(template: LetterTemplate, lang: LetterLang, kind: DebtKind): FieldId[] {
  const seen = new Set<FieldId>();
  for (const block of template.bodies[lang]) {
    // Blocks written for other debt kinds only (the template's `kinds`) are left out of the form.
    const kinds = (block as { readonly kinds?: readonly DebtKind[] }).kinds;
    if (kinds !== undefined && !kinds.includes(kind)) continue;
    for (const s of block.segments) if (s.kind === 'field') seen.add(s.field);
    if (block.when !== undefined) seen.add(block.when);
  }
  return [...seen];
}

const PLAIN_MONEY = /^\d+(\.\d{1,2})?$/;

/**
 * Typed values as the letter writes them: a YYYY-MM-DD date becomes 2026年3月2日 / 2 March 2026 and a plain
 * amount 1,500元 / CNY 1,500; anything else stays exactly as typed (it is the user's own wording).
 */
export function letterValues(raw: FormValues, lang: LetterLang): FormValues {
  const out: FormValues = {};
  for (const [id, value] of Object.entries(raw) as [FieldId, string | undefined][]) {
    if (value === undefined) continue;
    const input = fieldById(id).input;
    const v = value.trim();
    if (input === 'date') out[id] = letterDate(v, lang);
    else if (input === 'money' && PLAIN_MONEY.test(v)) out[id] = letterMoney(Number(v), lang);
    else out[id] = value;
  }
  return out;
}

/** The day a reply is due when the letter asks for one within `replyDays` days of today (calendar days). */
export const replyDueOn = (today: LocalDate, replyDays: number | undefined): LocalDate | null =>
  replyDays === undefined ? null : addDays(today, replyDays);

export const fieldInputId = (formId: string, field: FieldId): string =>
  `${formId}-${field.replace(/\./g, '-')}`;
