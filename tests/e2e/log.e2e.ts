// The log: a call logged in the phone viewport with the fewest taps (记一笔 → Call → Answered → Save), seen
// in the timeline, amended (history one tap away), and another entry hidden with a reason. Every log screen is
// screenshotted at 360×740 and axe-checked in both languages.
import type { Page } from 'playwright-core';
import { addDebt, axeCheck, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';

async function check(page: Page, name: string, focus?: string): Promise<void> {
  // A toast from the previous step would cover what the screenshot is about.
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

const rowsIn = (page: Page) => page.getByTestId('log-row');

function logIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await openApp(page, origin);
      await skipOnboarding(page);
      await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '8000' });
      await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
      await check(page, 'log-fab-today');

      // The fewest taps: the action, the kind, the one required answer, save.
      let taps = 0;
      const tap = async (selector: string) => {
        taps += 1;
        await page.locator(selector).first().click();
      };
      await tap('[data-testid="log-fab"]');
      await page.getByTestId('log-pick').waitFor();
      await check(page, 'log-pick');
      await tap('[data-testid="log-kind-call"]');
      await page.locator('[data-testid="log-form"][data-kind="call"]').waitFor();
      assertEqual(await page.getByTestId('log-fab').count(), 0, 'no log action on the log form itself');
      await check(page, 'log-form-call');
      await tap('[data-testid="log-answered"] [data-value="yes"]');
      await check(page, 'log-form-call-chips', 'log-tag-threat');
      await tap('[data-testid="log-save"]');
      await page.getByTestId('saved-toast').waitFor();
      assertEqual(taps, 4, 'taps to log a call');
      await page.waitForFunction(() => location.hash === '#/log');
      await rowsIn(page).first().waitFor();
      assertEqual(await rowsIn(page).count(), 1, 'the call is in the timeline');

      // A second entry with notes and a conduct tag, then the other forms for their screenshots.
      await page.getByTestId('log-fab').click();
      await page.getByTestId('log-kind-sms').click();
      await page.getByTestId('log-notes').fill('短信说今晚上门');
      await page.getByTestId('log-tag-threat').click();
      // A screenshot of the message, stored byte for byte and hashed before it joins the entry.
      await page.getByTestId('log-attach-file').setInputFiles({
        name: 'sms-screenshot.png',
        mimeType: 'image/png',
        buffer: Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'),
      });
      await page.getByTestId('log-attach-item').waitFor();
      await check(page, 'log-form-attachment', 'log-attach-item');
      await page.getByTestId('log-save').click();
      await page.getByTestId('saved-toast').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-row"]').length === 2);

      for (const kind of ['visit', 'third-party-contact', 'letter'] as const) {
        await page.goto(`${origin}/#/log/new?kind=${kind}`);
        await page.locator(`[data-testid="log-form"][data-kind="${kind}"]`).waitFor();
        await check(page, `log-form-${kind}`);
      }
      // A ruling asks its kind and procedure (docs/case-file.md, additions of 2026-12).
      await page.getByTestId('log-letter-type').selectOption('ruling');
      await page.getByTestId('log-letter-ruling-kind').waitFor();
      await check(page, 'log-form-letter-ruling', 'log-letter-type');
      await page.goto(`${origin}/#/log`);
      await rowsIn(page).first().waitFor();
      await check(page, 'log-timeline');

      // Amend the call: detail → Correct → change → save → history.
      const callRow = page.locator('[data-testid="log-row"]', { hasText: lang === 'en' ? 'Call' : '电话' });
      await callRow.first().click();
      await page.getByTestId('log-detail').waitFor();
      await page.getByTestId('log-amend').click();
      await page.getByTestId('log-form').waitFor();
      await page.getByTestId('log-notes').fill('对方自称律师，说要起诉');
      await page.getByTestId('log-amend-reason').fill(lang === 'en' ? 'Forgot the notes' : '补上备注');
      await page.getByTestId('log-save').click();
      await page.getByTestId('log-history-amendment').waitFor();
      await check(page, 'log-detail-amended');
      await check(page, 'log-history', 'log-history');
      await page.goto(`${origin}/#/log`);
      await page.getByTestId('log-amended-badge').waitFor();

      // Hide the text message with a reason; it leaves the list until "show hidden".
      await page.locator('[data-testid="log-row"]', { hasText: '短信说今晚上门' }).click();
      const hash = await page.locator('.log-attach__hash').innerText();
      assert(/SHA-256 [0-9a-f]{64}/.test(hash), `the attachment's hash is shown (${hash})`);
      await page.getByTestId('log-hide').click();
      await page.getByTestId('log-hide-confirm').click();
      await page.locator('[data-testid="log-form-error"]').waitFor();
      await page.getByTestId('log-hide-reason').fill(lang === 'en' ? 'Logged twice' : '重复记录');
      await check(page, 'log-hide-form', 'log-hide-form');
      await page.getByTestId('log-hide-confirm').click();
      await page.getByTestId('log-detail-hidden').waitFor();
      await check(page, 'log-detail-hidden');
      await page.goto(`${origin}/#/log`);
      await rowsIn(page).first().waitFor();
      assertEqual(await rowsIn(page).count(), 1, 'the hidden entry leaves the timeline');
      await page.getByTestId('log-show-hidden').check();
      await page.getByTestId('log-hidden-badge').waitFor();
      assertEqual(await rowsIn(page).count(), 2, 'hidden entries on request');
      await check(page, 'log-timeline-hidden');

      // The FAB does not cover the bottom navigation.
      const fab = await page.getByTestId('log-fab').boundingBox();
      const nav = await page.locator('nav.nav').boundingBox();
      assert(fab && nav && fab.y + fab.height <= nav.y, 'the log action sits above the bottom navigation');
    },
    { timeoutMs: 180_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const logZhCN = logIn('zh-CN');
export const logEn = logIn('en');
