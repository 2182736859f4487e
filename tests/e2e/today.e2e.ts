// Today end to end: a credit-card debt 100 days overdue, a logged visit (through a case-file import) and a
// 支付令 received through the "I just received…" flow → Today shows the payment-order stage, the 15-day objection
// deadline (民事诉讼法 Art. 85 counting) and a working .ics export. Every screen is screenshotted and axe-checked in
// both languages.
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  addDebt,
  axeCheck,
  exportCase,
  gotoTab,
  importCase,
  openApp,
  shot,
  skipOnboarding,
  type Lang,
} from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { dayIn, shiftDay } from './lib/days.ts';

const ZONE = 'Asia/Shanghai';
const FLOWS = [
  'sued-sms',
  'court-papers',
  'payment-order',
  'public-notice',
  'arbitration-award',
  'mediation-notice',
  'lawyer-letter',
  'debt-sold',
  'credit-error',
] as const;

// 国办发明电〔2025〕7号 (legal-facts.md §15): the 2026 days off that are not weekends or that matter here.
const HOLIDAYS_2026 = new Set(
  [
    ...['01-01', '01-02', '01-03'],
    ...['02-15', '02-16', '02-17', '02-18', '02-19', '02-20', '02-21', '02-22', '02-23'],
    ...['04-04', '04-05', '04-06'],
    ...['05-01', '05-02', '05-03', '05-04', '05-05'],
    ...['06-19', '06-20', '06-21'],
    ...['09-25', '09-26', '09-27'],
    ...['10-01', '10-02', '10-03', '10-04', '10-05', '10-06', '10-07'],
  ].map((d) => `2026-${d}`),
);
const WORKDAYS_2026 = new Set([
  '2026-01-04',
  '2026-02-14',
  '2026-02-28',
  '2026-05-09',
  '2026-09-20',
  '2026-10-10',
]);

const dayOf = (ms: number): string => dayIn(ms, ZONE);
const shift = shiftDay;
/** Art. 85: the day of receipt is not counted; a last day on a rest day moves to the next working day. */
function objectionDue(received: string): string {
  let due = shift(received, 15);
  const rest = (d: string) => {
    if (WORKDAYS_2026.has(d)) return false;
    const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
    return HOLIDAYS_2026.has(d) || weekday === 0 || weekday === 6;
  };
  while (rest(due)) due = shift(due, 1);
  return due;
}

async function check(page: Page, name: string, focus?: string): Promise<void> {
  // A "Saved" toast from the previous step would cover what the screenshot is about.
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

/** Adds the debt through the form, then logs a visit by exporting the case and importing it back with the visit. */
async function seedDebtWithVisit(page: Page, today: string): Promise<string> {
  await addDebt(page, {
    creditor: '某银行信用卡中心',
    kind: 'credit-card',
    principal: '30000',
    firstMissed: shift(today, -100),
  });
  const debtId = await page.getByTestId('debt-item').first().getAttribute('data-debt-id');
  assert(debtId, 'the new debt has an id');
  const caseFile = JSON.parse(await exportCase(page)) as { entries: unknown[] };
  caseFile.entries.push({
    id: 'visit-1',
    debtId,
    kind: 'visit',
    at: `${shift(today, -10)}T15:00:00+08:00`,
    visit: { collectors: 2, idShown: true, place: 'home' },
  });
  const file = path.join(os.tmpdir(), `youju-today-${Date.now()}.json`);
  await writeFile(file, JSON.stringify(caseFile));
  await importCase(page, file, 'replace');
  await gotoTab(page, 'today');
  return debtId;
}

function todayIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      const today = dayOf(Date.now());
      const received = shift(today, -3);
      const due = objectionDue(received);
      await openApp(page, origin);
      await skipOnboarding(page);
      const debtId = await seedDebtWithVisit(page, today);

      const card = page.locator(`[data-testid="today-card"][data-debt-id="${debtId}"]`);
      await card.getByTestId('today-stage').waitFor();
      assertEqual(
        await card.getByTestId('today-stage').getAttribute('data-stage'),
        'field-visits',
        'stage from the visit',
      );

      await page.getByTestId('received-open').click();
      for (const flow of FLOWS) {
        await page.getByTestId(`received-${flow}`).click();
        await page.locator(`[data-testid="received-flow"][data-flow="${flow}"]`).waitFor();
        await check(page, `received-${flow}`);
        // A summons asks its procedure, the printed deadline and the hearing day (docs/case-file.md).
        if (flow === 'court-papers') {
          // One form for a summons, a judgment or a ruling; which paper it is decides the periods.
          await check(page, 'received-court-papers-kinds', 'received-type-court-summons');
          await check(page, 'received-court-papers-form', 'received-procedure');
        }
        if (flow === 'payment-order') {
          await page.getByTestId('received-date').fill(received);
          await page.getByTestId('received-debt').selectOption(debtId);
          await check(page, 'received-payment-order-form', 'received-form');
          await page.getByTestId('received-save').click();
          await page.getByTestId('saved-toast').waitFor();
          await page.getByTestId('today-card').first().waitFor();
          await page.getByTestId('received-open').click();
        } else {
          if (flow === 'credit-error') {
            await page.getByTestId('received-date').fill(shift(today, -5));
            await page.getByTestId('credit-reply-calc').click();
            await page.getByTestId('credit-reply-result').waitFor();
            await check(page, 'received-credit-error-reply', 'received-form');
          }
          await page.goBack();
          await page.getByTestId('received-sued-sms').waitFor();
        }
      }
      await page.goto(`${origin}/#/today`);

      await card.locator('[data-testid="today-stage"][data-stage="payment-order"]').waitFor();
      const deadline = card.getByTestId('today-deadline');
      assertEqual(
        await deadline.getAttribute('data-deadline-id'),
        'payment-order-objection',
        'nearest deadline',
      );
      assertEqual(await deadline.getAttribute('data-due'), due, 'objection due day (Art. 85)');
      await check(page, 'today', 'today-card');

      const item = page.locator(`[data-testid="reminders"] li[data-deadline-id="payment-order-objection"]`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        item.getByTestId('ics-export').click(),
      ]);
      const ics = await readFile(await download.path(), 'utf8');
      assert(ics.startsWith('BEGIN:VCALENDAR'), `.ics starts with BEGIN:VCALENDAR, got ${ics.slice(0, 40)}`);
      assert(ics.includes(`DTSTART;VALUE=DATE:${due.replace(/-/g, '')}`), `.ics DTSTART is ${due}`);
      await check(page, 'today-reminders', 'reminders');

      const [all] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('ics-export-all').click(),
      ]);
      const allText = await readFile(await all.path(), 'utf8');
      assert((allText.match(/BEGIN:VEVENT/g) ?? []).length >= 1, 'the "all" export has events');

      await card.getByRole('link').click();
      await page.getByTestId('stage-detail').waitFor();
      await check(page, 'stage-detail');
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await check(page, 'stage-detail-end');
    },
    { timeoutMs: 180_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const todayZhCN = todayIn('zh-CN');
export const todayEn = todayIn('en');
