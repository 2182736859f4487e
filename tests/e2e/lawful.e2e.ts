// Issue 5, "What may a collector do?" and "Is what they say true?": from the tab, open the catalogue, search
// "上门", pick a topic, then open a claim. Screenshots (360×740) and axe in both languages.
import type { Page } from 'playwright-core';
import { axeCheck, gotoTab, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await shot(page, name, focus);
  await axeCheck(page, name);
}

const rowIds = (page: Page) =>
  page.getByTestId('lawful-rule').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule-id')));

function lawfulIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await openApp(page, origin);
      await skipOnboarding(page);
      await gotoTab(page, 'lawful');
      await page.getByTestId('lawful-hub').waitFor();
      for (const entry of ['findings', 'rules', 'claims', 'visit'])
        assert(await page.getByTestId(`lawful-hub-${entry}`).isVisible(), `hub entry ${entry}`);
      await check(page, 'lawful-hub');

      await page.getByTestId('lawful-hub-rules').click();
      await page.getByTestId('lawful-rules').waitFor();
      assertEqual(
        (await rowIds(page)).length,
        54,
        'the whole catalogue: Table A and the rows added in 2026-12',
      );
      // "上门" finds the visit rules whatever the UI language (search covers both languages).
      await page.getByTestId('lawful-rules-search').fill('上门');
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="lawful-rule"]').length < 54,
        undefined,
        { timeout: 10_000 },
      );
      const found = await rowIds(page);
      for (const id of ['R05', 'R21', 'R26', 'R27'])
        assert(found.includes(id), `"上门" finds ${id}: ${found}`);
      assert(!found.includes('R43'), '"上门" does not find the credit-report row');
      await check(page, 'lawful-rules-search', 'lawful-rules-count');

      await page.getByTestId('lawful-rules-search').fill('');
      await page.getByTestId('lawful-topic-visits').click();
      await page.waitForFunction(() => location.hash === '#/lawful/rules/visits');
      const visits = await rowIds(page);
      assertEqual(visits, ['R05', 'R06', 'R26', 'R27'], 'the visits topic');
      await check(page, 'lawful-rules-visits');
      await shot(page, 'lawful-rules-visits-list', 'lawful-rules-count');
      await page.locator('[data-rule-id="R05"]').scrollIntoViewIfNeeded();
      await check(page, 'lawful-rules-visits-r05', 'lawful-rule');

      await page.goto(`${origin}/#/lawful`);
      await page.getByTestId('lawful-hub-claims').click();
      await page.getByTestId('lawful-claims').waitFor();
      await check(page, 'lawful-claims');
      await page.getByTestId('lawful-claims-search').fill(lang === 'en' ? 'crime' : '犯罪');
      await page.locator('[data-claim-id="overdue-is-crime"]').click();
      const claim = page.getByTestId('lawful-claim');
      await claim.waitFor();
      const truth = await page.getByTestId('lawful-claim-truth').innerText();
      assert(truth.includes(lang === 'en' ? '¥50,000' : '5 万元'), `the ¥50,000 test: ${truth}`);
      await check(page, 'lawful-claim-overdue');
      await page.getByTestId('lawful-claim-channels').scrollIntoViewIfNeeded();
      await check(page, 'lawful-claim-overdue-end', 'lawful-claim-channels');

      await page.goto(`${origin}/#/lawful/claims/court-sms`);
      await page.locator('[data-testid="lawful-claim"][data-claim-id="court-sms"]').waitFor();
      await check(page, 'lawful-claim-court-sms');
    },
    { timeoutMs: 150_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const lawfulZhCN = lawfulIn('zh-CN');
export const lawfulEn = lawfulIn('en');
