// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useToday } from '../../src/platform/use-today.ts';

function Today({ zone }: { zone: string }) {
  return <p data-testid="today">{useToday(zone)}</p>;
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('today on an open screen', () => {
  it('moves to the next day after local midnight in the case zone, not the machine zone', () => {
    // 23:59:30 on 24 Nov in Shanghai is 15:59:30 UTC.
    vi.setSystemTime(Date.parse('2026-11-24T15:59:30Z'));
    render(<Today zone="Asia/Shanghai" />);
    expect(screen.getByTestId('today')).toHaveTextContent('2026-11-24');
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    expect(screen.getByTestId('today')).toHaveTextContent('2026-11-25');
  });

  it('re-reads the day when the page becomes visible again', () => {
    vi.setSystemTime(Date.parse('2026-11-24T15:00:00Z'));
    render(<Today zone="Asia/Shanghai" />);
    expect(screen.getByTestId('today')).toHaveTextContent('2026-11-24');
    // A phone frozen in the background: the clock jumps without the interval running.
    vi.setSystemTime(Date.parse('2026-11-25T02:00:00Z'));
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(screen.getByTestId('today')).toHaveTextContent('2026-11-25');
  });
});
