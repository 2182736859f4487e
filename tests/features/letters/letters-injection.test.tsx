// @vitest-environment jsdom
// Every template, every free-text field: markup typed by the user reaches the preview and the print sheet as
// characters, never as elements ("<script> and markup in every free-text field appear literally").
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, configure } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { TEMPLATES } from '../../../src/domain/letters/catalogue.ts';
import { fieldById, isFieldId } from '../../../src/domain/letters/fields.ts';
import { LettersScreen } from '../../../src/features/letters/letters-screen.tsx';
import { groupOf } from '../../../src/features/letters/template-groups.ts';
import { loadNamespaces } from '../../../src/i18n/i18n.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

const NOW = Date.parse('2026-11-25T02:00:00Z');
const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)><b>x</b>';

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '张三' },
  debts: [
    {
      id: 'cc',
      creditor: '某银行信用卡中心',
      kind: 'credit-card',
      principal: 30000,
      firstMissedDueDate: '2026-08-17',
    },
    {
      id: 'ol',
      creditor: '某网贷平台',
      kind: 'online-loan',
      principal: 5000,
      firstMissedDueDate: '2026-10-16',
    },
  ],
  entries: [
    {
      id: 'c1',
      debtId: 'cc',
      kind: 'call',
      at: '2026-11-20T23:10:00+08:00',
      answered: true,
      collector: { name: '某催收公司', phone: '02100000000' },
      tags: ['threat'],
      notes: '说要上门',
    },
  ],
};

// The first render loads the lazy words and the case through Dexie; on a machine shared by several test runs
// that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 10_000 });

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  await loadNamespaces(['letters', 'rules']);
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

describe('letter templates on screen', () => {
  it('every template has a purpose group from the known list (not only the audience fallback)', () => {
    const known = [
      'card-instalment',
      'repayment-plan',
      'relief-request',
      'hardship-statement',
      'statement-request',
      'collector-identity',
      'stop-third-party',
      'complaint-lender',
      'complaint-12378',
      'complaint-heimao',
      'credit-objection',
      'police-statement',
      'payment-order-objection',
      'defence-statement',
      'small-claims-objection',
      'preservation-review',
      'award-set-aside',
      'award-non-enforcement',
      'data-rights',
      'not-the-borrower',
      'impostor-loan',
      'settlement-certificate',
      'salary-setoff',
    ];
    for (const t of TEMPLATES) {
      expect(known, `${t.id} is grouped on purpose`).toContain(t.id);
      expect(groupOf(t)).toBeTruthy();
    }
  });

  for (const template of TEMPLATES) {
    it(`${template.id}: markup in every free-text field shows literally in preview and print`, async () => {
      const debt = CASE.debts.find(
        (d) => template.debtKinds === 'all' || template.debtKinds.includes(d.kind),
      );
      if (debt === undefined) throw new Error(`no fixture debt for ${template.id}`);
      window.location.hash = `#/letters/${template.id}?debt=${debt.id}`;
      await renderWithDb(<LettersScreen />, db);
      await screen.findByTestId('letter-preview');
      const inputs = screen
        .getByTestId('letter-form')
        .querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-testid^="field-"]');
      let typed = 0;
      for (const input of inputs) {
        const id = (input.dataset.testid ?? '').slice('field-'.length);
        if (!isFieldId(id)) throw new Error(`unknown field ${id}`);
        const kind = fieldById(id).input;
        if (kind !== 'text' && kind !== 'lines') continue;
        fireEvent.change(input, { target: { value: EVIL } });
        typed++;
      }
      expect(typed).toBeGreaterThan(0);
      const preview = screen.getByTestId('letter-preview');
      await waitFor(() => expect(preview.textContent).toContain(EVIL));
      const print = document.querySelector('.letters-print-root');
      expect(print?.textContent).toContain(EVIL);
      for (const root of [preview, print]) expect(root?.querySelector('script, img, b')).toBeNull();
    });
  }
});
