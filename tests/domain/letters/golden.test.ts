// Every template, both languages, for the three letter fixture cases (a credit card at 120 days with findings,
// an online loan at 40 days, a debt past three years). The goldens were read by eye once and are compared
// exactly; `UPDATE_GOLDEN=1 npx vitest run tests/domain/letters/golden.test.ts` rewrites them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { assemble } from '../../../src/domain/letters/assemble.ts';
import { TEMPLATES, templatesFor } from '../../../src/domain/letters/catalogue.ts';
import type { FieldId } from '../../../src/domain/letters/fields.ts';
import { limitationWarning } from '../../../src/domain/letters/limitation.ts';
import { toPlainText } from '../../../src/domain/letters/plain-text.ts';
import { LETTER_LANGS } from '../../../src/domain/letters/types.ts';
import type { LetterLang } from '../../../src/domain/letters/types.ts';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/letters');
const TODAY = '2026-11-25';
const CASES = ['card-120', 'online-40', 'old-debt'] as const;
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const load = (name: string): CaseFile => {
  const parsed = parseCaseFile(readFileSync(path.join(DIR, `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(`fixture ${name} does not parse`);
  return parsed.value;
};
const valuesOf = (name: string, lang: LetterLang): Partial<Record<FieldId, string>> => {
  const all = JSON.parse(readFileSync(path.join(DIR, `${name}.values.json`), 'utf8')) as Record<
    LetterLang,
    Partial<Record<FieldId, string>>
  >;
  return all[lang];
};

export function render(name: string, templateId: string, lang: LetterLang): string {
  const caseFile = load(name);
  const debt = caseFile.debts[0];
  if (debt === undefined) throw new Error('fixture without a debt');
  const result = assemble(templateId, caseFile, {
    debtId: debt.id,
    lang,
    today: TODAY,
    values: valuesOf(name, lang),
  });
  if (result.error !== undefined) throw new Error(`${name}/${templateId}: ${result.error}`);
  const template = TEMPLATES.find((t) => t.id === templateId);
  const limitation = limitationWarning(
    debt,
    caseFile.entries.filter((e) => e.debtId === debt.id),
    TODAY,
    caseFile.timeZone,
  );
  const due = limitation.basis.due === undefined ? '' : ` (estimated end ${limitation.basis.due})`;
  const header = [
    `# template: ${templateId} · lang: ${lang} · case: ${name} · debt: ${debt.id} (${debt.kind}) · today: ${TODAY}`,
    `# acknowledgesDebt: ${String(template?.acknowledgesDebt)} · limitation: ${limitation.level}${due}`,
    `# missing: ${result.missing.length === 0 ? '(none)' : result.missing.join(', ')}`,
    '# ----',
  ].join('\n');
  return `${header}\n${toPlainText(result.blocks)}`;
}

describe('letter goldens', () => {
  it('every template applies to at least one fixture debt', () => {
    for (const t of TEMPLATES) {
      const used = CASES.some((name) => {
        const kind = load(name).debts[0]?.kind;
        return kind !== undefined && templatesFor(kind).includes(t);
      });
      expect(used, t.id).toBe(true);
    }
  });

  for (const name of CASES) {
    const kind = load(name).debts[0]?.kind;
    if (kind === undefined) continue;
    for (const t of templatesFor(kind)) {
      for (const lang of LETTER_LANGS) {
        it(`${name} · ${t.id} · ${lang}`, () => {
          const file = path.join(DIR, 'golden', name, `${t.id}.${lang}.txt`);
          const text = render(name, t.id, lang);
          if (UPDATE || !existsSync(file)) {
            if (!UPDATE) throw new Error(`missing golden ${file}; run with UPDATE_GOLDEN=1`);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, text);
          }
          expect(text).toBe(readFileSync(file, 'utf8'));
        });
      }
    }
  }
});
