// The core flows in WebKit, the engine of every browser on an iPhone: onboarding, a debt, a call logged with a
// conduct tag (and an attempted recording), the findings it leads to, a letter, a case pack made and saved, the offline reload from the service
// worker; then a fresh profile presenting as an iPhone browser tab, which is told once that Safari may clear the
// data, restores the pack to the same chain head, and says what it can of storage. Screens at 390×844 (as close as
// MiniBrowser allows) in both languages under artifacts/screens-webkit/.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assert, assertEqual } from '../e2e/lib/define.ts';
import { wk } from './lib/define.ts';
import { byId, type Page } from './lib/page.ts';

const CREDITOR = '测试银行信用卡中心';
const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** Relative luminance contrast of two CSS rgb() colours (WCAG 2.x). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

async function onboard(page: Page): Promise<void> {
  await page.waitFor(byId('onboarding'));
  while (!(await page.exists(byId('onboarding-done')))) await page.tap(byId('onboarding-next'));
  await page.tap(byId('onboarding-done'));
  await page.waitFor(byId('nav-today'));
}

async function tab(page: Page, name: string): Promise<void> {
  await page.tap(byId(`nav-${name}`));
  await page.until(`tab ${name}`, `return location.hash.startsWith('#/${name}')`);
}

/** The header's language select must be readable: native look off, text against its own background ≥ 4.5:1. */
async function checkLanguageSelect(page: Page): Promise<void> {
  const [appearance, color, background] = await page.s.execute<string[]>(
    `const cs = getComputedStyle(document.querySelector('[data-testid="lang-switch"]'));
     return [cs.webkitAppearance || cs.appearance, cs.color, cs.backgroundColor];`,
  );
  assertEqual(appearance, 'none', 'the language select draws itself (no native look)');
  const ratio = contrast(color ?? '', background ?? '');
  assert(ratio >= 4.5, `language select contrast ${ratio.toFixed(2)} (${color} on ${background})`);
}

async function logThreateningCall(page: Page): Promise<void> {
  await page.tap(byId('log-fab'));
  await page.tap(byId('log-kind-call'));
  await page.tap('[data-testid="log-answered"] [data-value="yes"]');
  await page.tap(byId('log-tag-threat'));
  assertEqual(await page.attr(byId('log-tag-threat'), 'aria-pressed'), 'true', 'threat tag chosen');
  await page.fill(byId('log-notes'), '对方说要去单位找我，让我全家难堪');
  await page.shot('log-form', 'log-notes');
  // A recording: WebKit records MP4/AAC (it has no WebM), and the recorder asks for that. This profile, like
  // Safari's private browsing, will not keep a Blob in IndexedDB: the recorder must say so, not "storage full".
  await page.tap(byId('recorder-start'));
  await page.waitFor('.recorder-note');
  const note = await page.text('.recorder-note');
  assert(note.includes('浏览器没能把录音存进本机'), `the refused recording is named as such: ${note}`);
  await page.shot('log-recording-refused', 'recorder-panel');
  const types = await page.s.executeAsync<string[]>(`
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('youju');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = await new Promise((resolve, reject) => {
      const req = db.transaction('recordings', 'readonly').objectStore('recordings').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows.map((r) => r.mimeType);`);
  assert(
    types.length === 1 && types[0]?.startsWith('audio/mp4'),
    `the recorder chose MP4 in WebKit: ${JSON.stringify(types)}`,
  );
  await page.tap(byId('log-save'));
  await page.waitFor(byId('saved-toast'));
}

async function shootAll(page: Page): Promise<void> {
  await tab(page, 'today');
  await page.waitFor(byId('debt-item'));
  await page.shot('today');
  await page.goto('#/lawful/findings');
  await page.waitFor('[data-testid="finding-group"][data-rule="threat"]');
  await page.shot('findings', 'findings-summary');
  await tab(page, 'log');
  await page.waitFor(byId('log-row'));
  await page.shot('log');
  await tab(page, 'letters');
  await page.tap('[data-testid="template-item"][data-template-id="card-instalment"]');
  await page.waitFor(byId('letter-preview'));
  await page.shot('letter');
  await page.shot('letter-preview', 'letter-preview');
  await tab(page, 'my-data');
  await page.waitFor(byId('persist-status'));
  await page.shot('my-data');
  await page.shot('my-data-storage', '#storage-title');
  await page.axe(`my data, ${await page.lang()}`);
}

