// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { TodayScreen } from '../../../src/features/today/today-screen.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

const NOW = Date.parse('2026-11-25T02:00:00Z');
// The detail is a lazy chunk; on a busy machine its first load can take longer than the default second.
const SLOW = { timeout: 10_000 };

// Two cards each under ¥50,000 that together exceed it, one card without a principal, an archived card and a loan.
const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [
    {
      id: 'a',
      creditor: '甲银行信用卡',
      kind: 'credit-card',
      principal: 30000,
      firstMissedDueDate: '2026-08-17',
    },
    {
      id: 'b',
      creditor: '乙银行信用卡',
      kind: 'credit-card',
      principal: 25000,
      firstMissedDueDate: '2026-08-20',
    },
    { id: 'c', creditor: '丙银行信用卡', kind: 'credit-card', firstMissedDueDate: '2026-09-01' },
    {
      id: 'old',
      creditor: '丁银行信用卡',
      kind: 'credit-card',
      principal: 90000,
      firstMissedDueDate: '2025-01-01',
      archived: true,
    },
    {
      id: 'loan',
      creditor: '某网贷',
      kind: 'online-loan',
      principal: 80000,
      firstMissedDueDate: '2026-08-01',
    },
  ],
  entries: [
    {
      id: 'e1',
      debtId: 'loan',
      kind: 'letter',
      at: '2026-11-20T10:00:00+08:00',
      letter: { type: 'enforcement-notice' },
    },
  ],
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

describe('恶意透支 on the stage detail (sheet §16 R61–R63)', () => {
  it('R63: a card under ¥50,000 alone shows "this card alone" and the total across active credit cards', async () => {
    window.location.hash = '#/today/debt/a';
    await renderWithDb(<TodayScreen />, db);
    const detail = await screen.findByTestId('stage-detail', {}, SLOW);
    expect(detail).toHaveTextContent('恶意透支：这张卡单独看，你记录的本金不到 5 万元');
    expect(detail).not.toHaveTextContent('不满足这个条件');
    const total = within(detail).getByTestId('overdraft-cards-total');
    // 30,000 + 25,000; the archived card and the online loan are not counted, the card without a principal is named.
    expect(total).toHaveTextContent(/你记录的信用卡本金合计：¥55,000\.00（2 张卡）/);
    expect(total).toHaveTextContent('另有 1 张信用卡没有填本金');
    expect(total).toHaveTextContent('不是银行的账');
  });

  it('R63: the same total in English', async () => {
    window.location.hash = '#/today/debt/b';
    await renderWithDb(<TodayScreen />, db, 'en');
    const total = await screen.findByTestId('overdraft-cards-total', {}, SLOW);
    expect(total).toHaveTextContent(/across your credit cards: (CN)?¥55,000\.00 \(2 cards\)/);
    expect(total).toHaveTextContent('1 more credit card has no principal recorded');
  });
});

describe('the enforcement stage detail (sheet §16 items 2 and 4)', () => {
  it('R58–R60, R65–R69: remedies, sanctions and the crime are shown, saying inability alone is not a crime', async () => {
    window.location.hash = '#/today/debt/loan';
    await renderWithDb(<TodayScreen />, db);
    const detail = await screen.findByTestId('stage-detail', {}, SLOW);
    expect(detail.querySelector('[data-stage="enforcement"]')).not.toBeNull();
    expect(detail).toHaveTextContent('还不上判决的钱，本身不是犯罪');
    expect(detail).toHaveTextContent('执行程序结束前向执行法院提出书面异议');
    expect(detail).toHaveTextContent('15 日内起诉');
    expect(detail).toHaveTextContent('被限制出境的，可以在收到决定之日起 10 日内');
    expect(detail).toHaveTextContent('罚款和拘留');
    expect(detail).toHaveTextContent('有能力执行而拒不执行');
    expect(detail).toHaveTextContent('单纯没有能力还不是理由');
    expect(detail).toHaveTextContent('12348');
    // No card risk on a loan.
    expect(within(detail).queryByTestId('overdraft-cards-total')).toBeNull();
  });
});
