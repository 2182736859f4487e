// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MyDataScreen } from '../../../src/features/my-data/my-data-screen.tsx';
import { openFreshDb, renderWithDb } from '../debts/debts-test-utils.tsx';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../../package.json'), 'utf8')) as {
  version: string;
  license: string;
};

afterEach(cleanup);

describe('My data, about the app', () => {
  it('shows the version from package.json and offers this site’s own source with a relative link', async () => {
    const db = await openFreshDb();
    await renderWithDb(<MyDataScreen />, db);
    const about = await screen.findByTestId('about-section');
    expect(within(about).getByTestId('app-version').textContent).toContain(pkg.version);
    expect(pkg.license).toBe('AGPL-3.0-or-later');
    expect(about.textContent).toContain('AGPL-3.0-or-later');
    const link = within(about).getByTestId('source-link');
    // Relative: it follows whatever path the site is served under, and names no other site.
    expect(link.getAttribute('href')).toBe('source.zip');
    expect(link.getAttribute('download')).toBe(`youju-${pkg.version}-source.zip`);
    db.close();
  });

  it('tells the user to export before switching phones or sites', async () => {
    const db = await openFreshDb();
    await renderWithDb(<MyDataScreen />, db);
    expect((await screen.findByTestId('move-note')).textContent).toMatch(/换手机.*案件包.*网址/);
    db.close();
  });
});
