// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { listEntriesForDebt } from '../../../src/data/repositories/entries-repo.ts';
import { TodayScreen } from '../../../src/features/today/today-screen.tsx';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';

// 2026-11-25 10:00 in Shanghai.
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
      principal: 30000,
      firstMissedDueDate: '2026-08-17',
    },
  ],
  entries: [
    {
      id: 'v1',
      debtId: 'cc',
      kind: 'visit',
      at: '2026-11-01T10:00:00+08:00',
      visit: { collectors: 2, idShown: true, place: 'home' },
    },
  ],
};

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  window.location.hash = '#/today';
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// The received flow is a lazy chunk with its words; its first load on a busy machine can take over a second.
const LAZY = { timeout: 5000 };

describe('today screen', () => {
  it('shows the stage of an imported case, based on the logged visit, as typical practice', async () => {
    await renderWithDb(<TodayScreen />, db);
    const card = await screen.findByTestId('today-card');
    expect(card).toHaveAttribute('data-debt-id', 'cc');
    const stage = within(card).getByTestId('today-stage');
    expect(stage).toHaveAttribute('data-stage', 'field-visits');
    expect(stage).toHaveTextContent('上门催收');
    expect(card).toHaveTextContent('依据：你记录的上门催收');
    expect(screen.getByText(/不是法律规定的时间表/)).toBeInTheDocument();
    expect(within(card).getByTestId('today-next-step').textContent).not.toBe('');
  });

  it('hides the debts list after it while the case is read, and shows it with the cards (app/styles.css)', async () => {
    // The rule itself, read from the stylesheet, matched against the rendered screen.
    const css = readFileSync(path.join(import.meta.dirname, '../../../src/app/styles.css'), 'utf8');
    const selector = /^(\.today[^{\n]*\+ \.debts) \{\n {2}display: none;/m.exec(css)?.[1];
    expect(selector).toBeDefined();
    await renderWithDb(
      <>
        <TodayScreen />
        <section className="debts" data-testid="debts-below" />
      </>,
      db,
    );
    const below = screen.getByTestId('debts-below');
    const hiddenWhileLoading = below.matches(selector ?? '');
    const loadingShown = screen.queryByText('正在读取…') !== null;
    await screen.findByTestId('today-card');
    expect({ hiddenWhileLoading, loadingShown }).toEqual({ hiddenWhileLoading: true, loadingShown: true });
    expect(below.matches(selector ?? '')).toBe(false);
  });

  it('R57: the court-papers flow logs a preservation ruling, and Today shows the 5-day review, not a 10-day appeal', async () => {
    window.location.hash = '#/today/received/court-papers';
    await renderWithDb(<TodayScreen />, db);
    fireEvent.click(await screen.findByTestId('received-type-ruling', {}, LAZY));
    fireEvent.change(screen.getByTestId('received-ruling-kind'), { target: { value: 'preservation' } });
    fireEvent.change(screen.getByTestId('received-date'), { target: { value: '2026-11-23' } });
    fireEvent.click(screen.getByTestId('received-save'));
    expect(await screen.findByTestId('saved-toast')).toHaveTextContent('已保存');
    const letters = (await listEntriesForDebt(db, 'cc')).filter((e) => e.kind === 'letter');
    expect(letters[0]?.letter).toEqual({
      type: 'ruling',
      receivedOn: '2026-11-23',
      rulingKind: 'preservation',
    });

    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const deadline = await screen.findByTestId('today-deadline');
    // 23 Nov + 5 days = Saturday 28 Nov 2026; Art. 85 and the 2026 table move it to Monday 30 Nov.
    await waitFor(() => expect(deadline).toHaveAttribute('data-deadline-id', 'review-ruling'));
    expect(deadline).toHaveAttribute('data-due', '2026-11-30');
  });

  it('saves a received 支付令 as a letter entry, then shows the 15-day objection deadline', async () => {
    window.location.hash = '#/today/received/payment-order';
    await renderWithDb(<TodayScreen />, db);
    fireEvent.change(await screen.findByTestId('received-date', {}, LAZY), {
      target: { value: '2026-11-20' },
    });
    fireEvent.click(screen.getByTestId('received-save'));
    expect(await screen.findByTestId('saved-toast')).toHaveTextContent('已保存');

    const letters = (await listEntriesForDebt(db, 'cc')).filter((e) => e.kind === 'letter');
    expect(letters).toHaveLength(1);
    expect(letters[0]?.letter).toEqual({ type: 'payment-order', receivedOn: '2026-11-20' });

    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const deadline = await screen.findByTestId('today-deadline');
    // 20 Nov + 15 days = 5 Dec 2026, a Saturday: Art. 85 moves it to Monday 7 Dec.
    await waitFor(() => expect(deadline).toHaveAttribute('data-due', '2026-12-07'));
    expect(deadline).toHaveAttribute('data-deadline-id', 'payment-order-objection');
    expect(deadline).toHaveTextContent('原本是');
    expect(screen.getByTestId('today-stage')).toHaveAttribute('data-stage', 'payment-order');
  });

  it('refuses a date after today and saves nothing', async () => {
    window.location.hash = '#/today/received/court-papers';
    await renderWithDb(<TodayScreen />, db);
    fireEvent.change(await screen.findByTestId('received-date', {}, LAZY), {
      target: { value: '2026-11-26' },
    });
    fireEvent.click(screen.getByTestId('received-save'));
    expect(await screen.findByText('日期不能晚于今天。')).toBeInTheDocument();
    expect((await listEntriesForDebt(db, 'cc')).filter((e) => e.kind === 'letter')).toEqual([]);
  });

  it('R79: a small-claims summons is saved with its procedure and hearing day; no 15-day answer is shown', async () => {
    window.location.hash = '#/today/received/court-papers';
    await renderWithDb(<TodayScreen />, db);
    fireEvent.change(await screen.findByTestId('received-date', {}, LAZY), {
      target: { value: '2026-11-20' },
    });
    expect(screen.queryByTestId('received-ruling-kind')).toBeNull();
    fireEvent.change(screen.getByTestId('received-procedure'), { target: { value: 'small-claims' } });
    fireEvent.change(screen.getByTestId('received-hearing'), { target: { value: '2026-12-03' } });
    fireEvent.click(screen.getByTestId('received-save'));
    expect(await screen.findByTestId('saved-toast')).toHaveTextContent('已保存');
    const letters = (await listEntriesForDebt(db, 'cc')).filter((e) => e.kind === 'letter');
    expect(letters[0]?.letter).toEqual({
      type: 'court-summons',
      receivedOn: '2026-11-20',
      procedure: 'small-claims',
      hearingOn: '2026-12-03',
    });
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    const deadline = await screen.findByTestId('today-deadline');
    await waitFor(() => expect(deadline).toHaveAttribute('data-deadline-id', 'hearing'));
    expect(deadline).toHaveAttribute('data-due', '2026-12-03');
  });

  it('exports a deadline as an .ics calendar file', async () => {
    await importCaseFile(
      db,
      {
        ...CASE,
        debts: [],
        entries: [
          {
            id: 'po',
            debtId: 'cc',
            kind: 'letter',
            at: '2026-11-20T12:00:00+08:00',
            letter: { type: 'payment-order', receivedOn: '2026-11-20' },
          },
        ],
      },
      { mode: 'merge', now: NOW, hasher: webCryptoHasher },
    );
    const files: File[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      files.push(blob as File);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderWithDb(<TodayScreen />, db, 'en');
    const reminders = await screen.findByTestId('reminders');
    fireEvent.click(within(reminders).getAllByTestId('ics-export')[0] as HTMLElement);
    await waitFor(() => expect(files).toHaveLength(1));
    const file = files[0] as File;
    expect(file.name).toBe('youju-payment-order-objection-2026-12-07.ics');
    const text = await file.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('DTSTART;VALUE=DATE:20261207');
    expect(text).toContain('Written objection to the payment order');
  });
});
