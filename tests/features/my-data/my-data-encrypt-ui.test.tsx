// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { MyDataScreen } from '../../../src/features/my-data/my-data-screen.tsx';
import { encryptFile } from '../../../src/platform/encrypted-file.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

let db: YoujuDb;

beforeEach(async () => {
  db = await openFreshDb();
});

afterEach(() => {
  cleanup();
  db.close();
});

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

const errors = () => screen.queryAllByTestId('passphrase-error').map((e) => e.textContent);

describe('encrypted backup: the passphrase form', () => {
  it('says what is wrong with the passphrase inline, in words, and does not start the pack', async () => {
    await renderWithDb(<MyDataScreen />, db, 'en');
    fireEvent.click(screen.getByTestId('export-encrypt'));
    expect(screen.getByTestId('export-encrypt-warning').textContent).toContain(
      'nobody can open this backup — not even us',
    );
    expect(screen.getByTestId('export-pack').textContent).toBe('Make an encrypted backup');
    type('export-passphrase', 'short');
    fireEvent.click(screen.getByTestId('export-pack'));
    expect(errors()).toEqual(['Too short: at least 8 characters, now 5.', 'Type the same passphrase again.']);
    expect(document.activeElement).toBe(screen.getByTestId('export-passphrase'));
    expect(screen.getByTestId('export-passphrase').getAttribute('aria-invalid')).toBe('true');
    // Errors follow the typing once shown.
    type('export-passphrase', 'long enough now');
    type('export-passphrase-repeat', 'long enough no');
    expect(errors()).toEqual(['The two passphrases are not the same.']);
    fireEvent.click(screen.getByTestId('export-pack'));
    expect(document.activeElement).toBe(screen.getByTestId('export-passphrase-repeat'));
    expect(screen.queryByTestId('export-pack-progress')).toBeNull();
    // "Show passphrase" turns both fields to plain text, for checking what a phone keyboard typed.
    expect(screen.getByTestId('export-passphrase').getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByLabelText('Show passphrase'));
    expect(screen.getByTestId('export-passphrase').getAttribute('type')).toBe('text');
    expect(screen.getByTestId('export-passphrase-repeat').getAttribute('type')).toBe('text');
  });

  it('asks an encrypted backup for its passphrase; an empty or wrong one is refused in words, nothing written', async () => {
    await renderWithDb(<MyDataScreen />, db, 'zh-CN');
    const sealed = await encryptFile(new Blob(['not really a pack']), 'the right one', { iterations: 1_000 });
    const file = new File([sealed], 'youju-pack-2026-12-01.zip.enc');
    fireEvent.change(screen.getByTestId('import-pack-input'), { target: { files: [file] } });
    const form = await screen.findByTestId('restore-passphrase');
    expect(form.textContent).toContain('“youju-pack-2026-12-01.zip.enc”是加密的');
    fireEvent.click(within(form).getByTestId('restore-unlock'));
    expect(errors()).toEqual(['请输入密码。']);
    type('restore-passphrase-input', 'the wrong one');
    fireEvent.click(screen.getByTestId('restore-unlock'));
    await waitFor(() =>
      expect(screen.getByTestId('restore-passphrase').getAttribute('data-wrong')).toBe('true'),
    );
    expect(errors()[0]).toContain('这个密码打不开“youju-pack-2026-12-01.zip.enc”，没有写入任何内容');
    expect((screen.getByTestId('restore-passphrase-input') as HTMLInputElement).value).toBe('');
    expect(await db.chain.count()).toBe(0);
    // The right passphrase opens it; the contents are then checked like any pack (this one is no zip).
    type('restore-passphrase-input', 'the right one');
    fireEvent.click(screen.getByTestId('restore-unlock'));
    expect((await screen.findByTestId('restore-unreadable')).textContent).toContain('不是完整的案件包');
    expect(await db.chain.count()).toBe(0);
  });
});
