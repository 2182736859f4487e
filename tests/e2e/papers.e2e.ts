// Court papers end to end (legal-facts §16 R52–R80, R102–R108, R121): every "I just received…" flow about a court or
// arbitration paper, read from top to bottom at 360×740, and every court draft in the Letters tab with the debt
// chosen. Each screen is screenshotted and axe-checked in both languages; the words that protect the borrower
// are asserted on the rendered page, not only in the locale files.
import type { Page } from 'playwright-core';
import { addDebt, axeCheck, gotoTab, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assert, e2e } from './lib/define.ts';
import { dayIn, shiftDay } from './lib/days.ts';

const FLOWS = [
  'sued-sms',
  'court-papers',
  'payment-order',
  'public-notice',
  'arbitration-award',
  'mediation-notice',
] as const;
const LETTERS = [
  'payment-order-objection',
  'defence-statement',
  'small-claims-objection',
  'preservation-review',
  'award-set-aside',
  'award-non-enforcement',
] as const;

/** Words each flow must show on screen, per language. */
const MUST: Record<Lang, Partial<Record<(typeof FLOWS)[number], readonly string[]>>> = {
  'zh-CN': {
    'sued-sms': ['12368', '不要打短信里给的号码', 'court.gov.cn'],
    'court-papers': ['只有三种裁定可以上诉', '5 日内', '开庭前'],
    'payment-order': ['不影响支付令的效力', '口头异议无效', '不要只写现在还不起'],
    'public-notice': ['30 日', '12348'],
    'arbitration-award': ['3 个月', '未核实'],
    'mediation-notice': ['自愿', '个人账户'],
  },
  en: {
    'sued-sms': ['12368', 'never the number in the message', 'court.gov.cn'],
    'court-papers': ['Only three kinds can be appealed', 'within 5 days', 'before the hearing'],
    'payment-order': ['does not affect the payment order', 'oral objection is void', 'Do not just write'],
    'public-notice': ['30 days', '12348'],
    'arbitration-award': ['3 months', 'unverified'],
    'mediation-notice': ['voluntary', 'personal account'],
  },
};

/** Screenshots a long screen from the top, one viewport at a time (at most `max` shots), then runs axe once. */
async function readDown(page: Page, name: string, max = 8): Promise<void> {
  // A toast ("works offline", "Saved") would cover what the screenshots are about.
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 15_000 });
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  for (let i = 0; i < max; i++) {
    await shot(page, `${name}-${i + 1}`);
    const moved = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy({ top: window.innerHeight - 120, behavior: 'instant' });
      return window.scrollY !== before;
    });
    if (!moved) break;
  }
  await axeCheck(page, name);
}

function papersIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      const today = dayIn(Date.now(), 'Asia/Shanghai');
      await openApp(page, origin);
      await skipOnboarding(page);
      await addDebt(page, {
        creditor: '某网络小额贷款公司',
        kind: 'online-loan',
        principal: '8000',
        firstMissed: shiftDay(today, -200),
      });
      const debtId = await page.getByTestId('debt-item').first().getAttribute('data-debt-id');
      assert(debtId, 'the new debt has an id');

      await page.getByTestId('received-open').click();
      await page.getByTestId('received-sued-sms').waitFor();
      await readDown(page, 'papers-chooser', 2);
      for (const flow of FLOWS) {
        await page.getByTestId(`received-${flow}`).click();
        const view = page.locator(`[data-testid="received-flow"][data-flow="${flow}"]`);
        await view.waitFor();
        const text = await view.innerText();
        for (const words of MUST[lang][flow] ?? []) assert(text.includes(words), `${flow} shows “${words}”`);
        await readDown(page, `papers-${flow}`);
        await page.goBack();
        await page.getByTestId('received-sued-sms').waitFor();
      }

      // A 支付令 logged through its flow: the stage detail shows the longer court text (R53) under the stage.
      await page.getByTestId('received-payment-order').click();
      await page.getByTestId('received-date').fill(shiftDay(today, -3));
      await page.getByTestId('received-debt').selectOption(debtId);
      await shot(page, 'papers-payment-order-form', 'received-form');
      await page.getByTestId('received-save').click();
      await page.getByTestId('saved-toast').waitFor();
      await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
      const card = page.locator(`[data-testid="today-card"][data-debt-id="${debtId}"]`);
      await card.locator('[data-testid="today-stage"][data-stage="payment-order"]').waitFor();
      await card.getByRole('link').click();
      await page.getByTestId('stage-detail').waitFor();
      const more = await page.getByTestId('stage-more').innerText();
      assert(more.includes(lang === 'zh-CN' ? '不影响支付令' : 'does not affect the order'), 'stage text');
      await shot(page, 'papers-stage-detail', 'stage-more');
      await axeCheck(page, 'papers-stage-detail');

      await gotoTab(page, 'letters');
      await page.getByTestId('letters-picker').waitFor();
      for (const id of LETTERS) {
        await page.goto(`${origin}/#/letters/${id}?debt=${encodeURIComponent(debtId)}`);
        await page.getByTestId('letter-preview').waitFor();
        const preview = await page.getByTestId('letter-preview').innerText();
        assert(preview.includes('12348'), `${id} names 12348`);
        await shot(page, `papers-letter-${id}`);
        await shot(page, `papers-letter-${id}-preview`, 'letter-preview');
        await axeCheck(page, `papers-letter-${id}`);
      }
    },
    { timeoutMs: 240_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const papersZhCN = papersIn('zh-CN');
export const papersEn = papersIn('en');
