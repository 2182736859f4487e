import { parseCaseFile } from '../../src/domain/case/parse.ts';
import {
  addDebt,
  debtRowTexts,
  exportCase,
  gotoTab,
  importCase,
  openApp,
  setLanguage,
  skipOnboarding,
  TABS,
  screenOf,
} from './lib/app.ts';
import { assert, assertEqual, e2e, fail } from './lib/define.ts';
import { creditCardFixture } from './lib/fixtures.ts';
import { waitForControllingServiceWorker } from './lib/service-worker.ts';

const CREDITOR = '测试银行信用卡中心';
const FIXTURE_CREDITOR = '某商业银行信用卡中心';

export const firstRunAddExportImportOffline = e2e(
  async ({ page, context, origin, server }) => {
    await openApp(page, origin);
    assertEqual(await skipOnboarding(page), 3, 'onboarding screens');
    await page.getByTestId('debts-empty').waitFor();

    await addDebt(page, {
      creditor: CREDITOR,
      kind: 'credit-card',
      principal: '12000',
      firstMissed: '2026-06-15',
    });
    const rows = await debtRowTexts(page);
    assertEqual(rows.length, 1, 'debt rows after adding one');
    assert(rows[0]?.includes(CREDITOR), `the new row shows the creditor: ${rows[0]}`);

    const exported = parseCaseFile(await exportCase(page));
    if (!exported.ok) fail(`the export does not parse: ${JSON.stringify(exported.errors)}`);
    const debt = exported.value.debts.find((d) => d.creditor === CREDITOR);
    assert(debt, `the export holds the debt: ${JSON.stringify(exported.value.debts)}`);
    assertEqual(
      [debt.kind, debt.principal, debt.firstMissedDueDate],
      ['credit-card', 12000, '2026-06-15'],
      'exported debt fields',
    );
    assertEqual(exported.value.timeZone, 'Asia/Shanghai', 'time zone of a new case');

    await importCase(page, creditCardFixture(), 'replace');
    await gotoTab(page, 'today');
    const afterImport = await debtRowTexts(page);
    assertEqual(afterImport.length, 1, 'debt rows after replacing with the fixture');
    assert(afterImport[0]?.includes(FIXTURE_CREDITOR), `the fixture's debt is listed: ${afterImport[0]}`);

    await waitForControllingServiceWorker(page);
    await context.setOffline(true);
    await server.stop();
    await page.reload();
    await page.getByTestId('nav-today').waitFor();
    await page.getByTestId('debt-item').first().waitFor();
    const offlineRows = await debtRowTexts(page);
    assert(offlineRows[0]?.includes(FIXTURE_CREDITOR), `offline, the data is still there: ${offlineRows[0]}`);
    for (const tab of TABS) {
      await gotoTab(page, tab);
      const screen = screenOf(tab);
      if (screen) await page.getByTestId(screen).waitFor();
    }
    await page.getByTestId('export-case').waitFor();
    await gotoTab(page, 'today');
    await page.getByTestId('debt-add').click();
    await page.getByTestId('debt-form').waitFor();

    // English is a chunk of its own: switching to it offline must still work (it comes from the precache).
    await page.getByTestId('debt-cancel').click();
    await setLanguage(page, 'en');
    await page.getByTestId('nav-my-data').getByText('My data').waitFor();
  },
  { timeoutMs: 120_000 },
);
