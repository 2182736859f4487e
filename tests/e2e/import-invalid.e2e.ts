import path from 'node:path';
import {
  addDebt,
  chooseImportFile,
  debtsListed,
  exportCase,
  gotoTab,
  openApp,
  skipOnboarding,
} from './lib/app.ts';
import { assertEqual, e2e, fail } from './lib/define.ts';
import { invalidFixture } from './lib/fixtures.ts';

// A spread of failures: not JSON at all, an empty file, another format, a future version, several errors at once,
// and errors only visible across the file (duplicate ids, an entry naming no debt), plus a bad timestamp.
const FIXTURES = [
  'not-json.txt',
  'empty.txt',
  'wrong-format.json',
  'version-2.json',
  'several-errors.json',
  'duplicate-entry-id.json',
  'unknown-debt-id.json',
  'at-without-offset.json',
];

export const invalidFilesShowErrorsAndChangeNothing = e2e(
  async ({ page, origin }) => {
    const fixtures = FIXTURES.map(invalidFixture);

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
      const codes = await page
        .getByTestId('import-error')
        .evaluateAll((items) => items.map((item) => item.getAttribute('data-code') ?? ''));
      assertEqual(
        [...codes].sort(),
        fixture.expected.map((e) => e.code).sort(),
        `${fixture.name}: error codes (data-code)`,
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
    await debtsListed(page);
    assertEqual(await page.getByTestId('debt-item').count(), 1, 'debt rows after the failed imports');
  },
  { timeoutMs: 120_000 },
);
