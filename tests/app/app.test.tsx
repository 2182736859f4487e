// @vitest-environment jsdom
import {
  act,
  cleanup,
  fireEvent,
  render as rtlRender,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { ReactElement } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { useFormGuard } from '../../src/components/form-guard.tsx';
import type { OpenDb } from '../../src/app/database-gate.tsx';
import { openDatabase } from '../../src/data/db.ts';
import { i18n, LANG_STORAGE_KEY } from '../../src/i18n/i18n.ts';

vi.mock('virtual:pwa-register/react', async () => ({
  useRegisterSW: (await import('./pwa-mock.ts')).useRegisterSWMock,
}));
const stub = vi.hoisted(() => ({ debtsDirty: false }));

function StubDebts() {
  useFormGuard(stub.debtsDirty);
  return <p data-testid="stub-debts">debts</p>;
}

vi.mock('../../src/features/debts/debts-screen.tsx', () => ({ DebtsScreen: StubDebts }));
vi.mock('../../src/features/my-data/my-data-screen.tsx', () => ({
  MyDataScreen: () => <p data-testid="stub-my-data">my data</p>,
}));
vi.mock('../../src/features/log/log-screen.tsx', () => ({
  LogScreen: () => <p data-testid="stub-log">log</p>,
}));
vi.mock('../../src/features/log/visit/visit-screen.tsx', () => ({
  VisitScreen: () => <p data-testid="stub-visit">visit</p>,
}));
vi.mock('../../src/features/lawful/lawful-screen.tsx', () => ({
  LawfulScreen: () => <p data-testid="stub-lawful">lawful</p>,
}));
vi.mock('../../src/features/findings/findings-screen.tsx', () => ({
  FindingsScreen: () => <p data-testid="stub-findings">findings</p>,
}));
vi.mock('../../src/features/letters/letters-screen.tsx', () => ({
  LettersScreen: () => <p data-testid="stub-letters">letters</p>,
}));

const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN';

let openDb: OpenDb;

/**
 * Renders and waits until the database has opened and the app lock setting was read (or onboarding is showing,
 * which needs neither).
 */
async function render(ui: ReactElement<{ openDb?: OpenDb }>) {
  const view = rtlRender(ui);
  await waitFor(() => {
    expect(screen.queryByTestId('db-opening')).not.toBeInTheDocument();
    expect(screen.queryByTestId('lock-checking')).not.toBeInTheDocument();
  });
  return view;
}

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(async () => {
  const indexedDB = new IDBFactory();
  openDb = (options) => openDatabase({ ...options, indexedDB, IDBKeyRange });
  window.scrollTo = () => undefined;
  localStorage.clear();
  localStorage.setItem('youju.onboarded', '1');
  await i18n.changeLanguage('zh-CN');
  await go('');
});

afterEach(cleanup);

describe('router', () => {
  it('opens #/today by default with the Today screen above the debts screen', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    // The debts list loads in its own chunk just after Today's first paint, and sits below Today.
    const debts = await screen.findByTestId('stub-debts');
    expect(screen.getByTestId('received-open')).toHaveTextContent('我刚收到');
    expect(
      screen.getByTestId('received-open').compareDocumentPosition(debts) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.queryByTestId('coming-soon')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    ['#/log', 'nav-log', 'stub-log'],
    ['#/log/new?kind=call', 'nav-log', 'stub-log'],
    ['#/lawful', 'nav-lawful', 'stub-lawful'],
    ['#/lawful/claims', 'nav-lawful', 'stub-lawful'],
    ['#/lawful/findings', 'nav-lawful', 'stub-findings'],
    ['#/lawful/findings/d1', 'nav-lawful', 'stub-findings'],
    ['#/letters', 'nav-letters', 'stub-letters'],
  ])('opens %s on its own screen under the right tab', async (hash, navId, screenId) => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    await go(hash);
    // These screens load lazily with their words, so they appear a moment after the route changes.
    expect(await screen.findByTestId(screenId)).toBeInTheDocument();
    expect(screen.getByTestId(navId)).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-today')).not.toHaveAttribute('aria-current');
    expect(screen.queryByTestId('stub-debts')).not.toBeInTheDocument();
    expect(screen.queryByTestId('coming-soon')).not.toBeInTheDocument();
  });

  it('opens visit mode from #/visit with no tab marked as current', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    await go('#/visit');
    expect(await screen.findByTestId('stub-visit')).toBeInTheDocument();
    for (const id of ['nav-today', 'nav-log', 'nav-lawful', 'nav-letters', 'nav-my-data']) {
      expect(screen.getByTestId(id)).not.toHaveAttribute('aria-current');
    }
  });

  it('shows my data with the not-legal-advice statement', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    await go('#/my-data');
    // My data is a lazily loaded screen (with its words), so it appears a moment after the route changes.
    expect(await screen.findByTestId('stub-my-data')).toBeInTheDocument();
    expect(screen.getByTestId('about-disclaimer')).toHaveTextContent('不是法律意见');
    expect(screen.queryByTestId('coming-soon')).not.toBeInTheDocument();
  });

  it('falls back to today for an unknown route', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    await go('#/nowhere');
    expect(screen.getByTestId('stub-debts')).toBeInTheDocument();
  });

  it('has five navigation links pointing at the routes', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    const nav = screen.getByRole('navigation');
    const hrefs = within(nav)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#/today', '#/log', '#/lawful', '#/letters', '#/my-data']);
  });
});

