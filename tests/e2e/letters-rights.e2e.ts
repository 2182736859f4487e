// The data-rights letter end to end at 360×740 in both languages: the guidance beside it names the local 网信办,
// 12377, 12321 and 110 as numbers to tap, each point with its sources (legal-facts.md §16 R96–R101); the letter
// fills from the case, asks for no acknowledgement of the debt, and passes axe. The "I am not the borrower" notice
// is signed under the contacted person's own name.
import type { Page } from 'playwright-core';
import { addDebt, axeCheck, gotoTab, openApp, shot, skipOnboarding, type Lang } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { dayIn, shiftDay } from './lib/days.ts';

const TEXT: Record<Lang, { withdraw: string; noAdmit: string; signer: string; contact: string }> = {
  'zh-CN': {
    withdraw: '通讯录、相册（照片）和位置信息的同意',
    noAdmit: '不是对任何欠款或者金额的确认',
    signer: '通知人：李亲友',
    contact: '李亲友',
  },
  en: {
    withdraw: 'address book, my photo album and my location',
    noAdmit: 'does not acknowledge any debt',
    signer: 'Li Qinyou',
    contact: 'Li Qinyou',
  },
};

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

function rightsIn(lang: Lang) {
  return e2e(
    async ({ page, origin }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      const today = dayIn(Date.now(), 'Asia/Shanghai');
      const text = TEXT[lang];
      await openApp(page, origin);
      await skipOnboarding(page);
      await addDebt(page, {
        creditor: '某网贷平台',
        kind: 'online-loan',
        principal: '5000',
        firstMissed: shiftDay(today, -40),
      });
      await gotoTab(page, 'letters');
      await page.getByTestId('letters-picker').waitFor();
      await page.locator('[data-testid="template-item"][data-template-id="data-rights"]').click();
      await page.getByTestId('letter-preview').waitFor();
      assertEqual(
        await page.getByTestId('limitation-warning').count(),
        0,
        'no limitation gate: no admission',
      );

      // The guidance: where to complain, as numbers to tap, each with its sources.
      const guidance = page.getByTestId('letter-guidance');
      await guidance.waitFor();
      const calls = await guidance
        .locator('a[href^="tel:"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const n of ['tel:12377', 'tel:12321', 'tel:110'])
        assert(calls.includes(n), `the guidance offers ${n}: ${calls.join(', ')}`);
      const words = await guidance.innerText();
      assert(words.includes(lang === 'en' ? 'Art. 65' : '第65条'), `PIPL 65 is cited: ${words}`);
      await check(page, 'letters-data-rights-guidance', 'letter-guidance');

      await page.getByTestId('field-borrower.idNumber').fill('110101199001011234');
      const preview = await page.getByTestId('letter-preview').innerText();
      assert(
        preview.includes(text.withdraw),
        'the letter withdraws consent to contacts, photos and location',
      );
      assert(preview.includes(text.noAdmit), 'the letter says it admits no debt');
      await check(page, 'letters-data-rights-preview', 'letter-preview');

      // The contacted person's notice: signed under their own name.
      await page.goto(`${origin}/#/letters/not-the-borrower`);
      await page.getByTestId('letter-preview').waitFor();
      await page.getByTestId('field-contact.name').fill(text.contact);
      await page.waitForFunction(
        (s) => document.querySelector('[data-testid="letter-preview"]')?.textContent?.includes(s),
        text.signer,
      );
      await check(page, 'letters-not-the-borrower-guidance', 'letter-guidance');

      // Beside the cost check: illegal lending (R111–R114), with 110 to tap.
      await page.goto(`${origin}/#/letters/cost`);
      const lending = page.getByTestId('letter-guidance');
      await lending.waitFor();
      assertEqual(await lending.locator('a[href="tel:110"]').count(), 1, 'the cost check offers 110');
      await check(page, 'letters-cost-illegal-lending', 'letter-guidance');
    },
    { timeoutMs: 120_000, locale: lang === 'en' ? 'en-US' : 'zh-CN' },
  );
}

export const lettersRightsZhCN = rightsIn('zh-CN');
export const lettersRightsEn = rightsIn('en');
