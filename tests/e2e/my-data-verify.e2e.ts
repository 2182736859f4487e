// "Verify now" in the built app checks the entry rows as well as the chain: an entries row changed in IndexedDB
// behind the app's back (the chain untouched) is named, in both languages. Screenshots at 360×740, axe-checked.
import {
  LANGS,
  axeCheck,
  gotoTab,
  importCase,
  openApp,
  setLanguage,
  shot,
  skipOnboarding,
} from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { creditCardFixture } from './lib/fixtures.ts';

export const myDataVerifyNamesAnEditedRow = e2e(async ({ page, origin }) => {
  await openApp(page, origin);
  await skipOnboarding(page);
  await importCase(page, creditCardFixture(), 'replace');
  const edited = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('youju');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          const req = tx.objectStore('entries').openCursor();
          req.onsuccess = () => {
            const cursor = req.result;
            if (!cursor) return reject(new Error('no entry rows'));
            const row = cursor.value as { id: string; data: Record<string, unknown> };
            cursor.update({ ...row, data: { ...row.data, notes: 'changed outside the app' } });
            tx.oncomplete = () => {
              open.result.close();
              resolve(row.id);
            };
          };
        };
      }),
  );
  await gotoTab(page, 'my-data');
  for (const lang of LANGS) {
    await setLanguage(page, lang);
    await page.getByTestId('chain-verify').click();
    const result = page.getByTestId('chain-verify-result');
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="chain-verify-result"]')?.getAttribute('data-state') ===
        'broken',
    );
    const items = page.getByTestId('chain-row-problems').locator('li');
    assertEqual(await items.count(), 1, `${lang}: one row named`);
    assertEqual(await items.first().getAttribute('data-code'), 'row-differs', `${lang}: the problem`);
    assert((await items.first().innerText()).includes(edited), `${lang}: the row's id is named`);
    assert((await result.innerText()).length > 40, `${lang}: the verdict is said in words`);
    await shot(page, 'my-data-verify-row', 'chain-verify');
    await axeCheck(page, `my data (verify, edited row), ${lang}`);
  }
});
