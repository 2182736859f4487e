// The legal wording rules of the letters (legal-facts.md §0): every citation a template uses exists
// and is declared, zh-CN and en bodies use the same fields and sources, and "违法 / illegal" stands only in a
// sentence that names a statute, judicial interpretation or State Council regulation (isIllegalForce).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIllegalForce } from '../../../src/domain/citations/citation.ts';
import { CITATIONS, isCitationId } from '../../../src/domain/citations/citations.ts';
import { TEMPLATES } from '../../../src/domain/letters/catalogue.ts';
import { FIELD_IDS } from '../../../src/domain/letters/fields.ts';
import { sourcesSentence } from '../../../src/domain/letters/finding-text.ts';
import { citationText } from '../../../src/domain/letters/format.ts';
import type { Block, LetterLang } from '../../../src/domain/letters/types.ts';
import { LETTER_LANGS } from '../../../src/domain/letters/types.ts';

const GOLDEN = path.resolve(import.meta.dirname, '../../fixtures/letters/golden');
const ILLEGAL_WORD = /违法|illegal/i;

const citesOf = (blocks: readonly Block[]) =>
  new Set(blocks.flatMap((b) => b.segments.flatMap((s) => (s.kind === 'cite' ? [s.id] : []))));
const fieldsOf = (blocks: readonly Block[]) =>
  new Set(blocks.flatMap((b) => b.segments.flatMap((s) => (s.kind === 'field' ? [s.field] : []))));

/** How a LAW/JI/AR source's instrument is named in a letter, in each language. */
const illegalNames = (lang: LetterLang): string[] =>
  CITATIONS.filter((c) => isIllegalForce(c.binding)).map((c) => {
    const text = citationText(c.id, lang);
    return lang === 'zh-CN' ? text.slice(0, text.indexOf('》') + 1) : (text.split(',')[0] ?? text);
  });

/** Sentences: Chinese ends at 。, English at ". " not after "Art"/"Arts"/"No"; lines are always separate. */
const sentencesOf = (text: string): string[] =>
  text.split(/\n|。|(?<!\bArts?|\bNo)\.\s/).filter((s) => s.trim() !== '');

const offending = (text: string, lang: LetterLang): string[] => {
  const names = illegalNames(lang);
  return sentencesOf(text).filter((s) => ILLEGAL_WORD.test(s) && !names.some((n) => s.includes(n)));
};

describe('letter templates and their sources', () => {
  it('template ids are unique and kebab-case', () => {
    const ids = TEMPLATES.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('field ids are unique and dotted', () => {
    expect(new Set(FIELD_IDS).size).toBe(FIELD_IDS.length);
    for (const id of FIELD_IDS) expect(id).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  for (const t of TEMPLATES) {
    it(`${t.id}: every citation exists, is declared in citationIds, and both languages cite the same`, () => {
      for (const id of t.citationIds) expect(isCitationId(id), id).toBe(true);
      const zh = citesOf(t.bodies['zh-CN']);
      const en = citesOf(t.bodies.en);
      expect([...zh].sort()).toEqual([...en].sort());
      expect([...zh].sort()).toEqual([...new Set(t.citationIds)].sort());
    });

    it(`${t.id}: a letter that proposes payment is marked as acknowledging the debt (民法典 195)`, () => {
      const proposes = [...fieldsOf(t.bodies['zh-CN'])].some((f) => f.startsWith('proposal.'));
      if (proposes) expect(t.acknowledgesDebt).toBe(true);
    });

    it(`${t.id}: zh-CN and en ask for the same fields`, () => {
      expect([...fieldsOf(t.bodies['zh-CN'])].sort()).toEqual([...fieldsOf(t.bodies.en)].sort());
    });

    it(`${t.id}: "违法/illegal" only in a block that cites a LAW/JI/AR source`, () => {
      for (const lang of LETTER_LANGS) {
        for (const b of t.bodies[lang]) {
          const text = b.segments.map((s) => (s.kind === 'text' ? s.text : '')).join('');
          if (!ILLEGAL_WORD.test(text)) continue;
          const forces = b.segments.flatMap((s) =>
            s.kind === 'cite' ? [CITATIONS.find((c) => c.id === s.id)?.binding] : [],
          );
          expect(
            forces.some((f) => f !== undefined && isIllegalForce(f)),
            text,
          ).toBe(true);
        }
      }
    });
  }

  it('a findings line says "可能违法 / may be illegal" only with LAW/JI/AR sources, and names every force class', () => {
    for (const lang of LETTER_LANGS) {
      expect(sourcesSentence(['xinyongka-68', 'cba-2026'], lang)).not.toMatch(ILLEGAL_WORD);
      const mixed = sourcesSentence(['xingfa-245', 'xinyongka-68', 'cba-2026-art22'], lang);
      expect(mixed).toMatch(ILLEGAL_WORD);
      expect(offending(mixed, lang)).toEqual([]);
      expect(mixed).toMatch(lang === 'zh-CN' ? /监管规定禁止/ : /Regulators prohibit/);
      expect(mixed).toMatch(lang === 'zh-CN' ? /行业规则禁止/ : /Industry rules prohibit/);
    }
  });

  it('the sentence check itself catches a bare "违法" / "illegal"', () => {
    expect(offending('对方的做法违法。', 'zh-CN')).toHaveLength(1);
    expect(offending('This is illegal. See the Criminal Law of the PRC, Art. 245.', 'en')).toHaveLength(1);
    expect(offending('此类行为可能违法，参见《中华人民共和国刑法》第245条。', 'zh-CN')).toEqual([]);
  });

  it('in every golden letter, each sentence with "违法/illegal" names a LAW/JI/AR source', () => {
    let checked = 0;
    for (const dir of readdirSync(GOLDEN)) {
      for (const file of readdirSync(path.join(GOLDEN, dir))) {
        const lang: LetterLang = file.endsWith('.zh-CN.txt') ? 'zh-CN' : 'en';
        const text = readFileSync(path.join(GOLDEN, dir, file), 'utf8');
        expect(offending(text, lang), `${dir}/${file}`).toEqual([]);
        if (ILLEGAL_WORD.test(text)) checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('unverified article numbers are marked wherever a letter cites them', () => {
    const unverified = CITATIONS.filter((c) => c.articleUnverified);
    for (const c of unverified) {
      expect(citationText(c.id, 'zh-CN')).toContain('条文序号待核实');
      expect(citationText(c.id, 'en')).toContain('unverified');
    }
  });
});
