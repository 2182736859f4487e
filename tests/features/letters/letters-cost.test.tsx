// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, screen, waitFor, configure } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { YoujuDb } from '../../../src/data/db.ts';
import { LettersScreen } from '../../../src/features/letters/letters-screen.tsx';
import { loadNamespaces } from '../../../src/i18n/i18n.ts';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

// 2026-01-15 10:00 in Shanghai: the received date defaults to today in the case zone.
const NOW = Date.parse('2026-01-15T02:00:00Z');
// The first render loads the lazy words and the case through Dexie; on a machine shared by several test runs
// that can take longer than Testing Library's default 1 s wait.
configure({ asyncUtilTimeout: 10_000 });

let db: YoujuDb;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  window.location.hash = '#/letters/cost';
  db = await openFreshDb();
  await loadNamespaces(['letters', 'rules']);
});

afterEach(() => {
  cleanup();
  db.close();
  vi.useRealTimers();
});

const fill = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });

describe('cost check screen', () => {
  it('砍头息: the rate on the 8,000 received, the lower figure on the nominal, both benchmarks with the dated LPR', async () => {
    await renderWithDb(<LettersScreen />, db);
    await screen.findByTestId('cost-panel');
    fill('cost-nominal', '10000');
    fill('cost-received', '8000');
    fill('cost-count', '12');
    fill('cost-each', '1000');
    // Same schedule as tests/domain/plan/irr.test.ts (received 2026-01-15): 82.80 % nominal, 122.70 % effective.
    await waitFor(() => expect(screen.getByTestId('cost-rate').textContent).toContain('82.80%'));
    expect(screen.getByTestId('cost-effective').textContent).toContain('122.70%');
    const withheld = screen.getByTestId('cost-withheld').textContent ?? '';
    expect(withheld).toContain('第670条');
    expect(withheld).toContain('35.23%');
    expect(screen.getByTestId('cost-benchmark-court-24').textContent).toContain('高于每年 24%');
    expect(screen.getByTestId('cost-benchmark-lpr-4x').textContent).toContain('12.00%');
    expect(screen.getByTestId('cost-lpr-asof').textContent).toContain('2026-08');
    expect(document.body.textContent).not.toContain('违法');
  });

  it('explains bad input instead of showing a rate', async () => {
    await renderWithDb(<LettersScreen />, db, 'en');
    await screen.findByTestId('cost-panel');
    fill('cost-received', '8000');
    fill('cost-count', '0');
    fill('cost-each', '1000');
    await waitFor(() => expect(screen.getByTestId('cost-result').textContent).toContain('Please check'));
    fill('cost-count', '12');
    fill('cost-nominal', '5000');
    await waitFor(() =>
      expect(screen.getByTestId('cost-result').textContent).toContain(
        'cannot be less than the amount received',
      ),
    );
  });
});
