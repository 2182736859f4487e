// Shared set-up for the debts and my-data component tests: the real i18n, toast and form-guard providers around a
// screen, over an isolated fake IndexedDB per test.
// Dexie's liveQuery stays silent unless a global indexedDB existed when Dexie loaded, so this import comes first.
import 'fake-indexeddb/auto';
import { render } from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { FormGuardProvider } from '../../../src/components/form-guard.tsx';
import { ToastProvider } from '../../../src/components/toast.tsx';
import { openDatabase, type YoujuDb } from '../../../src/data/db.ts';
import { DbProvider } from '../../../src/data/hooks/db-context.tsx';
import { StoreProvider } from '../../../src/data/store/store-context.tsx';
import type { Clock } from '../../../src/domain/shared/ports.ts';
import { testStore } from '../../data/test-store.ts';
import { i18n, loadNamespaces } from '../../../src/i18n/i18n.ts';
import type { Language } from '../../../src/i18n/resources.ts';

export async function openFreshDb(): Promise<YoujuDb> {
  return openDatabase({ name: 'youju', indexedDB: new IDBFactory(), IDBKeyRange });
}

/** `clock` is the storage service's clock, the screens' one source of "now" (the system clock unless given). */
export async function renderWithDb(ui: ReactNode, db: YoujuDb, lng: Language = 'zh-CN', clock?: Clock) {
  await i18n.changeLanguage(lng);
  // In the app, later screens load their words with their chunk (src/i18n/lazy-screen.ts); these tests render the
  // screens directly, so they load the same words first.
  await loadNamespaces(['myData', 'caseErrors', 'received', 'rules']);
  return render(
    <I18nextProvider i18n={i18n}>
      <FormGuardProvider>
        <ToastProvider>
          <DbProvider db={db}>
            <StoreProvider store={testStore(db, clock)}>{ui}</StoreProvider>
          </DbProvider>
        </ToastProvider>
      </FormGuardProvider>
    </I18nextProvider>,
  );
}
