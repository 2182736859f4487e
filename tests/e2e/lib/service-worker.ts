import type { Page } from 'playwright-core';
import { assert } from './define.ts';

/**
 * Waits until the service worker is activated and controls the page (STYLE.md §3: only then is going offline a
 * fair test). With registerType 'prompt' the first install does not claim open pages, so one reload may be needed.
 */
export async function waitForControllingServiceWorker(page: Page): Promise<void> {
  const state = await page.evaluate(async () => {
    const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('timed out'), 30_000));
    const activated = navigator.serviceWorker.ready.then(async (registration) => {
      const worker = registration.active;
      if (!worker) return 'no active worker';
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) => {
          worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
        });
      }
      return worker.state;
    });
    return Promise.race([activated, timeout]);
  });
  assert(state === 'activated', `service worker: ${state}`);
  const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!controlled) {
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
  }
}
