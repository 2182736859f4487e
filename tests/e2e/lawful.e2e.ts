// "What may a collector do?" and "Is what they say true?": from the tab, open the catalogue, search
// "上门", pick a topic, then open a claim. Screenshots (360×740) and axe in both languages.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { axeCheck, gotoTab, importCase, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { dayIn, shiftDay } from './lib/days.ts';

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

/** Puts an element's top just under the sticky header (as `shot` does for a test id). */
const underHeader = (el: Element): void => {
  el.scrollIntoView({ block: 'start' });
  window.scrollBy(0, -((document.querySelector('header')?.getBoundingClientRect().bottom ?? 0) + 12));
};

/**
 * Criminal exposure, said calmly (legal facts §16 items 3, 4 and 9): two cards that are each under ¥50,000 but
 * together above it, and a loan at the enforcement stage. The card's detail says "this card alone" and shows the
 * total; the enforcement detail names the remedies and what creates risk; the overdraft and "prison" claims answer
 * from the same rows; the log form's threat chip speaks of personal safety only.
 */
function criminalIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await openApp(page, origin);
      await skipOnboarding(page);
      const today = dayIn(Date.now(), 'Asia/Shanghai');
      const caseFile = {
        format: 'youju.case',
        version: 1,
        timeZone: 'Asia/Shanghai',
        debts: [
          {
            id: 'card-a',
            creditor: '甲银行信用卡中心',
            kind: 'credit-card',
            principal: 30000,
            firstMissedDueDate: shiftDay(today, -100),
          },
          {
            id: 'card-b',
            creditor: '乙银行信用卡中心',
            kind: 'credit-card',
            principal: 25000,
            firstMissedDueDate: shiftDay(today, -95),
          },
          {
            id: 'loan',
            creditor: '某消费金融公司',
            kind: 'consumer-finance',
            principal: 40000,
            firstMissedDueDate: shiftDay(today, -300),
          },
        ],
        entries: [
          {
            id: 'enf-1',
            debtId: 'loan',
            kind: 'letter',
            at: `${shiftDay(today, -5)}T10:00:00+08:00`,
            letter: { type: 'enforcement-notice', receivedOn: shiftDay(today, -5) },
          },
        ],
      };
      const file = path.join(os.tmpdir(), `youju-criminal-${lang}-${Date.now()}.json`);
      await writeFile(file, JSON.stringify(caseFile));
      await importCase(page, file, 'replace');
      await gotoTab(page, 'today');

      await page.goto(`${origin}/#/today/debt/card-a`);
      const total = page.getByTestId('overdraft-cards-total');
      await total.waitFor();
      const totalText = await total.innerText();
      assert(totalText.includes('55,000'), `the total across both cards: ${totalText}`);
      const risk = await total.locator('xpath=..').innerText();
      assert(risk.includes(lang === 'en' ? 'this card alone' : '这张卡单独看'), `this card alone: ${risk}`);
      await total.locator('xpath=..').evaluate(underHeader);
      await check(page, 'criminal-card-risk');
      await check(page, 'criminal-card-total', 'overdraft-cards-total');

      await page.goto(`${origin}/#/today/debt/loan`);
      const detail = page.getByTestId('stage-detail');
      await detail.locator('[data-stage="enforcement"]').waitFor();
      const words = await detail.innerText();
      for (const s of lang === 'en'
        ? [
            'not in itself a crime',
            'before enforcement ends',
            'sue within 15 days',
            'has the ability to execute',
            '12348',
          ]
        : ['本身不是犯罪', '执行程序结束前', '15 日内起诉', '有能力执行而拒不执行', '12348'])
        assert(words.includes(s), `the enforcement detail says ${s}`);
      await check(page, 'criminal-enforcement-stage');
      await detail
        .locator('h2')
        .nth(1)
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, 'criminal-enforcement-actions');
      await detail
        .locator('.today-risk')
        .first()
        .evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shot(page, 'criminal-enforcement-risks');

      for (const id of ['overdraft-10000', 'sued-means-jail', 'overdue-is-crime']) {
        await page.goto(`${origin}/#/lawful/claims/${id}`);
        await page.locator(`[data-testid="lawful-claim"][data-claim-id="${id}"]`).waitFor();
        await check(page, `criminal-claim-${id}`);
      }
      const short = await page.getByTestId('lawful-claim-short').innerText();
      assert(!short.includes('只有'), `no "only malicious overdraft": ${short}`);

      await page.getByTestId('log-fab').click();
      await page.getByTestId('log-kind-call').click();
      await page.locator('[data-testid="log-form"][data-kind="call"]').waitFor();
      const chip = await page.getByTestId('log-tag-threat').innerText();
      assert(chip.includes(lang === 'en' ? 'safety' : '人身安全'), `the threat chip: ${chip}`);
      await check(page, 'criminal-log-tag-chips', 'log-tag-threat');
      // The hint above the chips says which threats the tag is for and which statements are lawful if true.
      await page.getByTestId('log-tag-threat').locator('xpath=../..').evaluate(underHeader);
      await shot(page, 'criminal-log-tag-hint');
    },
    { timeoutMs: 150_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const criminalZhCN = criminalIn('zh-CN');
export const criminalEn = criminalIn('en');