export const coreFlowsInWebKit = wk(
  async ({ open, close, server }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-webkit-'));
    try {
      // --- A desktop WebKit profile: the whole walk -------------------------------------------------------------
      const page = await open({ mockMicrophone: true });
      const viewport = await page.fitViewport();
      await page.goto('#/today');
      await page.waitFor(byId('onboarding'));
      await page.setLanguage('zh-CN');
      await checkLanguageSelect(page);
      await page.shot('onboarding');
      await page.axe('onboarding');
      await onboard(page);
      assert(!(await page.exists(byId('safari-notice'))), 'no Safari notice outside iOS');

      await page.tap(byId('debt-add'));
      await page.fill(byId('debt-creditor'), CREDITOR);
      await page.choose(byId('debt-kind'), 'credit-card');
      await page.fill(byId('debt-principal'), '12000');
      await page.shot('debt-form', 'debt-form');
      await page.tap(byId('debt-save'));
      await page.waitFor(byId('debt-item'));
      assert((await page.text(byId('debt-item'))).includes(CREDITOR), 'the new debt is listed');
      await page.waitGone(byId('saved-toast'));

      await logThreateningCall(page);

      // Findings: a threat, worded with its source's binding force.
      await page.goto('#/lawful/findings');
      await page.waitFor('[data-testid="finding-group"][data-rule="threat"]');

      // A letter drafted for the debt.
      await tab(page, 'letters');
      await page.tap('[data-testid="template-item"][data-template-id="card-instalment"]');
      await page.waitFor(byId('letter-preview'));
      assert((await page.text(byId('letter-preview'))).includes(CREDITOR), 'the letter names the creditor');

      // My data: the chain verifies, storage says persistence cannot be asked for, a pack is made and saved.
      await tab(page, 'my-data');
      await page.tap(byId('chain-verify'));
      await page.waitFor('[data-testid="chain-verify-result"][data-state="ok"]');
      const head = (await page.attr(byId('chain-head'), 'data-hash')) ?? '';
      assert(/^[0-9a-f]{64}$/.test(head), `chain head shown (${head})`);
      assertEqual(await page.attr(byId('persist-status'), 'data-status'), 'unsupported', 'persistence');
      await page.catchDownloads();
      await page.tap(byId('export-pack'));
      await page.tap(byId('export-pack-save'));
      await page.waitFor(byId('export-pack-done'));
      const pack = await page.lastDownload();
      assert(/^youju-pack-\d{4}-\d{2}-\d{2}\.zip$/.test(pack.name), `pack named by the day (${pack.name})`);
      const packFile = path.join(dir, pack.name);
      await writeFile(packFile, pack.bytes);

      for (const lang of ['zh-CN', 'en'] as const) {
        await page.setLanguage(lang);
        await shootAll(page);
      }

      // Offline: once the service worker controls the page, the app reloads with the server gone.
      await page.setLanguage('zh-CN');
      await page.until(
        'service worker controlling',
        `return !!navigator.serviceWorker.controller ||
           (navigator.serviceWorker.ready.then(() => location.reload()), false)`,
        30_000,
      );
      await server.stop();
      await page.s.refresh();
      await tab(page, 'today');
      await page.waitFor(byId('debt-item'));
      assert((await page.text(byId('debt-item'))).includes(CREDITOR), 'offline, the data is still there');
      await tab(page, 'log');
      await page.waitFor(byId('log-row'));
      await page.setLanguage('en');
      await page.waitFor(byId('log-row'));
      await page.shot('offline-log');
      await close(page);
      await server.start();

      // --- A fresh profile presenting as Safari on an iPhone --------------------------------------------------
      const phone = await open({ userAgent: IPHONE_SAFARI });
      await phone.fitViewport();
      await phone.goto('#/today');
      await phone.waitFor(byId('safari-notice'));
      await phone.setLanguage('zh-CN');
      await phone.shot('safari-notice');
      await phone.axe('safari notice, zh-CN');
      await phone.setLanguage('en');
      await phone.shot('safari-notice');
      await phone.axe('safari notice, en');
      await phone.setLanguage('zh-CN');
      await onboard(phone);
      await tab(phone, 'my-data');
      await phone.waitFor(byId('persist-safari'));
      await phone.pickFile(byId('import-pack-input'), packFile);
      await phone.waitFor(byId('restore-summary'));
      await phone.tap(byId('restore-confirm'));
      await phone.waitFor(byId('restore-done'), 60_000);
      assertEqual(await phone.attr(byId('restore-done'), 'data-head'), head, 'restored chain head');
      await phone.shot('iphone-restored', 'restore-section');
      // Nothing exported from this copy yet, and Safari may delete it: the reminder says so plainly.
      await phone.waitFor(byId('backup-reminder-urgent'));
      await phone.shot('iphone-reminder', 'pack-section');
      await phone.shot('iphone-storage', '#storage-title');
      await phone.axe('my data on an iPhone');
      await phone.tap(byId('safari-notice-dismiss'));
      await phone.s.refresh();
      await phone.waitFor(byId('nav-today'));
      assert(!(await phone.exists(byId('safari-notice'))), 'the notice explains once');
      await tab(phone, 'today');
      await phone.waitFor(byId('debt-item'));
      assert((await phone.text(byId('debt-item'))).includes(CREDITOR), 'the restored debt is listed');
      await phone.setLanguage('en');
      await tab(phone, 'my-data');
      await phone.waitFor(byId('persist-safari'));
      await phone.shot('iphone-storage', '#storage-title');
      console.log(`     viewport ${viewport.width}×${viewport.height}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 300_000 },
);
