// @vitest-environment jsdom
// Dexie's liveQuery needs a global indexedDB when Dexie loads (see debts-test-utils.tsx).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { countCaseData, exportCaseFile, importCaseFile } from '../../../src/data/repositories/case-repo.ts';
import { getSetting } from '../../../src/data/repositories/settings-repo.ts';
import { parseCaseFile } from '../../../src/domain/case/parse.ts';
import { serializeCaseFile } from '../../../src/domain/case/serialize.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import { MyDataScreen } from '../../../src/features/my-data/my-data-screen.tsx';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';
import { webCryptoHasher } from '../../../src/platform/hasher.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/case-files');
const fixture = (path: string) => readFileSync(join(FIXTURES, path), 'utf8');
const NOW = Date.parse('2026-11-19T17:00:00Z'); // 20 Nov, 01:00 in Shanghai

const VALID_TEXT = fixture('valid/credit-card-harassment.json');
const VALID = (() => {
  const r = parseCaseFile(VALID_TEXT);
  if (!r.ok) throw new Error('fixture');
  return r.value;
})();
const OTHER: CaseFile = {
  format: 'youju.case',
  version: 1,
  timeZone: 'Asia/Shanghai',
  debts: [{ id: 'mine', creditor: '我的网贷', kind: 'online-loan' }],
  entries: [{ id: 'a1', kind: 'note', at: '2026-11-01T10:00:00+08:00' }],
};

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

function pick(text: string, name = 'case.json') {
  const file = new File([text], name, { type: 'application/json' });
  fireEvent.change(screen.getByTestId('import-case-input'), { target: { files: [file] } });
}

