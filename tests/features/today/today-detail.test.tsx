// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { listEntries } from '../../../src/data/repositories/entries-repo.ts';
import { TodayScreen } from '../../../src/features/today/today-screen.tsx';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';

const NOW = Date.parse('2026-11-25T02:00:00Z');

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [
    {
      id: 'cc',
      creditor: '某银行信用卡中心',
      kind: 'credit-card',
      principal: 60000,
      firstMissedDueDate: '2026-08-17',
    },
    { id: 'pl', creditor: '老王', kind: 'private-loan', principal: 5000, firstMissedDueDate: '2026-06-01' },
  ],
  entries: [],
};

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  window.scrollTo = () => undefined;
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

describe('stage detail', () => {
  it('lists the lender rules with sources and binding force, the risks, and highlights the current stage', async () => {
    window.location.hash = '#/today/debt/cc';
    await renderWithDb(<TodayScreen />, db);
    const detail = await screen.findByTestId('stage-detail');
    // A stage reached by day count is practice, and says so.
    expect(detail).toHaveTextContent('通常会发生什么（通常做法，不是法律）');
    // Table A R15 (credit cards, third parties) is a departmental rule: "regulators prohibit", never "违法".
    const r15 = detail.querySelector('[data-rule-id="R15"]') as HTMLElement;
    expect(r15).toHaveTextContent('监管规定禁止（不是法律）');
    expect(r15).toHaveTextContent('《商业银行信用卡业务监督管理办法》第68条 · 部门规章');
    expect(r15).not.toHaveTextContent('违法');
    // R05 (home entry) rests on statutes: "违法" is right there.
    const r05 = detail.querySelector('[data-rule-id="R05"]') as HTMLElement;
    expect(r05).toHaveTextContent('《中华人民共和国刑法》第245条 · 法律');
    // R06 rests on a statute and on industry rules: it is not called illegal outright.
    const r06 = detail.querySelector('[data-rule-id="R06"]') as HTMLElement;
    expect(r06).toHaveTextContent('法律和监管规定或行业规则都有规定');
    expect(r06).not.toHaveTextContent('违法');
    // R48 is about what a court may cut, not about the lender: no "可以" label in front of it.
    const r48 = detail.querySelector('[data-rule-id="R48"] strong') as HTMLElement;
    expect(r48).toHaveTextContent(/^须知$/);
    expect(detail.querySelector('[data-rule-id="R15"] strong')).toHaveTextContent(/^不可以$/);
    // The offence is 信用卡诈骗罪; 恶意透支 is one way of committing it (sheet §16 corrections).
    expect(detail).toHaveTextContent('什么时候信用卡欠款可能构成信用卡诈骗罪（恶意透支）');
    expect(detail).toHaveTextContent('两次至少间隔 30 天');
    expect(detail).toHaveTextContent('《征信业管理条例》第 15、16 条 · 行政法规');
    const current = detail.querySelector('[aria-current="step"]');
    expect(current).not.toBeNull();
  });

  it('shows its headings, the stage text and the timeline in English too, from the words that load with it', async () => {
    window.location.hash = '#/today/debt/cc';
    await renderWithDb(<TodayScreen />, db, 'en');
    const detail = await screen.findByTestId('stage-detail');
    expect(detail).toHaveTextContent('What usually happens (practice, not law)');
    expect(detail).toHaveTextContent('The usual order of stages');
    expect(detail).toHaveTextContent('Some lenders send people to visit.');
    expect(detail.querySelector('[aria-current="step"]')).toHaveTextContent('Now');
    expect(detail.querySelector('[data-rule-id="R15"] strong')).toHaveTextContent(/^May not$/);
    // No key shows through where its words did not load.
    expect(detail.textContent).not.toMatch(/\b(detail|usually|stage)\.[a-z-]+/);
  });

  it('gives a private loan no typical day ladder', async () => {
    window.location.hash = '#/today/debt/pl';
    await renderWithDb(<TodayScreen />, db);
    const detail = await screen.findByTestId('stage-detail');
    expect(detail).not.toHaveTextContent('通常逾期约');
    expect(detail).toHaveTextContent('个人之间的借款');
  });
});

describe('credit-report objection', () => {
  it('works out the 20-day reply date without writing anything', async () => {
    window.location.hash = '#/today/received/credit-error';
    await renderWithDb(<TodayScreen />, db, 'en');
    fireEvent.change(await screen.findByTestId('received-date'), { target: { value: '2026-11-02' } });
    fireEvent.click(screen.getByTestId('credit-reply-calc'));
    const result = await screen.findByTestId('credit-reply-result');
    // 2 Nov + 20 days = 22 Nov 2026, a Sunday: moved to Monday 23 Nov.
    expect(within(result).getByText(/Nov 23, 2026/)).toBeInTheDocument();
    expect(result).toHaveTextContent('Regulation on the Administration of the Credit Reporting Industry');
    expect(await listEntries(db)).toEqual([]);
  });
});
