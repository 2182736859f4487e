import path from 'node:path';
import { addDebt, chooseImportFile, exportCase, gotoTab, openApp, skipOnboarding } from './lib/app.ts';
import { assert, assertEqual, e2e, fail } from './lib/define.ts';
import { invalidFixtures } from './lib/fixtures.ts';

export const invalidFilesShowErrorsAndChangeNothing = e2e(
  async ({ page, origin }) => {
    const fixtures = invalidFixtures();
    assert(
      fixtures.length >= 3,
      `at least three invalid fixtures with .expected.json, found ${fixtures.length}`,
    );

    await openApp(page, origin);
    await skipOnboarding(page);
    await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '3000' });
    const before = await exportCase(page);

    for (const fixture of fixtures) {
      const outcome = await chooseImportFile(page, fixture.file);
      assertEqual(outcome, 'errors', `${fixture.name}: outcome`);
      const shown = await page.getByTestId('import-error').allInnerTexts();
      assertEqual(
        shown.length,
        fixture.expected.length,
        `${fixture.name}: number of errors shown (expected ${JSON.stringify(fixture.expected)}, shown ${JSON.stringify(shown)})`,
      );
      for (const text of shown) {
        // A message, not a bare code or an untranslated key.
        if (!text.trim() || /^[\w.:-]+$/.test(text.trim()))
          fail(`${fixture.name}: unhelpful error "${text}"`);
      }
      // Start the next file from a clean screen rather than relying on how the error list is dismissed.
      await page.reload();
      await page.getByTestId('nav-today').waitFor();
    }

    const after = await exportCase(page);
    assertEqual(after, before, `export after ${fixtures.map((f) => path.basename(f.file)).join(', ')}`);
    await gotoTab(page, 'today');
    assertEqual(await page.getByTestId('debt-item').count(), 1, 'debt rows after the failed imports');
  },
  { timeoutMs: 120_000 },
);
