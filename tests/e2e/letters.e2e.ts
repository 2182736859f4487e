// Letters end to end: a credit-card debt 120 days overdue → 个性化分期 letter: fill the missing fields, the preview
// follows, the plan calculator inserts its proposal, copy (clipboard read back), print (print media screenshot and
// a real PDF read with pdftotext), "record as sent" → an outgoing letter entry in the log with its reply-due day.
// A second, 4-year-old credit-card debt gets the limitation warning first. Markup typed into a field comes out as
// literal text in the preview, the clipboard and the PDF. Screens at 360×740 in both languages.
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
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
import { ARTIFACTS, assert, assertEqual, e2e, fail } from './lib/define.ts';
import { dayIn, shiftDay } from './lib/days.ts';

const run = promisify(execFile);
const ZONE = 'Asia/Shanghai';
const EVIL = '<script>window.__pwned=1</script><b>粗体</b>';

const dayOf = (ms: number): string => dayIn(ms, ZONE);
const shift = shiftDay;
const nextMonth = (day: string): string => {
  const [y = 0, m = 0] = day.split('-').map(Number);
  return `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, '0')}-10`;
};

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

const TEXT: Record<Lang, { plan: (first: string) => string; title: string; warn: string }> = {
  'zh-CN': {
    plan: (first) => {
      const [y, m, d] = first.split('-').map(Number);
      return `将欠款分15期偿还，每月还款2,000元，首期于${y}年${m}月${d}日还款`;
    },
    title: '个性化分期还款协商申请（信用卡）',
    warn: '第195条',
  },
  en: {
    plan: () => 'repay the debt in 15 monthly instalments of CNY 2,000',
    title: 'Request for an individual instalment plan (credit card)',
    warn: 'Art. 195',
  },
};

