// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LogFab } from '../../../src/features/log/log-fab.tsx';
import { i18n } from '../../../src/i18n/i18n.ts';

afterEach(cleanup);

async function renderAt(hash: string) {
  window.location.hash = hash;
  await i18n.changeLanguage('zh-CN');
  render(
    <I18nextProvider i18n={i18n}>
      <LogFab />
    </I18nextProvider>,
  );
}

const goTo = (hash: string) =>
  act(() => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('log a contact action', () => {
  it('links every screen to a new log entry', async () => {
    await renderAt('#/my-data');
    expect(screen.getByTestId('log-fab')).toHaveAttribute('href', '#/log/new');
    expect(screen.getByTestId('log-fab')).toHaveTextContent('记一笔');
  });

  it('carries the debt of the screen it is on', async () => {
    await renderAt('#/today/debt/d%201');
    expect(screen.getByTestId('log-fab')).toHaveAttribute('href', '#/log/new?debt=d%201');
    goTo('#/lawful/findings/cc');
    expect(screen.getByTestId('log-fab')).toHaveAttribute('href', '#/log/new?debt=cc');
  });

  it('is hidden on the log form itself and in visit mode, and comes back after', async () => {
    await renderAt('#/log/new?kind=call');
    expect(screen.queryByTestId('log-fab')).not.toBeInTheDocument();
    goTo('#/log/entry/e1/amend');
    expect(screen.queryByTestId('log-fab')).not.toBeInTheDocument();
    goTo('#/visit');
    expect(screen.queryByTestId('log-fab')).not.toBeInTheDocument();
    goTo('#/log/entry/e1');
    expect(screen.getByTestId('log-fab')).toBeInTheDocument();
  });
});
