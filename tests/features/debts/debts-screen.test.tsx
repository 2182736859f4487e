// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { addDebt, getDebt, listDebts } from '../../../src/data/repositories/debts-repo.ts';
import { getSetting } from '../../../src/data/repositories/settings-repo.ts';
import { DebtsScreen } from '../../../src/features/debts/debts-screen.tsx';
import { openFreshDb, renderWithDb } from './debts-test-utils.tsx';

// 2026-11-20 01:00 in Shanghai is still 19 November in UTC: "today" must come from the case zone.
const NOW = Date.parse('2026-11-19T17:00:00Z');

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = await openFreshDb();
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

async function openForm() {
  fireEvent.click(await screen.findByTestId('debt-add'));
  return screen.findByTestId('debt-form');
}

const fieldErrors = () => screen.queryAllByTestId('debt-form-error').map((e) => e.textContent);

describe('debts screen', () => {
  it('tells a new user what to do', async () => {
    await renderWithDb(<DebtsScreen />, db);
    const empty = await screen.findByTestId('debts-empty');
    expect(empty).toHaveTextContent('还没有记录任何欠款');
    expect(empty).toHaveTextContent('添加一笔欠款');
  });

  it('moves focus to the form title when the form opens, so an edit far down the list is not lost', async () => {
    await renderWithDb(<DebtsScreen />, db);
    const form = await openForm();
    await waitFor(() => expect(within(form).getByRole('heading', { level: 2 })).toHaveFocus());
  });

  it('explains every invalid field next to it, focuses the first one, and saves nothing', async () => {
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    type('debt-principal', '三万');
    type('debt-first-missed', '2026-11-21');
    fireEvent.click(screen.getByTestId('debt-save'));

    expect(fieldErrors()).toEqual([
      '请写下欠谁的钱，例如银行或借款 App 的名称。',
      '请选择欠款类型；不确定就选“其他或不确定”。',
      '请只填金额数字，例如 30000 或 3万。',
      '首次逾期日不能晚于今天。',
    ]);
    const creditor = screen.getByTestId('debt-creditor');
    expect(creditor).toHaveFocus();
    expect(creditor).toHaveAttribute('aria-invalid', 'true');
    const described = creditor.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
      '请写下欠谁的钱，例如银行或借款 App 的名称。',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('有 4 处需要修改');
    expect(await listDebts(db, { includeArchived: true })).toEqual([]);
  });

  it('focuses the first invalid field in form order, and clears a message once the field is edited', async () => {
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    type('debt-creditor', '某银行');
    type('debt-kind', 'credit-card');
    type('debt-principal', '-5');
    type('debt-last-payment', '2026-11-21');
    fireEvent.click(screen.getByTestId('debt-save'));
    expect(screen.getByTestId('debt-principal')).toHaveFocus();
    expect(fieldErrors()).toEqual(['本金不能是负数。', '还款日期不能晚于今天。']);
    type('debt-principal', '5');
    expect(fieldErrors()).toEqual(['还款日期不能晚于今天。']);
  });

  it('saves a debt, says so only after the write, lists it with days overdue, and asks for persistence once', async () => {
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    type('debt-creditor', '  某银行信用卡中心 ');
    type('debt-kind', 'credit-card');
    type('debt-principal', '3万');
    type('debt-first-missed', '2026-11-10');
    fireEvent.click(screen.getByTestId('debt-save'));

    const toast = await screen.findByTestId('saved-toast');
    expect(toast).toHaveTextContent('已保存');
    const [saved] = await listDebts(db);
    expect(saved?.debt).toMatchObject({
      creditor: '某银行信用卡中心',
      kind: 'credit-card',
      principal: 30000,
      firstMissedDueDate: '2026-11-10',
    });
    expect(saved?.debt.id).toMatch(/^d-[0-9a-f]{8}$/);

    const item = await screen.findByTestId('debt-item');
    expect(item).toHaveAttribute('data-debt-id', saved?.debt.id);
    expect(item).toHaveTextContent('信用卡');
    expect(item).toHaveTextContent('¥30,000.00');
    expect(item).toHaveTextContent('2026年11月10日');
    expect(item).toHaveTextContent('逾期 10 天');
    expect(screen.getByTestId('debt-add')).toHaveFocus();

    await waitFor(async () => expect(await getSetting(db, 'persistResult')).toBe('unsupported'));
    expect(await getSetting(db, 'firstSaveAt')).toBe(NOW);
  });

  it('edits a debt and keeps the fields the form does not show', async () => {
    await addDebt(
      db,
      {
        id: 'd-1',
        creditor: '旧名字',
        kind: 'microloan',
        agreements: [{ kind: 'deferral' }],
        extra: 1,
      } as never,
      NOW,
    );
    await renderWithDb(<DebtsScreen />, db);
    fireEvent.click(await screen.findByTestId('debt-edit'));
    expect(screen.getByTestId('debt-creditor')).toHaveValue('旧名字');
    expect(screen.getByTestId('debt-kind')).toHaveValue('microloan');
    type('debt-creditor', '新名字');
    type('debt-last-payment', '2026-11-20');
    fireEvent.click(screen.getByTestId('debt-save'));
    await screen.findByTestId('saved-toast');
    expect((await getDebt(db, 'd-1'))?.debt).toEqual({
      id: 'd-1',
      creditor: '新名字',
      kind: 'microloan',
      agreements: [{ kind: 'deferral' }],
      extra: 1,
      lastPaymentDate: '2026-11-20',
    });
    await waitFor(() => expect(screen.getByTestId('debt-edit')).toHaveFocus());
  });

  it('cancel asks before discarding typed input; confirmed, it discards and writes nothing', async () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    type('debt-creditor', '某平台');
    fireEvent.click(screen.getByTestId('debt-cancel'));
    expect(confirm).toHaveBeenCalledWith('放弃还没保存的修改吗？');
    expect(await screen.findByTestId('debts-empty')).toBeInTheDocument();
    expect(await listDebts(db)).toEqual([]);
  });

  it('cancel keeps the form and its input when the user says no', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    type('debt-creditor', '某平台');
    fireEvent.click(screen.getByTestId('debt-cancel'));
    expect(screen.getByTestId('debt-creditor')).toHaveValue('某平台');
    expect(screen.queryByTestId('debts-empty')).not.toBeInTheDocument();
  });

  it('cancel on an untouched form closes without asking', async () => {
    const confirm = vi.spyOn(window, 'confirm');
    await renderWithDb(<DebtsScreen />, db);
    await openForm();
    fireEvent.click(screen.getByTestId('debt-cancel'));
    expect(await screen.findByTestId('debts-empty')).toBeInTheDocument();
    expect(confirm).not.toHaveBeenCalled();
  });

  it('archives and unarchives, with a toggle to show archived debts', async () => {
    await addDebt(db, { id: 'd-1', creditor: '甲', kind: 'other' }, NOW);
    await renderWithDb(<DebtsScreen />, db);
    fireEvent.click(await screen.findByTestId('debt-archive'));
    const empty = await screen.findByTestId('debts-empty');
    expect(empty).toHaveTextContent('另有 1 笔已归档的欠款');
    expect((await getDebt(db, 'd-1'))?.archived).toBe(true);

    fireEvent.click(screen.getByTestId('debts-show-archived'));
    const item = await screen.findByTestId('debt-item');
    expect(item).toHaveTextContent('已归档');
    fireEvent.click(within(item).getByTestId('debt-unarchive'));
    await waitFor(async () => expect((await getDebt(db, 'd-1'))?.archived).toBe(false));
    expect(await screen.findByTestId('debt-archive')).toBeInTheDocument();
  });

  it('speaks English completely, with plural days', async () => {
    await addDebt(db, { id: 'd-1', creditor: 'A', kind: 'bank-loan', firstMissedDueDate: '2026-11-19' }, NOW);
    await renderWithDb(<DebtsScreen />, db, 'en');
    const item = await screen.findByTestId('debt-item');
    expect(item).toHaveTextContent('Bank loan (not a credit card)');
    expect(item).toHaveTextContent('1 day overdue');
    expect(item).toHaveTextContent('Principal not entered');
    await act(async () => fireEvent.click(screen.getByTestId('debt-add')));
    fireEvent.click(screen.getByTestId('debt-save'));
    expect(fieldErrors()[0]).toBe('Write down who you owe, e.g. the bank or the lending app.');
  });
});
