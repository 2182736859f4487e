// @vitest-environment jsdom
// My data's evidence chain and erase sections on a real (fake-indexeddb) store: the head short with the full value
// one tap away, "verify now" naming the first broken link after a stored record is changed behind the app's back,
// and "erase everything" only after the typed confirmation.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { chainHead } from '../../../src/data/repositories/chain-repo.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { ChainSection } from '../../../src/features/my-data/chain-section.tsx';
import { EraseSection } from '../../../src/features/my-data/erase-section.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

const CASE: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'd1', creditor: '某网贷', kind: 'online-loan' }],
  entries: [
    { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-01T22:30:00+08:00' },
    { id: 'e2', debtId: 'd1', kind: 'sms', at: '2026-11-02T09:00:00+08:00', notes: '今晚上门' },
    { id: 'e3', debtId: 'd1', kind: 'note', at: '2026-11-03T09:00:00+08:00' },
  ],
};

let db: YoujuDb;

beforeEach(async () => {
  db = await openFreshDb();
  await importCaseFile(db, CASE, { mode: 'replace', now: Date.now(), hasher: webCryptoHasher });
});

afterEach(() => {
  cleanup();
  db.close();
});

describe('evidence chain section', () => {
  it('shows the head short, the full value on tap, and verifies all links', async () => {
    const head = await chainHead(db);
    await renderWithDb(<ChainSection />, db);
    const button = await screen.findByTestId('chain-head');
    expect(button.textContent).toContain(head?.hash.slice(0, 8));
    expect(button.textContent).not.toContain(head?.hash);
    fireEvent.click(button);
    expect(screen.getByTestId('chain-head').textContent).toContain(head?.hash);
    fireEvent.click(screen.getByTestId('chain-verify'));
    await waitFor(() => expect(screen.getByTestId('chain-verify-result').dataset.state).toBe('ok'));
    expect(screen.getByTestId('chain-verify-result').textContent).toContain('3');
  });

  it('names the first broken link when a stored record was changed', async () => {
    const row = await db.chain.where('[kind+recordId]').equals(['entry', 'e2']).first();
    if (!row) throw new Error('e2 not sealed');
    await db.chain.put({ ...row, record: { ...(row.record as object), notes: '改过了' } });
    await renderWithDb(<ChainSection />, db);
    fireEvent.click(await screen.findByTestId('chain-verify'));
    await waitFor(() => expect(screen.getByTestId('chain-verify-result').dataset.state).toBe('broken'));
    const text = screen.getByTestId('chain-verify-result').textContent ?? '';
    expect(text).toContain(`${row.seq}`);
    expect(text).toContain('e2');
  });

  // The chain can be intact while the entries table, which the timeline and exports read, was edited directly.
  it.each([
    ['zh-CN', '证据链本身完好，但有 1 条记录', '记录 e2：应用里显示的内容与链上封存的版本不一致'],
    [
      'en',
      'the chain itself is intact, but 1 entry',
      'Entry e2: what the app shows differs from the sealed version',
    ],
  ] as const)(
    'in %s, names an entry row changed behind the app while the chain stays intact',
    async (lng, summary, line) => {
      const row = await db.entries.get('e2');
      if (!row) throw new Error('e2 not stored');
      await db.entries.put({ ...row, data: { ...row.data, notes: '改过了' } });
      await renderWithDb(<ChainSection />, db, lng);
      fireEvent.click(await screen.findByTestId('chain-verify'));
      await waitFor(() => expect(screen.getByTestId('chain-verify-result').dataset.state).toBe('broken'));
      expect(screen.getByTestId('chain-verify-result').textContent).toContain(summary);
      const problems = screen.getByTestId('chain-row-problems').querySelectorAll('li');
      expect([...problems].map((li) => [li.dataset.code, li.textContent])).toEqual([['row-differs', line]]);
    },
  );

  it('says the rows agree when nothing was changed, so an untouched profile is not reported', async () => {
    await renderWithDb(<ChainSection />, db, 'en');
    fireEvent.click(await screen.findByTestId('chain-verify'));
    await waitFor(() => expect(screen.getByTestId('chain-verify-result').dataset.state).toBe('ok'));
    expect(screen.queryByTestId('chain-row-problems')).toBeNull();
  });
});

describe('erase everything', () => {
  it('needs the confirmation step and the typed word; going back erases nothing', async () => {
    await renderWithDb(<EraseSection />, db);
    fireEvent.click(await screen.findByTestId('erase-start'));
    fireEvent.click(screen.getByTestId('erase-confirm'));
    fireEvent.change(screen.getByTestId('erase-word'), { target: { value: 'nope' } });
    fireEvent.click(screen.getByTestId('erase-confirm'));
    fireEvent.click(screen.getByTestId('erase-back'));
    expect(await db.chain.count()).toBe(3);
    fireEvent.click(screen.getByTestId('erase-start'));
    const word = screen.getByTestId('erase-confirm-box').textContent?.match(/[“"](.+?)[”"]/)?.[1] ?? '';
    fireEvent.change(screen.getByTestId('erase-word'), { target: { value: word } });
    fireEvent.click(screen.getByTestId('erase-confirm'));
    await screen.findByTestId('erase-done');
    expect(await db.chain.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
    expect(await db.debts.count()).toBe(0);
  });
});
