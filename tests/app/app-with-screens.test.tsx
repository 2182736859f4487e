// @vitest-environment jsdom
// The shell with the real feature screens: the database gate really provides the database they read.
// Dexie's liveQuery only reacts if a global indexedDB existed when Dexie loaded, so this import comes first.
import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import type { OpenDb } from '../../src/app/database-gate.tsx';
import { openDatabase } from '../../src/data/db.ts';
import { i18n } from '../../src/i18n/i18n.ts';

vi.mock('virtual:pwa-register/react', async () => ({
  useRegisterSW: (await import('./pwa-mock.ts')).useRegisterSWMock,
}));

let openDb: OpenDb;

beforeEach(async () => {
  const indexedDB = new IDBFactory();
  openDb = (options) => openDatabase({ ...options, indexedDB, IDBKeyRange });
  window.scrollTo = () => undefined;
  localStorage.clear();
  localStorage.setItem('youju.onboarded', '1');
  window.location.hash = '#/today';
  await i18n.changeLanguage('zh-CN');
});

afterEach(cleanup);

describe('app with its screens', () => {
  it('shows Today and the empty debts list on #/today once the database is open', async () => {
    render(<App userAgent="" openDb={openDb} />);
    expect(await screen.findByTestId('debts-empty')).toBeInTheDocument();
    expect(screen.getByTestId('debt-add')).toBeInTheDocument();
    expect(screen.getByTestId('received-open')).toBeInTheDocument();
    expect(await screen.findByTestId('reminders', {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('shows my data with export, import and the not-legal-advice statement on #/my-data', async () => {
    window.location.hash = '#/my-data';
    render(<App userAgent="" openDb={openDb} />);
    // My data is a lazy chunk behind the database and the lock check: on a loaded machine it takes over 1 s.
    expect(await screen.findByTestId('export-case', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByTestId('import-case-input')).toBeInTheDocument();
    expect(screen.getByTestId('about-disclaimer')).toHaveTextContent('不是法律意见');
  });
});
