// Every screen of the foundation, in both languages: no serious or critical axe violation, and a 360×740
// screenshot under artifacts/screens/<lang>/ for people to look at.
import type { Page } from 'playwright-core';
import {
  SCREEN_TABS,
  TAB_SCREENS,
  axeCheck,
  chooseImportFile,
  fillDebtForm,
  gotoTab,
  openApp,
  shot,
  type Lang,
} from './lib/app.ts';
import { assertEqual, e2e } from './lib/define.ts';
import { creditCardFixture, invalidFixture } from './lib/fixtures.ts';

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await shot(page, name, focus);
  await axeCheck(page, name);
}

function screensIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await openApp(page, origin);
      assertEqual(
        await page.evaluate(() => document.documentElement.lang),
        lang,
        'language picked from the browser',
      );

      for (let screen = 1; ; screen++) {
        await page.getByTestId('onboarding').waitFor();
        await check(page, `onboarding-${screen}`);
        if (await page.getByTestId('onboarding-done').isVisible()) break;
        await page.getByTestId('onboarding-next').click();
      }
      await page.getByTestId('onboarding-done').click();

      await page.getByTestId('debts-empty').waitFor();
      await check(page, 'today-empty');

      await page.getByTestId('debt-add').click();
      await page.getByTestId('debt-form').waitFor();
      await check(page, 'debt-form');
      await check(page, 'debt-form-dates', 'debt-last-payment');
      await page.getByTestId('debt-save').click();
      await page.getByTestId('debt-form-error').first().waitFor();
      await check(page, 'debt-form-errors', 'debt-form-error');
      await fillDebtForm(page, {
        creditor: 'Example Bank',
        kind: 'credit-card',
        principal: '8000',
        firstMissed: '2026-05-01',
      });
      await page.getByTestId('debt-save').click();
      await page.getByTestId('debt-item').first().waitFor();
      await check(page, 'today-with-debts', 'debt-item');

      for (const tab of SCREEN_TABS) {
        await gotoTab(page, tab);
        await page.getByTestId(TAB_SCREENS[tab]).waitFor();
        await check(page, tab);
      }

      await gotoTab(page, 'my-data');
      await page.getByTestId('export-case').waitFor();
      await check(page, 'my-data');

      const invalid = invalidFixture('several-errors.json');
      assertEqual(await chooseImportFile(page, invalid.file), 'errors', `${invalid.name} outcome`);
      await check(page, 'import-errors', 'import-errors');
      await page.reload();
      await page.getByTestId('nav-today').waitFor();
      assertEqual(await chooseImportFile(page, creditCardFixture()), 'summary', 'valid fixture outcome');
      await check(page, 'import-summary', 'import-summary');
    },
    { timeoutMs: 150_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const screensZhCN = screensIn('zh-CN');
export const screensEn = screensIn('en');
