/**
 * Template + case → blocks with every field filled in or reported missing (docs/letters.md). Pure: the letter's date
 * comes in as `today` and findings either come in or are computed here from the case.
 */
import type { CaseFile, DebtKind } from '../case/types.ts';
import { evaluate } from '../rules/evaluate.ts';
import { templateById } from './catalogue.ts';
import { deriveValues } from './derive.ts';
import type { FieldValues } from './derive.ts';
import { fieldById } from './fields.ts';
import type { FieldId } from './fields.ts';
import { citationText, letterDate, letterMoney } from './format.ts';
import type {
  AssembleOptions,
  AssembleResult,
  AssembledBlock,
  AssembledSegment,
  Block,
  LetterLang,
} from './types.ts';

const placeholderOf = (field: FieldId, lang: LetterLang): string => {
  const label = fieldById(field).labels[lang];
  return lang === 'zh-CN' ? `【${label}】` : `[${label}]`;
};

/**
 * A typed date (YYYY-MM-DD) or a bare number for a sum is written the way the letter writes it; anything else the
 * user typed stays exactly as typed.
 */
const typedValue = (id: FieldId, value: string, lang: LetterLang): string => {
  const input = fieldById(id).input;
  const trimmed = value.trim();
  if (input === 'date') return letterDate(trimmed, lang);
  if (input === 'money' && /^\d+(\.\d{1,2})?$/.test(trimmed)) return letterMoney(Number(trimmed), lang);
  return value;
};

const has = (values: FieldValues, id: FieldId): boolean => (values[id] ?? '') !== '';

/** The lines of a 'lines' value, without blank lines or surrounding spaces. */
const linesOf = (value: string): string[] =>
  value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

function expand(
  block: Block,
  values: FieldValues,
  context: { readonly lang: LetterLang; readonly kind: DebtKind },
  missing: Set<FieldId>,
): AssembledBlock[] {
  const { lang } = context;
  if (block.kinds !== undefined && !block.kinds.includes(context.kind)) return [];
  if (block.when !== undefined && !has(values, block.when)) return [];
  if (block.unless !== undefined && has(values, block.unless)) return [];
  const optional = block.when !== undefined;
  const fieldSegment = (field: FieldId, value: string | null): AssembledSegment => {
    if (value === null && !optional) missing.add(field);
    return { kind: 'field', field, value, placeholder: placeholderOf(field, lang) };
  };
  if (block.kind === 'list') {
    const first = block.segments[0];
    if (first?.kind !== 'field') return [];
    const lines = linesOf(values[first.field] ?? '');
    if (lines.length === 0) return [{ kind: 'item', segments: [fieldSegment(first.field, null)] }];
    // Numbered as a letter numbers a list: （1） in Chinese, (1) in English.
    return lines.map((line, i) => ({
      kind: 'item',
      segments: [
        { kind: 'text', text: lang === 'zh-CN' ? `（${i + 1}）` : `(${i + 1}) ` },
        fieldSegment(first.field, line),
      ],
    }));
  }
  const segments = block.segments.map((s): AssembledSegment => {
    switch (s.kind) {
      case 'text':
        return s;
      case 'cite':
        return { kind: 'cite', id: s.id, text: citationText(s.id, lang) };
      case 'field':
        return fieldSegment(s.field, has(values, s.field) ? (values[s.field] ?? null) : null);
    }
  });
  return [{ kind: block.kind, segments }];
}

export function assemble(templateId: string, caseFile: CaseFile, options: AssembleOptions): AssembleResult {
  const template = templateById(templateId);
  if (template === undefined) return { blocks: [], missing: [], values: {}, error: 'unknown-template' };
  const debt = caseFile.debts.find((d) => d.id === options.debtId);
  if (debt === undefined) return { blocks: [], missing: [], values: {}, error: 'unknown-debt' };
  if (template.debtKinds !== 'all' && !template.debtKinds.includes(debt.kind))
    return { blocks: [], missing: [], values: {}, error: 'not-for-debt-kind' };
  // The contract rules ignore `now` (evaluate.ts); the letter's day keeps the call deterministic.
  const findings = options.findings ?? evaluate(caseFile, { now: Date.parse(`${options.today}T00:00:00Z`) });
  const derived = deriveValues({ caseFile, debt, lang: options.lang, today: options.today, findings });
  const values: FieldValues = { ...derived };
  for (const [id, value] of Object.entries(options.values ?? {}) as [FieldId, string | undefined][]) {
    if (value !== undefined && value.trim() !== '') values[id] = typedValue(id, value, options.lang);
  }
  const missing = new Set<FieldId>();
  const blocks = template.bodies[options.lang].flatMap((b) =>
    expand(b, values, { lang: options.lang, kind: debt.kind }, missing),
  );
  return { blocks, missing: [...missing], values };
}
