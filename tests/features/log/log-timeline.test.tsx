// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { amendEntry, hideEntry } from '../../../src/data/repositories/evidence-repo.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { CASE, NOW, renderLog, seededDb } from './log-test-utils.tsx';

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await seededDb();
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

const rowIds = () => screen.queryAllByTestId('log-row').map((r) => r.getAttribute('data-entry-id'));

describe('log timeline', () => {
  it('lists entries newest first, grouped by local day in the case zone', async () => {
    await renderLog(db, '#/log');
    await screen.findByTestId('log-list');
    expect(rowIds()).toEqual(['e3', 'e2', 'e1']);
    // 00:10 on the 25th in Shanghai is its own day even though 23:50 the day before is 20 minutes earlier.
    expect(screen.getAllByTestId('log-day').map((d) => d.getAttribute('data-day'))).toEqual([
      '2026-11-25',
      '2026-11-24',
    ]);
    expect(screen.getByTestId('log-count')).toHaveTextContent('共 3 条');
  });

  it('filters by kind, debt and conduct, and searches notes and collector numbers', async () => {
    await renderLog(db, '#/log');
    await screen.findByTestId('log-list');
    fireEvent.change(screen.getByTestId('log-filter-kind'), { target: { value: 'call' } });
    expect(rowIds()).toEqual(['e3', 'e1']);
    fireEvent.change(screen.getByTestId('log-filter-debt'), { target: { value: 'cc' } });
    expect(rowIds()).toEqual(['e1']);
    expect(screen.getByTestId('log-count')).toHaveTextContent('找到 1 条，共 3 条');
    fireEvent.change(screen.getByTestId('log-filter-kind'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('log-filter-debt'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('log-filter-tag'), { target: { value: 'threat' } });
    expect(rowIds()).toEqual(['e2']);
    fireEvent.change(screen.getByTestId('log-filter-tag'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('log-search'), { target: { value: '上门' } });
    expect(rowIds()).toEqual(['e1']);
    fireEvent.change(screen.getByTestId('log-search'), { target: { value: '021-0000 0000' } });
    expect(rowIds()).toEqual(['e1']);
    fireEvent.change(screen.getByTestId('log-search'), { target: { value: '没有这个词' } });
    expect(screen.getByTestId('log-no-match')).toBeInTheDocument();
    fireEvent.click(screen.getByText('清除筛选'));
    expect(rowIds()).toEqual(['e3', 'e2', 'e1']);
  });

  it('opens on one debt from a per-debt link', async () => {
    await renderLog(db, '#/log?debt=ol');
    await screen.findByTestId('log-list');
    expect(rowIds()).toEqual(['e3', 'e2']);
  });

  it('marks amended entries and shows hidden ones only on request', async () => {
    const e1 = CASE.entries[0];
    if (!e1) throw new Error('fixture');
    await amendEntry(
      db,
      {
        id: 'a1',
        entryId: 'e1',
        at: '2026-11-25T01:00:00Z',
        entry: { ...e1, notes: '对方说后天上门' },
        reason: '记错了日子',
      },
      webCryptoHasher,
    );
    await hideEntry(
      db,
      { id: 'h1', entryId: 'e2', at: '2026-11-25T01:05:00Z', reason: '重复记录' },
      webCryptoHasher,
    );
    await renderLog(db, '#/log');
    await screen.findByTestId('log-list');
    expect(rowIds()).toEqual(['e3', 'e1']);
    const amended = screen.getAllByTestId('log-row').find((r) => r.getAttribute('data-entry-id') === 'e1');
    expect(within(amended as HTMLElement).getByTestId('log-amended-badge')).toHaveTextContent('已更正');
    expect(amended).toHaveTextContent('对方说后天上门');
    expect(amended).toHaveAttribute('href', '#/log/entry/e1');
    const toggle = screen.getByTestId('log-show-hidden');
    expect(toggle.parentElement).toHaveTextContent('（1 条）');
    fireEvent.click(toggle);
    await waitFor(() => expect(rowIds()).toEqual(['e3', 'e2', 'e1']));
    expect(screen.getByTestId('log-hidden-badge')).toHaveTextContent('已隐藏');
  });

  it('renders only a window of a 600-entry log, with positions announced', async () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      id: `m${i}`,
      debtId: 'cc',
      kind: 'call' as const,
      at: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 3_600_000).toISOString(),
      answered: false,
    }));
    db.close();
    db = await seededDb({ ...CASE, entries: many });
    await renderLog(db, '#/log');
    const list = await screen.findByTestId('log-list');
    const items = list.querySelectorAll('li');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(60);
    // 600 rows and one heading per local day.
    expect(items[0]).toHaveAttribute('aria-setsize', String(600 + 26));
    expect(screen.getByTestId('log-count')).toHaveTextContent('共 600 条');
  });
});
