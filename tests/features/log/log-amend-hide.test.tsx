// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { listChain } from '../../../src/data/repositories/chain-repo.ts';
import { getEntryView } from '../../../src/data/repositories/evidence-read.ts';
import { NOW, renderLog, seededDb } from './log-test-utils.tsx';

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
  vi.restoreAllMocks();
});

describe('amend and hide', () => {
  it('opens the form prefilled, saves an amendment with its reason, and shows the history', async () => {
    await renderLog(db, '#/log/entry/e1/amend');
    const form = await screen.findByTestId('log-form');
    expect(form).toHaveAttribute('data-kind', 'call');
    const notes = screen.getByTestId('log-notes') as HTMLTextAreaElement;
    expect(notes.value).toBe('对方说明天上门');
    expect(screen.getByText('接通了')).toHaveAttribute('aria-pressed', 'true');
    expect((screen.getByTestId('log-at') as HTMLInputElement).value).toBe('2026-11-24T10:00');
    fireEvent.change(notes, { target: { value: '对方说后天上门' } });
    fireEvent.change(screen.getByTestId('log-amend-reason'), { target: { value: '记错了日子' } });
    fireEvent.click(screen.getByTestId('log-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/log/entry/e1'));
    const view = await getEntryView(db, 'e1');
    expect(view.amendments).toHaveLength(1);
    expect(view.amendments[0]?.reason).toBe('记错了日子');
    // The time was not touched: the amendment keeps the original's `at` text exactly.
    expect(view.current).toEqual({ ...view.original, notes: '对方说后天上门' });
    const detail = await screen.findByTestId('log-detail');
    const history = within(detail).getByTestId('log-history');
    expect(within(history).getByTestId('log-history-original')).toHaveTextContent('对方说明天上门');
    const amendment = within(history).getByTestId('log-history-amendment');
    expect(amendment).toHaveTextContent('第 1 次更正');
    expect(amendment).toHaveTextContent('原因：记错了日子');
    // Only what the correction changed is listed under it.
    const changed = within(amendment).getByTestId('log-changed-facts');
    expect(changed).toHaveTextContent('备注对方说后天上门');
    expect(changed).not.toHaveTextContent('类型');
  });

  it('hides only with a reason, keeps the record, and shows the hide in the history', async () => {
    await renderLog(db, '#/log/entry/e2');
    await screen.findByTestId('log-detail');
    expect(screen.getByTestId('log-history')).toHaveTextContent('这条记录保存后没有改过。');
    fireEvent.click(screen.getByTestId('log-hide'));
    fireEvent.click(screen.getByTestId('log-hide-confirm'));
    expect(await screen.findByText('请写一下为什么要隐藏。')).toBeInTheDocument();
    expect(document.activeElement).toBe(screen.getByTestId('log-hide-reason'));
    const before = (await listChain(db)).length;
    expect(before).toBe(3);
    fireEvent.change(screen.getByTestId('log-hide-reason'), { target: { value: '重复记录' } });
    fireEvent.click(screen.getByTestId('log-hide-confirm'));
    expect(await screen.findByTestId('log-detail-hidden')).toHaveTextContent('原因：重复记录');
    expect(screen.getByTestId('log-history-hide')).toHaveTextContent('原因：重复记录');
    expect(screen.queryByTestId('log-hide')).not.toBeInTheDocument();
    const chain = await listChain(db);
    expect(chain).toHaveLength(before + 1);
    expect(chain.at(-1)).toMatchObject({ kind: 'hide' });
    expect((await getEntryView(db, 'e2')).original.notes).toBe('短信说要通知单位');
  });

  it('says so when an entry is not on this device', async () => {
    await renderLog(db, '#/log/entry/nope', 'en');
    expect(await screen.findByTestId('log-detail-missing')).toHaveTextContent('Entry not found');
  });
});
