// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile, Entry } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { DbProvider } from '../../../src/data/hooks/db-context.tsx';
import { StoreProvider } from '../../../src/data/store/store-context.tsx';
import { fixedClock, testStore } from '../../data/test-store.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { FindingsScreen } from '../../../src/features/findings/findings-screen.tsx';
import { SupportScreen } from '../../../src/features/today/support-screen.tsx';
import { i18n, loadNamespaces } from '../../../src/i18n/i18n.ts';
import type { Language } from '../../../src/i18n/resources.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb } from '../debts/debts-test-utils.tsx';

const NOW = Date.parse('2026-11-25T02:00:00Z');

const caseWith = (entries: Entry[]): CaseFile => ({
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'cc', creditor: '某银行信用卡中心', kind: 'credit-card' }],
  entries,
});

const threat: Entry = {
  id: 't1',
  debtId: 'cc',
  kind: 'call',
  at: '2026-11-03T10:00:00+08:00',
  answered: true,
  tags: ['threat'],
};
const lateCall: Entry = { id: 'l1', debtId: 'cc', kind: 'call', at: '2026-11-02T14:30:00Z', answered: true };

let db: YoujuDb;

async function showFindings(caseFile: CaseFile) {
  await importCaseFile(db, caseFile, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  window.location.hash = '#/lawful/findings';
  await i18n.changeLanguage('zh-CN');
  await loadNamespaces(['findings', 'rules', 'support']);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <StoreProvider store={testStore(db, fixedClock(NOW))}>
          <FindingsScreen />
        </StoreProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  await screen.findByTestId('findings-summary');
}

async function showSupport(lng: Language) {
  await i18n.changeLanguage(lng);
  await loadNamespaces(['support', 'rules']);
  render(
    <I18nextProvider i18n={i18n}>
      <SupportScreen />
    </I18nextProvider>,
  );
  return screen.getByTestId('support-screen');
}

beforeEach(async () => {
  db = await openFreshDb();
});

afterEach(async () => {
  cleanup();
  db.close();
  await act(async () => {
    window.location.hash = '';
  });
});

describe('help lines (R109, R110)', () => {
  it.each(['zh-CN', 'en'] as const)(
    'the calm page offers 110 first, then 12356, as tappable numbers (%s)',
    async (lng) => {
      const page = await showSupport(lng);
      const links = within(page)
        .getAllByRole('link')
        .filter((a) => a.getAttribute('href')?.startsWith('tel:'));
      expect(links.map((a) => a.getAttribute('href'))).toEqual(['tel:110', 'tel:12356']);
      // The 12356 hours are the sheet's "at least 18 hours a day", with its source, never "24 hours".
      expect(page.textContent).toMatch(lng === 'zh-CN' ? /至少 18 小时/ : /at least 18 hours/);
      expect(page.textContent).not.toMatch(/24 ?小时|24 hours|24-hour/);
      expect(page.textContent).toContain(lng === 'zh-CN' ? '规范性文件' : 'regulatory notice');
    },
  );

  it('the findings page shows the help lines when the log holds a threat', async () => {
    await showFindings(caseWith([threat]));
    const lines = screen.getByTestId('crisis-lines');
    expect(within(lines).getByTestId('crisis-call-110')).toHaveAttribute('href', 'tel:110');
    expect(within(lines).getByTestId('crisis-call-12356')).toHaveAttribute('href', 'tel:12356');
  });

  it('a late call alone does not bring up the help lines', async () => {
    await showFindings(caseWith([lateCall]));
    expect(screen.queryByTestId('crisis-lines')).toBeNull();
  });
});