describe('language switch', () => {
  it('switches the UI, <html lang> and the title, and remembers the choice', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByTestId('nav-today')).toHaveTextContent('今天');

    await act(async () => {
      fireEvent.change(screen.getByTestId('lang-switch'), { target: { value: 'en' } });
    });
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('Youju');
    expect(screen.getByTestId('nav-today')).toHaveTextContent('Today');
    expect(screen.getByTestId('lang-switch')).toHaveValue('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    await act(async () => {
      fireEvent.change(screen.getByTestId('lang-switch'), { target: { value: 'zh-CN' } });
    });
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(document.title).toBe('有据');
  });

  it('offers exactly zh-CN and en', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    const values = within(screen.getByTestId('lang-switch'))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(values).toEqual(['zh-CN', 'en']);
  });
});

describe('first launch', () => {
  it('shows onboarding until it is done, then never again', async () => {
    localStorage.removeItem('youju.onboarded');
    const first = await render(<App userAgent={SAFARI} openDb={openDb} />);
    expect(screen.getByTestId('onboarding')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('onboarding-next'));
    fireEvent.click(screen.getByTestId('onboarding-next'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('onboarding-done'));
    });
    expect(screen.queryByTestId('onboarding')).not.toBeInTheDocument();
    expect(screen.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
    first.unmount();

    await render(<App userAgent={SAFARI} openDb={openDb} />);
    expect(screen.queryByTestId('onboarding')).not.toBeInTheDocument();
  });
});

describe('in-app browser warning', () => {
  it('explains how to open the system browser inside WeChat', async () => {
    await render(<App userAgent={WECHAT} openDb={openDb} />);
    const warning = screen.getByTestId('inapp-warning');
    expect(warning).toHaveTextContent('微信');
    expect(warning).toHaveTextContent('点右上角 ··· → 在浏览器打开');
  });

  it('stays away in a real browser', async () => {
    await render(<App userAgent={SAFARI} openDb={openDb} />);
    expect(screen.queryByTestId('inapp-warning')).not.toBeInTheDocument();
  });
});

describe('leaving a page with unsaved input', () => {
  it('asks first, and stays if the user says no', async () => {
    stub.debtsDirty = true;
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    try {
      await render(<App userAgent={SAFARI} openDb={openDb} />);
      await act(async () => undefined);
      fireEvent.click(screen.getByTestId('nav-log'));
      expect(confirm).toHaveBeenCalledWith(expect.stringContaining('没保存的内容'));
      await go(window.location.hash);
      expect(window.location.hash).not.toBe('#/log');

      confirm.mockReturnValue(true);
      fireEvent.click(screen.getByTestId('nav-log'));
      await waitFor(() => expect(window.location.hash).toBe('#/log'));
    } finally {
      stub.debtsDirty = false;
      confirm.mockRestore();
    }
  });
});
