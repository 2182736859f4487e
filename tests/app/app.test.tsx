// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { i18n, LANG_STORAGE_KEY } from '../../src/i18n/i18n.ts';

vi.mock('virtual:pwa-register/react', async () => ({
  useRegisterSW: (await import('./pwa-mock.ts')).useRegisterSWMock,
}));
vi.mock('../../src/app/pending-screens.tsx', () => ({
  DebtsScreen: () => <p data-testid="stub-debts">debts</p>,
  MyDataScreen: () => <p data-testid="stub-my-data">my data</p>,
}));

const SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const WECHAT =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.40(0x1800282a) NetType/WIFI Language/zh_CN';

async function go(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

beforeEach(async () => {
  window.scrollTo = () => undefined;
  localStorage.clear();
  localStorage.setItem('youju.onboarded', '1');
  await i18n.changeLanguage('zh-CN');
  await go('');
});

afterEach(cleanup);

describe('router', () => {
  it('opens #/today by default with the debts screen and an honest note about stages', () => {
    render(<App userAgent={SAFARI} />);
    expect(screen.getByTestId('stub-debts')).toBeInTheDocument();
    expect(screen.getByTestId('coming-soon')).toHaveTextContent('逾期阶段与期限');
    expect(screen.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
  });

  it.each([
    ['#/log', 'nav-log', '催收记录'],
    ['#/lawful', 'nav-lawful', '合规核对'],
    ['#/letters', 'nav-letters', '信函起草'],
  ])('shows %s as a coming-soon page that says what will be there', async (hash, navId, title) => {
    render(<App userAgent={SAFARI} />);
    await go(hash);
    const coming = screen.getByTestId('coming-soon');
    expect(within(coming).getByRole('heading', { level: 1 })).toHaveTextContent(title);
    expect(coming).toHaveTextContent('现在还没有这项功能');
    expect(screen.getByTestId(navId)).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('nav-today')).not.toHaveAttribute('aria-current');
    expect(screen.queryByTestId('stub-debts')).not.toBeInTheDocument();
  });

  it('shows my data with the not-legal-advice statement', async () => {
    render(<App userAgent={SAFARI} />);
    await go('#/my-data');
    expect(screen.getByTestId('stub-my-data')).toBeInTheDocument();
    expect(screen.getByTestId('about-disclaimer')).toHaveTextContent('不是法律意见');
    expect(screen.queryByTestId('coming-soon')).not.toBeInTheDocument();
  });

  it('falls back to today for an unknown route', async () => {
    render(<App userAgent={SAFARI} />);
    await go('#/nowhere');
    expect(screen.getByTestId('stub-debts')).toBeInTheDocument();
  });

  it('has five navigation links pointing at the routes', () => {
    render(<App userAgent={SAFARI} />);
    const nav = screen.getByRole('navigation');
    const hrefs = within(nav)
      .getAllByRole('link')
      .map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['#/today', '#/log', '#/lawful', '#/letters', '#/my-data']);
  });
});

describe('language switch', () => {
  it('switches the UI, <html lang> and the title, and remembers the choice', async () => {
    render(<App userAgent={SAFARI} />);
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

  it('offers exactly zh-CN and en', () => {
    render(<App userAgent={SAFARI} />);
    const values = within(screen.getByTestId('lang-switch'))
      .getAllByRole('option')
      .map((o) => (o as HTMLOptionElement).value);
    expect(values).toEqual(['zh-CN', 'en']);
  });
});

describe('first launch', () => {
  it('shows onboarding until it is done, then never again', async () => {
    localStorage.removeItem('youju.onboarded');
    const first = render(<App userAgent={SAFARI} />);
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

    render(<App userAgent={SAFARI} />);
    expect(screen.queryByTestId('onboarding')).not.toBeInTheDocument();
  });
});

describe('in-app browser warning', () => {
  it('explains how to open the system browser inside WeChat', () => {
    render(<App userAgent={WECHAT} />);
    const warning = screen.getByTestId('inapp-warning');
    expect(warning).toHaveTextContent('微信');
    expect(warning).toHaveTextContent('点右上角 ··· → 在浏览器打开');
  });

  it('stays away in a real browser', () => {
    render(<App userAgent={SAFARI} />);
    expect(screen.queryByTestId('inapp-warning')).not.toBeInTheDocument();
  });
});