function lettersIn(lang: Lang) {
  return e2e(
    async ({ page, origin, context }) => {
      const today = dayOf(Date.now());
      const text = TEXT[lang];
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
      await openApp(page, origin);
      await skipOnboarding(page);
      await addDebt(page, {
        creditor: '某银行信用卡中心',
        kind: 'credit-card',
        principal: '30000',
        firstMissed: shift(today, -120),
      });
      await addDebt(page, {
        creditor: '旧卡银行',
        kind: 'credit-card',
        principal: '8000',
        firstMissed: shift(today, -1500),
      });
      const ids = await page
        .getByTestId('debt-item')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-debt-id')));
      const texts = await page.getByTestId('debt-item').allInnerTexts();
      const cardId = ids[texts.findIndex((t) => t.includes('某银行信用卡中心'))];
      const oldId = ids[texts.findIndex((t) => t.includes('旧卡银行'))];
      assert(cardId && oldId, 'both debts have ids');

      // Picker, grouped.
      await gotoTab(page, 'letters');
      await page.getByTestId('letters-picker').waitFor();
      await check(page, 'letters-picker');

      // Choose 个性化分期, then the debt.
      await page.locator('[data-testid="template-item"][data-template-id="card-instalment"]').click();
      await page.getByTestId('letter-debt').selectOption(cardId);
      await page.getByTestId('letter-preview').waitFor();
      await check(page, 'letters-form-preview');
      const missingBefore = await page.getByTestId('preview-missing').count();
      assert(missingBefore > 0, 'the preview marks missing fields');

      // Plan calculator → inserted into the letter.
      await page.getByTestId('plan-income').fill('6500');
      await page.getByTestId('plan-essentials').fill('4000');
      await page.getByTestId('plan-otherDebts').fill('500');
      const first = nextMonth(today);
      await page.getByTestId('plan-first-date').fill(first);
      await page.getByTestId('plan-proposal').waitFor();
      await check(page, 'letters-plan', 'plan-panel');
      await page.getByTestId('plan-insert').click();
      await page.waitForFunction(
        (s) => document.querySelector('[data-testid="letter-preview"]')?.textContent?.includes(s),
        text.plan(first),
      );

      // Fill every field still marked missing; the preview follows.
      const values: Record<string, string> = {
        'borrower.name': '张三',
        'borrower.idNumber': '110101199001011234',
        'borrower.address': EVIL,
        'borrower.phone': '13800000000',
        'debt.account': '尾号 1234',
        'hardship.reasons': '2026年失业\n家人住院',
      };
      for (const [field, value] of Object.entries(values)) {
        const input = page.getByTestId(`field-${field}`);
        if ((await input.getAttribute('aria-invalid')) === 'true') await input.fill(value);
      }
      await page.getByTestId('field-borrower.address').fill(EVIL);
      await page.waitForFunction(
        () => document.querySelectorAll('[data-testid="preview-missing"]').length === 0,
      );
      const previewText = await page.getByTestId('letter-preview').innerText();
      assert(previewText.includes(EVIL), 'markup appears literally in the preview');
      assertEqual(
        await page.evaluate(() => (window as { __pwned?: number }).__pwned ?? null),
        null,
        'no script ran',
      );
      assertEqual(
        await page.locator('[data-testid="letter-preview"] script, [data-testid="letter-preview"] b').count(),
        0,
        'no elements from user text',
      );
      await check(page, 'letters-preview-filled', 'letter-preview');
      // Where there is room (a tablet or a laptop) the form and the preview sit side by side.
      await page.setViewportSize({ width: 1280, height: 900 });
      const [formBox, previewBox] = await Promise.all([
        page.getByTestId('letter-form').boundingBox(),
        page.getByTestId('letter-preview').boundingBox(),
      ]);
      assert(
        formBox && previewBox && previewBox.x > formBox.x + formBox.width - 1,
        'preview beside the form when wide',
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'letters-wide');
      await page.setViewportSize({ width: 360, height: 740 });

      // Copy → clipboard holds the plain text.
      await page.getByTestId('letter-copy').click();
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="copy-status"]')?.textContent ?? '') !== '',
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert(copied.includes(text.plan(first)), 'copied text has the plan');
      assert(copied.includes(EVIL), 'copied text has the markup literally');

      // Print: the print stylesheet shows only the letter; the PDF's text is the letter.
      await page.emulateMedia({ media: 'print' });
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(page, 'letters-print');
      const pdf = path.join(ARTIFACTS, `letters-${lang}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      await page.emulateMedia({ media: 'screen' });
      // pdftotext (Debian poppler-utils) is an independent reader of the printed PDF.
      const { stdout } = await run('pdftotext', ['-layout', pdf, '-']).catch((error: unknown) =>
        fail(`pdftotext could not read the PDF (apt-get install poppler-utils): ${String(error)}`),
      );
      const flat = stdout.replace(/\s+/g, '');
      assert(
        flat.includes(text.plan(first).replace(/\s+/g, '')),
        `PDF text has the plan: ${stdout.slice(0, 400)}`,
      );
      assert(flat.includes(EVIL.replace(/\s+/g, '')), 'PDF text has the markup literally');
      assert(
        !stdout.includes(lang === 'en' ? 'Preview' : '预览'),
        'PDF has only the letter, not the screen around it',
      );
      await writeFile(path.join(os.tmpdir(), `youju-letters-${lang}.txt`), stdout);

      // Record as sent → an outgoing letter entry in the log, with the reply-due day.
      await page.getByTestId('letter-save-sent').click();
      await page.getByTestId('letter-saved').waitFor();
      const saved = await page.getByTestId('letter-saved').innerText();
      assert(/\d/.test(saved), `reply-due day shown: ${saved}`);
      await check(page, 'letters-saved', 'letter-saved-status');
      await gotoTab(page, 'log');
      const row = page.locator('[data-testid="log-row"]', { hasText: text.title });
      await row.first().waitFor();

      // A logged case (night calls with threats, imported through My data) → the 12378 complaint text lists the
      // findings from the log, with no gaps left for them.
      const caseFile = JSON.parse(await exportCase(page)) as { entries: unknown[] };
      for (const [i, day] of [shift(today, -6), shift(today, -5), shift(today, -4)].entries()) {
        caseFile.entries.push({
          id: `night-${i}`,
          debtId: cardId,
          kind: 'call',
          at: `${day}T23:1${i}:00+08:00`,
          answered: true,
          collector: { side: 'agency', name: '某催收公司', phone: '02100000000' },
          tags: ['threat'],
        });
      }
      const file = path.join(os.tmpdir(), `youju-letters-${lang}-${Date.now()}.json`);
      await writeFile(file, JSON.stringify(caseFile));
      await importCase(page, file, 'replace');
      await page.goto(`${origin}/#/letters/complaint-12378?debt=${cardId}`);
      await page.getByTestId('letter-preview').waitFor();
      assertEqual(
        await page.locator('[data-testid="preview-missing"][data-field="findings.list"]').count(),
        0,
        'the findings list is filled from the log',
      );
      const complaint = await page.getByTestId('letter-preview').innerText();
      assert(complaint.includes('某银行信用卡中心'), 'the complaint names the creditor');
      assert(
        (await page.locator('[data-testid="letter-preview"] .letter__item').count()) >= 1,
        `the complaint lists findings: ${complaint.slice(0, 300)}`,
      );
      await check(page, 'letters-12378', 'letter-preview');
      await page.getByTestId('letter-copy').click();
      await page.waitForFunction(
        () => (document.querySelector('[data-testid="copy-status"]')?.textContent ?? '') !== '',
      );
      const copiedComplaint = await page.evaluate(() => navigator.clipboard.readText());
      assert(
        copiedComplaint.includes('night-0') && copiedComplaint.includes('night-2'),
        `the copied complaint refers to the logged entries: ${copiedComplaint.slice(0, 300)}`,
      );

      // The old debt: the limitation warning comes before the letter.
      await page.goto(`${origin}/#/letters/card-instalment?debt=${oldId}`);
      await page.getByTestId('limitation-warning').waitFor();
      const warning = await page.getByTestId('limitation-warning').innerText();
      assert(warning.includes(text.warn), `the warning cites 民法典 195: ${warning}`);
      assertEqual(await page.getByTestId('letter-preview').count(), 0, 'no letter before the user decides');
      await check(page, 'letters-limitation-warning');
      await check(page, 'letters-limitation-warning-end', 'limitation-continue');
      await page.getByTestId('limitation-continue').click();
      await page.getByTestId('letter-preview').waitFor();

      // Cost check: the 砍头息 example.
      await page.goto(`${origin}/#/letters/cost`);
      await page.getByTestId('cost-nominal').fill('10000');
      await page.getByTestId('cost-received').fill('8000');
      await page.getByTestId('cost-count').fill('12');
      await page.getByTestId('cost-each').fill('1000');
      await page.getByTestId('cost-withheld').waitFor();
      await check(page, 'letters-cost', 'cost-result');
    },
    { timeoutMs: 180_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const lettersZhCN = lettersIn('zh-CN');
export const lettersEn = lettersIn('en');
