// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hrefOf, routes } from '../../src/platform/routes.ts';
import { navigate, useRoute, useView } from '../../src/platform/use-route.ts';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Address({ id }: { id: string }) {
  return <p data-testid={id}>{hrefOf(useRoute())}</p>;
}

function LogView() {
  const view = useView('log');
  return <p data-testid="log-view">{view.view === 'entry' ? `entry ${view.id}` : view.view}</p>;
}

const hashListeners = (spy: { readonly mock: { readonly calls: readonly (readonly unknown[])[] } }) =>
  spy.mock.calls.filter(([type]) => type === 'hashchange').length;

describe('useRoute', () => {
  it('follows the hash with one hashchange listener however many screens read it, and lets go of it', () => {
    window.location.hash = '#/today';
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const view = render(
      <>
        <Address id="a" />
        <Address id="b" />
        <Address id="c" />
        <LogView />
      </>,
    );
    expect(hashListeners(added)).toBe(1);
    expect(screen.getByTestId('a')).toHaveTextContent('#/today');

    act(() => {
      window.location.hash = routes.log.entry('e 1');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    for (const id of ['a', 'b', 'c']) expect(screen.getByTestId(id)).toHaveTextContent('#/log/entry/e%201');
    expect(screen.getByTestId('log-view')).toHaveTextContent('entry e 1');
    expect(hashListeners(added)).toBe(1);

    view.unmount();
    expect(hashListeners(removed)).toBe(1);
  });

  it('shows the nearest screen for an address it does not know', () => {
    window.location.hash = '#/log/entry/%E0%A4%A';
    render(<LogView />);
    expect(screen.getByTestId('log-view')).toHaveTextContent('timeline');
  });
});

describe('navigate', () => {
  it('opens a screen as a new history entry, or in place of the current one', () => {
    window.location.hash = '#/today';
    const before = window.history.length;
    navigate(routes.letters.cost());
    expect(window.location.hash).toBe('#/letters/cost');
    expect(window.history.length).toBe(before + 1);
    navigate(routes.log.timeline(), { replace: true });
    expect(window.location.hash).toBe('#/log');
    expect(window.history.length).toBe(before + 1);
  });
});
