// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within, configure } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { listEntriesForDebt } from '../../../src/data/repositories/entries-repo.ts';
import { useAnyFormDirty } from '../../../src/components/form-guard.tsx';
import { LettersScreen } from '../../../src/features/letters/letters-screen.tsx';
import { loadNamespaces } from '../../../src/i18n/i18n.ts';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

// 2026-11-25 10:00 in Shanghai.
const NOW = Date.parse('2026-11-25T02:00:00Z');

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  borrower: { name: '张三', phones: ['13800000000'] },
  debts: [
    {
      id: 'cc',
      creditor: '某银行信用卡中心',
      kind: 'credit-card',
      principal: 30000,
      firstMissedDueDate: '2026-08-17',
    },
    {
      id: 'old',
      creditor: '旧卡银行',
      kind: 'credit-card',
      principal: 8000,
      firstMissedDueDate: '2022-03-01',
    },
    {
      id: 'ol',
      creditor: '某网贷平台',
      kind: 'online-loan',
      principal: 5000,
      firstMissedDueDate: '2026-10-16',
    },
  ],
  entries: [],
};

// The first render loads the lazy words and the case through Dexie; on a machine shared by several test runs
// that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 10_000 });

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  window.location.hash = '#/letters';
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
  await loadNamespaces(['letters', 'rules']);
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const go = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

const preview = () => screen.getByTestId('letter-preview');

function DirtyProbe() {
  return <p data-testid="dirty">{String(useAnyFormDirty())}</p>;
}

async function openCardLetter(debtId = 'cc') {
  window.location.hash = `#/letters/card-instalment?debt=${debtId}`;
  await renderWithDb(<LettersScreen />, db);
  await screen.findByTestId(debtId === 'old' ? 'limitation-warning' : 'letter-preview');
}

