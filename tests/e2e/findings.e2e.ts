// Importing a fixture case shows the expected findings: the credit-card example case file (tests/fixtures/case-files)
// goes in through My data, and the findings screen shows exactly the findings its .expected.json lists, worded by
// binding force, with entry links, letters and the pattern of contact. Screenshots (360×740) and axe in both
// languages.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeCheck, chooseImportFile, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { REPO_ROOT, assert, assertEqual, e2e } from './lib/define.ts';

/** The shared examples with their expected findings, as kept for `youju analyze` (tests/fixtures/analyze). */
const EXAMPLE = path.join(REPO_ROOT, 'tests', 'fixtures', 'analyze', 'credit-card-harassment');

interface Expected {
  readonly findings: readonly { readonly ruleId: string; readonly entryIds: readonly string[] }[];
}

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await shot(page, name, focus);
  await axeCheck(page, name);
}

/** Every finding on screen as "rule|entry ids", read from the DOM. */
const shownFindings = (page: Page) =>
  page.getByTestId('finding').evaluateAll((els) =>
    els.map((el) => {
      const rule = el.closest('[data-testid="finding-group"]')?.getAttribute('data-rule') ?? '?';
      const ids = [...el.querySelectorAll('[data-testid="finding-entry"]')].map((a) =>
        a.getAttribute('data-entry-id'),
      );
      return `${rule}|${ids.join(',')}`;
    }),
  );

function findingsIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      const fixture = `${EXAMPLE}.json`;
      const expected = JSON.parse(readFileSync(`${EXAMPLE}.expected.json`, 'utf8')) as Expected;
      await openApp(page, origin);
      await skipOnboarding(page);
      // A fresh profile holds nothing, so My data asks no replace/merge question (lib importCase expects one).
      assertEqual(await chooseImportFile(page, fixture), 'summary', 'the example is valid');
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-done').waitFor();

      await page.goto(`${origin}/#/lawful/findings`);
      await page.getByTestId('findings-summary').waitFor();
      const want = expected.findings.map((f) => `${f.ruleId}|${f.entryIds.join(',')}`).sort();
      assertEqual((await shownFindings(page)).sort(), want, 'findings of the imported example');
      const wordings = await page
        .getByTestId('findings-section')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-wording')));
      assertEqual(wordings, ['illegal', 'regulatory', 'industry'], 'sections by binding force');
      // Quiet hours rest on a standard and an industry rule: they sit under "industry rules prohibit".
      const quiet = page.locator('[data-testid="finding-group"][data-rule="quiet-hours"]');
      assertEqual(await quiet.getAttribute('data-wording'), 'industry', 'quiet-hours wording');
      await check(page, 'findings-overall');
      await check(page, 'findings-overall-illegal', 'findings-section');

      await page.getByTestId('findings-debt-link').first().click();
      await page.waitForFunction(() => location.hash === '#/lawful/findings/cc');
      const chart = page.getByTestId('pattern-chart');
      await chart.waitFor();
      const svgName = await chart.locator('svg[role="img"] title').textContent();
      assert(svgName !== null && svgName.length > 0, 'the chart has an accessible name');
      await check(page, 'findings-debt');
      await check(page, 'findings-debt-chart', 'pattern-chart');
      const threat = page.locator('[data-testid="finding-group"][data-rule="threat"]');
      const letter = threat.locator('[data-testid="finding-letter"][data-template="police-statement"]');
      assertEqual(
        await letter.getAttribute('href'),
        '#/letters/police-statement?debt=cc',
        'police letter link',
      );
      assertEqual(await threat.locator('a[href="tel:110"]').count(), 1, '110 for a threat');
      await threat.getByTestId('finding-actions').evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -((document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 12));
      });
      await check(page, 'findings-debt-threat-actions');

      await threat.getByTestId('finding-entry').first().click();
      await page.waitForFunction(() => location.hash === '#/log/entry/a3');
    },
    { timeoutMs: 180_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const importedExampleFindingsZh = findingsIn('zh-CN');
export const importedExampleFindingsEn = findingsIn('en');
