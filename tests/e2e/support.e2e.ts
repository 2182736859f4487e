// The help lines: the calm "can't cope" page one tap from Today, and the findings page when the log shows a message
// flood and a threat. 110 comes first, then 12356; both are tappable tel: links. Screenshotted at 360×740 and
// axe-checked in both languages.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeCheck, gotoTab, importCase, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assertEqual, e2e } from './lib/define.ts';

async function telLinks(page: Page, within: string): Promise<(string | null)[]> {
  return page
    .getByTestId(within)
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
}

/** Eleven texts in one day and a threat: a flood and a threat finding. */
async function floodCase(): Promise<string> {
  const entries = Array.from({ length: 11 }, (_, i) => ({
    id: `s${i}`,
    debtId: 'd1',
    kind: 'sms',
    at: `2026-11-07T10:${String(i).padStart(2, '0')}:00+08:00`,
  }));
  entries.push({
    id: 't1',
    debtId: 'd1',
    kind: 'call',
    at: '2026-11-08T10:00:00+08:00',
    tags: ['threat'],
  } as never);
  const file = path.join(os.tmpdir(), `youju-flood-${process.pid}.json`);
  await writeFile(
    file,
    JSON.stringify({
      format: 'youju.case',
      version: 1,
      timeZone: 'Asia/Shanghai',
      debts: [{ id: 'd1', creditor: '某网贷平台', kind: 'online-loan' }],
      entries,
    }),
  );
  return file;
}

function supportIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await openApp(page, origin);
      await skipOnboarding(page);
      await page.getByTestId('support-open').click();
      await page.getByTestId('support-screen').waitFor();
      assertEqual(await telLinks(page, 'support-screen'), ['tel:110', 'tel:12356'], '110 first, then 12356');
      await axeCheck(page, 'support');
      await shot(page, 'support');

      await gotoTab(page, 'my-data');
      await importCase(page, await floodCase(), 'replace');
      await page.goto(`${origin}/#/lawful/findings`);
      await page.getByTestId('crisis-lines').waitFor();
      assertEqual(await telLinks(page, 'crisis-lines'), ['tel:110', 'tel:12356'], 'help lines on findings');
      const rules = await page
        .getByTestId('finding-group')
        .evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset.rule));
      assertEqual(rules.includes('message-flood'), true, 'the flood is found');
      await axeCheck(page, 'findings with help lines');
      await shot(page, 'findings-help-lines', 'crisis-lines');
    },
    { timeoutMs: 120_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const supportZhCN = supportIn('zh-CN');
export const supportEn = supportIn('en');
