// @vitest-environment jsdom
// Its own file: the stage detail and the "I just received…" screen are lazy chunks, and the focus bug only shows
// the first time a chunk loads (a module-level lazy() stays resolved for later tests in the same file).
import 'fake-indexeddb/auto';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
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

describe('focus when a sub-view opens', () => {
  it('moves focus to the heading of the stage detail, even the first time its chunk loads', async () => {
    window.location.hash = '#/today';
    await renderWithDb(<TodayScreen />, db);
    await screen.findAllByTestId('today-card');
    window.location.hash = '#/today/debt/cc';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const detail = await screen.findByTestId('stage-detail');
    await vi.waitFor(() => expect(document.activeElement).toBe(detail.querySelector('h1')));
  });

  it('moves focus to the heading of "I just received…" when it opens', async () => {
    window.location.hash = '#/today';
    await renderWithDb(<TodayScreen />, db);
    await screen.findAllByTestId('today-card');
    window.location.hash = '#/today/received';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const received = await screen.findByTestId('received');
    await vi.waitFor(() => expect(document.activeElement).toBe(received.querySelector('h1')));
  });
});
