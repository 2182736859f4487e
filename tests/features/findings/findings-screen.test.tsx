// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { DbProvider } from '../../../src/data/hooks/db-context.tsx';
import { StoreProvider } from '../../../src/data/store/store-context.tsx';
import { fixedClock, testStore } from '../../data/test-store.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { FindingsScreen } from '../../../src/features/findings/findings-screen.tsx';
import { i18n, loadNamespaces } from '../../../src/i18n/i18n.ts';
import type { Language } from '../../../src/i18n/resources.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb } from '../debts/debts-test-utils.tsx';

const NOW = Date.parse('2026-11-25T02:00:00Z');

/** A home entry without consent (law), a late call (standard + industry rule), a third-party call (card rules). */
const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [
    { id: 'cc', creditor: '某银行信用卡中心', kind: 'credit-card' },
    { id: 'pl', creditor: '张三', kind: 'private-loan' },
  ],
  entries: [
    {
      id: 'visit1',
      debtId: 'cc',
      kind: 'visit',
      at: '2026-11-01T10:00:00+08:00',
      visit: { collectors: 2, idShown: true, place: 'home', entered: true, consentToEnter: false },
    },
    { id: 'late1', debtId: 'cc', kind: 'call', at: '2026-11-02T14:30:00Z', answered: true },
    {
      id: 'tp1',
      debtId: 'cc',
      kind: 'third-party-contact',
      at: '2026-11-03T10:00:00+08:00',
      thirdParty: { relation: 'colleague', disclosedDebt: false },
    },
    { id: 'ok1', debtId: 'pl', kind: 'call', at: '2026-11-03T10:00:00+08:00', answered: true },
  ],
};

const QUIET_CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'cc', creditor: '某银行信用卡中心', kind: 'credit-card' }],
  entries: [{ id: 'ok1', debtId: 'cc', kind: 'call', at: '2026-11-03T10:00:00+08:00', answered: true }],
};

let db: YoujuDb;