describe('letters screen', () => {
  it('groups templates by purpose; with a debt chosen, only the kinds that fit it', async () => {
    await renderWithDb(<LettersScreen />, db);
    const picker = await screen.findByTestId('letters-picker');
    const negotiate = within(picker).getByRole('region', { name: '协商还款' });
    expect(within(negotiate).getByText('个性化分期还款协商申请（信用卡）')).toBeTruthy();
    await go('#/letters?debt=ol');
    await waitFor(() =>
      expect(screen.queryAllByTestId('template-item').map((a) => a.dataset.templateId)).not.toContain(
        'card-instalment',
      ),
    );
  });

  it('prefills from the case, marks what is missing and jumps to it from the preview', async () => {
    await openCardLetter();
    expect(preview().textContent).toContain('某银行信用卡中心');
    expect(preview().textContent).toContain('张三');
    const id = screen.getByTestId('field-borrower.idNumber');
    expect(id.getAttribute('aria-invalid')).toBe('true');
    const gap = within(preview())
      .getAllByTestId('preview-missing')
      .find((b) => b.dataset.field === 'borrower.idNumber');
    expect(gap).toBeTruthy();
    fireEvent.click(gap as HTMLElement);
    expect(document.activeElement).toBe(id);
    fireEvent.change(id, { target: { value: '110101199001011234' } });
    await waitFor(() => expect(preview().textContent).toContain('110101199001011234'));
    expect(screen.getByTestId('field-borrower.idNumber').getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByTestId('letter-check').textContent).toBe('请核对后再发送。');
  });

  it('the plan calculator inserts months, amount and first date into the letter', async () => {
    await openCardLetter();
    fireEvent.change(screen.getByTestId('plan-income'), { target: { value: '6500' } });
    fireEvent.change(screen.getByTestId('plan-essentials'), { target: { value: '4000' } });
    fireEvent.change(screen.getByTestId('plan-otherDebts'), { target: { value: '500' } });
    fireEvent.change(screen.getByTestId('plan-first-date'), { target: { value: '2026-12-10' } });
    // 30,000 at up to 2,000 a month → 15 months of 2,000.
    await waitFor(() => expect(screen.getByTestId('plan-proposal').textContent).toContain('15'));
    fireEvent.click(screen.getByTestId('plan-insert'));
    await waitFor(() =>
      expect(preview().textContent).toContain('将欠款分15期偿还，每月还款2,000元，首期于2026年12月10日还款'),
    );
  });

  it('warns before a debt-admitting letter when the limitation period may have run out; the user decides', async () => {
    await openCardLetter('old');
    const warning = screen.getByTestId('limitation-warning');
    // R83: an estimate is never presented as a fact, and acknowledging before checking loses the defence.
    expect(warning.textContent).toContain('可能已于');
    expect(warning.textContent).toContain('核实之前，不要承认欠款或还款');
    expect(warning.textContent).toContain('第195条');
    expect(screen.queryByTestId('letter-preview')).toBeNull();
    fireEvent.click(screen.getByTestId('limitation-continue'));
    await screen.findByTestId('letter-preview');
  });

  it('renders markup typed by the user as text in the preview and the print sheet', async () => {
    await openCardLetter();
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)><b>粗</b>';
    fireEvent.change(screen.getByTestId('field-hardship.reasons'), { target: { value: evil } });
    fireEvent.change(screen.getByTestId('field-borrower.address'), { target: { value: evil } });
    await waitFor(() => expect(preview().textContent).toContain(evil));
    const print = document.querySelector('.letters-print-root');
    expect(print?.textContent).toContain(evil);
    for (const root of [preview(), print]) {
      expect(root?.querySelector('script, img, b')).toBeNull();
    }
  });

  it('copies the letter as plain text', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openCardLetter();
    fireEvent.click(screen.getByTestId('letter-copy'));
    await waitFor(() => expect(screen.getByTestId('copy-status').textContent).toContain('已复制'));
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text).toContain('个性化分期还款协商申请');
    expect(text).toContain('【身份证号】');
  });

  it('records the letter as sent: an outgoing letter entry, with the reply-due day shown', async () => {
    await openCardLetter();
    expect(screen.getByTestId('letter-reply-due').textContent).toContain('2026');
    fireEvent.click(screen.getByTestId('letter-save-sent'));
    // saveEntry hashes, writes and reads back: slower than one default wait on a loaded machine.
    await screen.findByTestId('letter-saved', {}, { timeout: 10_000 });
    const entries = await listEntriesForDebt(db, 'cc');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      debtId: 'cc',
      kind: 'letter',
      direction: 'outgoing',
      notes: '个性化分期还款协商申请（信用卡）',
      letter: { type: 'other' },
    });
    expect(screen.getByTestId('letter-saved').textContent).toContain('12月10日');
  });

  it('typed words hold navigation until the letter is used (copied, printed, shared or recorded)', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.resolve() },
      configurable: true,
    });
    window.location.hash = '#/letters/card-instalment?debt=cc';
    await renderWithDb(
      <>
        <LettersScreen />
        <DirtyProbe />
      </>,
      db,
    );
    await screen.findByTestId('letter-preview');
    expect(screen.getByTestId('dirty').textContent).toBe('false');
    fireEvent.change(screen.getByTestId('field-borrower.address'), { target: { value: '某市某路1号' } });
    await waitFor(() => expect(screen.getByTestId('dirty').textContent).toBe('true'));
    fireEvent.click(screen.getByTestId('letter-copy'));
    await waitFor(() => expect(screen.getByTestId('dirty').textContent).toBe('false'));
    fireEvent.change(screen.getByTestId('field-borrower.address'), { target: { value: '某市某路2号' } });
    await waitFor(() => expect(screen.getByTestId('dirty').textContent).toBe('true'));
  });

  it('works in English too', async () => {
    window.location.hash = '#/letters/card-instalment?debt=cc';
    await renderWithDb(<LettersScreen />, db, 'en');
    await screen.findByTestId('letter-preview');
    expect(screen.getByTestId('letter-check').textContent).toBe('Check before sending.');
    expect(preview().textContent).toContain('Request for an individual instalment plan');
  });
});
