// @vitest-environment jsdom
// The court-paper flows on screen (legal-facts §16 R72, R102–R108): the arbitration and mediation flows log their
// paper with the matching letter type, a judgment served by public notice offers no date form (the deemed service
// day is not the day the user found it), and cited steps show their sources with the unverified mark.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { listEntriesForDebt } from '../../../src/data/repositories/entries-repo.ts';
import { TodayScreen } from '../../../src/features/today/today-screen.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

// 2026-11-25 10:00 in Shanghai.
const NOW = Date.parse('2026-11-25T02:00:00Z');

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [
    { id: 'ol', creditor: '某网络小额贷款公司', kind: 'online-loan', firstMissedDueDate: '2026-05-01' },
  ],
  entries: [],
};

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

describe('court-paper flows', () => {
  for (const type of ['arbitration-award', 'mediation-notice'] as const) {
    it(`R105/R102: the ${type} flow logs the paper as a letter of type ${type}`, async () => {
      window.location.hash = `#/today/received/${type}`;
      await renderWithDb(<TodayScreen />, db);
      fireEvent.change(await screen.findByTestId('received-date'), { target: { value: '2026-11-20' } });
      fireEvent.click(screen.getByTestId('received-save'));
      expect(await screen.findByTestId('saved-toast')).toBeInTheDocument();
      const letters = (await listEntriesForDebt(db, 'ol')).filter((e) => e.kind === 'letter');
      expect(letters.map((e) => e.letter)).toEqual([{ type, receivedOn: '2026-11-20' }]);
    });
  }

  it('R72: a judgment served by public notice gets explanations and 12348, but no date form', async () => {
    window.location.hash = '#/today/received/public-notice';
    await renderWithDb(<TodayScreen />, db);
    const flow = await screen.findByTestId('received-flow');
    expect(flow).toHaveAttribute('data-flow', 'public-notice');
    expect(flow).toHaveTextContent('经过 30 日，就视为已经送达');
    expect(flow).toHaveTextContent('12348');
    expect(screen.queryByTestId('received-form')).toBeNull();
  });

  it('R106: the set-aside step cites 仲裁法 2025 Art. 72 as law with the unverified mark; the served note follows', async () => {
    window.location.hash = '#/today/received/arbitration-award';
    await renderWithDb(<TodayScreen />, db);
    const flow = await screen.findByTestId('received-flow');
    const step = within(flow)
      .getByText(/自收到裁决书之日起 3 个月内/)
      .closest('li');
    expect(step).not.toBeNull();
    expect(step).toHaveTextContent('未核实');
    expect(step).toHaveTextContent(/仲裁法.*第72条/);
    expect(within(flow).getByTestId('received-served')).toHaveTextContent('不是你记录的那天');
    expect(within(flow).getByTestId('received-letters')).toHaveTextContent('撤销仲裁裁决申请书');
  });
});
