// User text is text: markup typed into any free-text field — in the case file (names, notes, file names) or in the
// letter form — comes out of assemble() and toPlainText() exactly as typed, never escaped, dropped or interpreted.
import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { assemble } from '../../../src/domain/letters/assemble.ts';
import { TEMPLATES } from '../../../src/domain/letters/catalogue.ts';
import { FIELDS } from '../../../src/domain/letters/fields.ts';
import type { FieldId } from '../../../src/domain/letters/fields.ts';
import { toPlainText } from '../../../src/domain/letters/plain-text.ts';
import { LETTER_LANGS } from '../../../src/domain/letters/types.ts';

const PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)><b>&amp;</b>';
const SHA = 'a'.repeat(64);

const caseWith = (kind: 'credit-card' | 'online-loan'): CaseFile => ({
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: `name ${PAYLOAD}`, phones: [`phone ${PAYLOAD}`] },
  debts: [{ id: 'd', creditor: `creditor ${PAYLOAD}`, kind, firstMissedDueDate: '2026-07-01' }],
  entries: [
    {
      id: 'e1',
      debtId: 'd',
      kind: 'call',
      at: '2026-10-01T10:00:00+08:00',
      answered: true,
      collector: {
        side: 'agency',
        name: `agency ${PAYLOAD}`,
        person: `person ${PAYLOAD}`,
        phone: `tel ${PAYLOAD}`,
      },
      tags: ['threat'],
      notes: `notes ${PAYLOAD}`,
      attachments: [{ sha256: SHA, name: `file ${PAYLOAD}` }],
    },
    {
      id: 'e2',
      debtId: 'd',
      kind: 'third-party-contact',
      at: '2026-10-02T10:00:00+08:00',
      thirdParty: { relation: 'friend', disclosedDebt: true },
      notes: `third ${PAYLOAD}`,
    },
  ],
});

/** Every field the user can type, including the case-derived ones they may override, holds the payload. */
const typed = Object.fromEntries(
  FIELDS.filter((f) => f.input !== 'integer').map((f) => [f.id, `${f.id} ${PAYLOAD}`]),
) as Partial<Record<FieldId, string>>;

describe('letters render user text literally', () => {
  for (const t of TEMPLATES) {
    for (const lang of LETTER_LANGS) {
      it(`${t.id} · ${lang}: markup in the case and in typed values appears verbatim`, () => {
        const kind =
          t.debtKinds === 'all' || t.debtKinds.includes('credit-card') ? 'credit-card' : 'online-loan';
        const fromCase = assemble(t.id, caseWith(kind), { debtId: 'd', lang, today: '2026-11-25' });
        const fromForm = assemble(t.id, caseWith(kind), {
          debtId: 'd',
          lang,
          today: '2026-11-25',
          values: typed,
        });
        for (const result of [fromCase, fromForm]) {
          expect(result.error).toBeUndefined();
          const text = toPlainText(result.blocks);
          expect(text).toContain(PAYLOAD);
          expect(text).not.toContain('&lt;');
          expect(text).not.toContain('&amp;amp;');
        }
        // Each typed field the letter shows carries the payload unchanged in its segment.
        const segments = fromForm.blocks.flatMap((b) => b.segments);
        const shown = segments.filter((s) => s.kind === 'field' && s.value !== null);
        expect(shown.length).toBeGreaterThan(0);
        for (const s of shown) {
          if (s.kind !== 'field') continue;
          if (typed[s.field] === undefined) continue;
          expect(s.value, s.field).toContain(PAYLOAD);
        }
      });
    }
  }

  it('notes, collector names and file names from the log reach the complaint verbatim', () => {
    const result = assemble('collector-identity', caseWith('credit-card'), {
      debtId: 'd',
      lang: 'zh-CN',
      today: '2026-11-25',
    });
    const text = toPlainText(result.blocks);
    for (const part of ['notes', 'agency', 'person', 'tel']) expect(text).toContain(`${part} ${PAYLOAD}`);
    const police = toPlainText(
      assemble('police-statement', caseWith('credit-card'), { debtId: 'd', lang: 'en', today: '2026-11-25' })
        .blocks,
    );
    expect(police).toContain(`file ${PAYLOAD}`);
  });
});