async function show(caseFile: CaseFile, hash: string, lng: Language = 'zh-CN') {
  await importCaseFile(db, caseFile, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  window.location.hash = hash;
  await i18n.changeLanguage(lng);
  await loadNamespaces(['findings', 'rules']);
  render(
    <I18nextProvider i18n={i18n}>
      <DbProvider db={db}>
        <StoreProvider store={testStore(db, fixedClock(NOW))}>
          <FindingsScreen />
        </StoreProvider>
      </DbProvider>
    </I18nextProvider>,
  );
  return screen.findByTestId('findings-screen');
}

const section = (wording: string) =>
  screen.getAllByTestId('findings-section').find((s) => s.dataset.wording === wording);

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

describe('findings screen', () => {
  it('groups findings by wording: illegal only for the home entry (law), regulators and industry rules otherwise', async () => {
    await show(CASE, '#/lawful/findings');
    const sections = screen.getAllByTestId('findings-section').map((s) => s.dataset.wording);
    expect(sections).toEqual(['illegal', 'regulatory', 'industry']);
    const illegal = section('illegal');
    const regulatory = section('regulatory');
    const industry = section('industry');
    if (!illegal || !regulatory || !industry) throw new Error('missing section');
    expect(within(illegal).getByRole('heading', { level: 2 }).textContent).toContain('违法');
    expect(within(regulatory).getByRole('heading', { level: 2 }).textContent).toContain('监管规定禁止');
    expect(within(industry).getByRole('heading', { level: 2 }).textContent).toContain('行业规则禁止');
    const rulesIn = (el: HTMLElement) =>
      within(el)
        .getAllByTestId('finding-group')
        .map((g) => g.dataset.rule);
    expect(rulesIn(illegal)).toEqual(['visit-entry-without-consent']);
    expect(rulesIn(regulatory)).toEqual(['third-party-while-reachable']);
    expect(rulesIn(industry)).toEqual(['quiet-hours']);
    // The late call is a standard and an industry rule: never called illegal.
    expect(within(industry).queryByText(/违法/)).toBeNull();
  });

  it('shows each finding’s entries as links to the log entry, with the local time in the case zone', async () => {
    await show(CASE, '#/lawful/findings');
    const industry = section('industry');
    if (!industry) throw new Error('missing section');
    const link = within(industry).getByTestId('finding-entry');
    expect(link.getAttribute('href')).toBe('#/log/entry/late1');
    // 14:30Z is 22:30 in Shanghai.
    expect(link.textContent).toBe('电话 · 2026-11-02 22:30');
    const hrefs = screen.getAllByTestId('finding-entry').map((a) => a.getAttribute('href'));
    expect(hrefs.sort()).toEqual(['#/log/entry/late1', '#/log/entry/tp1', '#/log/entry/visit1']);
  });

  it('shows the citation with its binding force and confidence, and marks unverified article numbers', async () => {
    await show(CASE, '#/lawful/findings');
    const industry = section('industry');
    if (!industry) throw new Error('missing section');
    const gbt = industry.querySelector('[data-citation="gbt-45251-2025"]');
    expect(gbt?.textContent).toContain('推荐性国家标准');
    expect(gbt?.textContent).toContain('经二手资料核对');
    expect(gbt?.textContent).toContain('条文序号待核实');
    const illegal = section('illegal');
    expect(illegal?.querySelector('[data-citation="xingfa-245"]')?.textContent).toContain('第245条');
  });

  it('offers the matching letter for the debt, 110 for entry into a home, 12378 for a card and 12321 for calls', async () => {
    await show(CASE, '#/lawful/findings');
    const illegal = section('illegal');
    const industry = section('industry');
    if (!illegal || !industry) throw new Error('missing section');
    const letters = within(illegal)
      .getAllByTestId('finding-letter')
      .map((a) => a.getAttribute('href'));
    expect(letters).toContain('#/letters/police-statement?debt=cc');
    expect(within(illegal).getByRole('link', { name: /110/ }).getAttribute('href')).toBe('tel:110');
    expect(illegal.querySelector('[data-channel="12378"]')).not.toBeNull();
    expect(illegal.querySelector('[data-channel="12321"]')).toBeNull();
    const calls = industry.querySelector('[data-channel="12321"]');
    expect(calls?.textContent).toContain('未核实');
    expect(industry.querySelector('[data-channel="110"]')).toBeNull();
  });

  it('lists the debts with findings and opens one debt with its pattern of contact', async () => {
    await show(CASE, '#/lawful/findings');
    const links = screen.getAllByTestId('findings-debt-link');
    expect(links.map((a) => a.dataset.debtId)).toEqual(['cc']);
    expect(links[0]?.getAttribute('href')).toBe('#/lawful/findings/cc');
    await act(async () => {
      window.location.hash = '#/lawful/findings/cc';
    });
    const page = await screen.findByTestId('pattern-chart');
    expect(within(page).getByRole('img').querySelector('title')?.textContent).toBe(
      '某银行信用卡中心：催收联系的规律',
    );
    // The text alternative: a summary and a table of the days with contacts.
    expect(page.textContent).toContain('2026-11-01 至 2026-11-03，共 3 次联系，其中 3 次在核对中发现问题');
    fireEvent.click(within(page).getByText('以表格查看每天的联系'));
    expect(within(page).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('核对记录：某银行信用卡中心');
  });

  it('says plainly when nothing was found, without claiming that everything was lawful', async () => {
    await show(QUIET_CASE, '#/lawful/findings/cc');
    const empty = screen.getByTestId('findings-empty');
    expect(empty.textContent).toContain(
      '在本工具检查的规则范围内，没有发现问题。这不代表对方的每个做法都合规。',
    );
    expect(screen.queryByTestId('findings-section')).toBeNull();
    expect(document.body.textContent).not.toMatch(/违法|合法/);
  });

  it('says when the sources may not bind a private lender, and offers no 12378 for a private loan', async () => {
    const privateLate: CaseFile = {
      ...QUIET_CASE,
      debts: [{ id: 'pl', creditor: '张三', kind: 'private-loan' }],
      entries: [{ id: 'late', debtId: 'pl', kind: 'call', at: '2026-11-03T23:00:00+08:00', answered: true }],
    };
    await show(privateLate, '#/lawful/findings/pl');
    const group = screen.getByTestId('finding-group');
    expect(group.dataset.rule).toBe('quiet-hours');
    expect(group.querySelector('.findings-note')?.textContent).toContain('可能不适用于这类出借人');
    expect(group.querySelector('[data-channel="12378"]')).toBeNull();
    expect(group.querySelector('[data-channel="12321"]')).not.toBeNull();
  });

  it('uses the English wording for each binding force', async () => {
    await show(CASE, '#/lawful/findings', 'en');
    const headings = screen
      .getAllByTestId('findings-section')
      .map((s) => within(s).getAllByRole('heading', { level: 2 })[0]?.textContent);
    expect(headings).toEqual([
      'Illegal 1 finding',
      'Regulators prohibit 1 finding',
      'Industry rules prohibit 1 finding',
    ]);
    expect(screen.getByTestId('findings-summary').textContent).toBe('3 possible breaches found.');
  });

  it('tells the reader when the debt in the address does not exist', async () => {
    await show(CASE, '#/lawful/findings/nope');
    expect(screen.getByRole('alert').textContent).toBe('找不到这笔债务，它可能已被删除。');
  });
});