describe('import', () => {
  it('shows every error of an invalid file in words, with where it is, and writes nothing', async () => {
    await importCaseFile(db, OTHER, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const before = await exportCaseFile(db);
    await renderWithDb(<MyDataScreen />, db);
    pick(fixture('invalid/several-errors.json'));

    const items = await screen.findAllByTestId('import-error');
    expect(items.map((i) => i.dataset.code)).toEqual(['enum', 'date-time', 'enum', 'unknown-debt']);
    expect(items[0]).toHaveTextContent('第 1 笔欠款 › 类型（kind）');
    expect(items[0]).toHaveTextContent('mortgage');
    expect(items[1]).toHaveTextContent('第 1 条记录 › 时间（at）');
    expect(items[2]).toHaveTextContent('第 1 条记录 › 第 1 个标签');
    expect(items[3]).toHaveTextContent('第 2 条记录 › 所属欠款（debtId）');
    expect(screen.getByText('这个文件有 4 处问题，没有导入任何内容：')).toBeInTheDocument();
    expect(screen.queryByTestId('import-confirm')).not.toBeInTheDocument();
    expect(await exportCaseFile(db)).toEqual(before);
  });

  it('explains a file that is not JSON at all, in English too', async () => {
    await renderWithDb(<MyDataScreen />, db, 'en');
    pick('this is not json');
    const [item] = await screen.findAllByTestId('import-error');
    expect(item).toHaveTextContent('it is not valid JSON');
    expect(await countCaseData(db)).toEqual({ debts: 0, entries: 0 });
  });

  it('imports a valid file into an empty profile after showing its summary', async () => {
    await renderWithDb(<MyDataScreen />, db);
    pick(VALID_TEXT, 'backup.json');
    const summary = await screen.findByTestId('import-summary');
    expect(summary).toHaveTextContent('文件“backup.json”里有 1 笔欠款、7 条记录，时区是 Asia/Shanghai。');
    await waitFor(() =>
      expect(screen.getByTestId('import-confirm')).toHaveAttribute('aria-disabled', 'false'),
    );
    expect(screen.queryByTestId('import-mode-replace')).not.toBeInTheDocument();
    expect(await countCaseData(db)).toEqual({ debts: 0, entries: 0 });

    fireEvent.click(screen.getByTestId('import-confirm'));
    expect(await screen.findByTestId('import-done')).toHaveTextContent('导入完成：1 笔欠款、7 条记录。');
    expect(await exportCaseFile(db)).toEqual(VALID);
  });

  it('offers merge or replace when the phone has data; replace warns and then replaces', async () => {
    await importCaseFile(db, OTHER, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    await renderWithDb(<MyDataScreen />, db);
    pick(VALID_TEXT);
    const replace = await screen.findByTestId('import-mode-replace');
    expect(screen.getByTestId('import-mode-merge')).toBeChecked();
    fireEvent.click(replace);
    expect(screen.getByText(/现有的 1 笔欠款、1 条记录会被删除，无法恢复/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('import-confirm'));
    await screen.findByTestId('import-done');
    expect(await exportCaseFile(db)).toEqual(VALID);
  });

  it('merge with ids already on the phone lists the clashes and changes nothing', async () => {
    await importCaseFile(db, VALID, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const before = await exportCaseFile(db);
    await renderWithDb(<MyDataScreen />, db);
    pick(VALID_TEXT);
    await screen.findByTestId('import-mode-merge');
    await waitFor(() =>
      expect(screen.getByTestId('import-confirm')).toHaveAttribute('aria-disabled', 'false'),
    );
    fireEvent.click(screen.getByTestId('import-confirm'));
    const items = await screen.findAllByTestId('import-error');
    expect(items).toHaveLength(8);
    expect(items[0]).toHaveTextContent('“第 1 笔欠款 › 编号（id）”：这部手机上已经有编号为“cc”的欠款。');
    expect(screen.queryByTestId('import-done')).not.toBeInTheDocument();
    expect(await exportCaseFile(db)).toEqual(before);
  });

  it('cancel goes back without writing', async () => {
    await renderWithDb(<MyDataScreen />, db);
    pick(VALID_TEXT);
    fireEvent.click(await screen.findByTestId('import-cancel'));
    expect(screen.queryByTestId('import-summary')).not.toBeInTheDocument();
    expect(await countCaseData(db)).toEqual({ debts: 0, entries: 0 });
  });
});

describe('export and storage facts', () => {
  it('exports the canonical case file named by today in the case zone and records when', async () => {
    await importCaseFile(db, VALID, { mode: 'replace', now: NOW, hasher: webCryptoHasher });
    const blobs: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await renderWithDb(<MyDataScreen />, db);
    expect(await screen.findByText('还没有导出过备份。')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('export-case'));

    expect(await screen.findByText('已导出：youju-case-2026-11-20.json')).toBeInTheDocument();
    expect(names).toEqual(['youju-case-2026-11-20.json']);
    expect(await blobs[0]?.text()).toBe(serializeCaseFile(VALID));
    expect(await getSetting(db, 'lastExportAt')).toBe(NOW);
    expect(await screen.findByText(/上次导出：/)).toBeInTheDocument();
  });

  it('shows persistence, storage use and the case time zone', async () => {
    await importCaseFile(
      db,
      { ...OTHER, timeZone: 'Europe/Berlin' },
      { mode: 'replace', now: NOW, hasher: webCryptoHasher },
    );
    const estimate = vi.fn(async () => ({ usage: 1_572_864, quota: 1024 * 1024 * 1024 }));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => true, estimate },
    });
    await renderWithDb(<MyDataScreen />, db);
    await waitFor(() =>
      expect(screen.getByTestId('persist-status')).toHaveAttribute('data-status', 'granted'),
    );
    expect(screen.getByTestId('storage-estimate')).toHaveTextContent(
      '已用 1.5 MB，浏览器允许使用约 1,024 MB',
    );
    expect(await screen.findByText('Europe/Berlin')).toHaveAttribute('data-testid', 'case-timezone');
    // Asked on showing the screen, not on every render.
    await new Promise((resolve) => setTimeout(resolve, 100));
    Reflect.deleteProperty(navigator, 'storage');
    expect(estimate.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('says when persistence has not been asked yet or is unsupported', async () => {
    await renderWithDb(<MyDataScreen />, db);
    await waitFor(() =>
      expect(screen.getByTestId('persist-status')).toHaveAttribute('data-status', 'unsupported'),
    );
    expect(screen.getByTestId('storage-estimate')).toHaveTextContent('这个浏览器没有提供存储用量。');
    expect(screen.getByTestId('case-timezone')).toHaveTextContent('Asia/Shanghai');
  });
});
