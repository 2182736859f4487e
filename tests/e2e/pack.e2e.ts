// The case pack: entries logged in the UI (one with an attached file, one corrected) → a case pack made
// and downloaded from My data → `npm run --silent youju -- verify` exits 0 → restored into a fresh profile, which
// shows the same timeline (entry ids) and the same chain head; a pack with one changed byte is refused with the
// file named and nothing written. My data's sections are screenshotted at 360×740 in both languages.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { flipByte, readZip, writeZip } from '../domain/case-pack/pack-fixture.ts';
import { addDebt, axeCheck, gotoTab, openApp, setLanguage, shot, skipOnboarding } from './lib/app.ts';
import { openProfile } from './lib/browser.ts';
import { REPO_ROOT, assert, assertEqual, e2e, fail } from './lib/define.ts';
import { chainHeadOf, readStore, timelineIds } from './lib/evidence.ts';

// A "photo" with zip signatures inside: the in-app reader must take sizes from the central directory.
const PHOTO = Buffer.concat([
  Buffer.from('89504e470d0a1a0a', 'hex'),
  Buffer.from('PK\x07\x08PK\x01\x02PK\x03\x04', 'latin1'),
  Buffer.alloc(200_000, 7),
]);

async function check(page: Page, name: string, focus?: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

async function logEntries(page: Page): Promise<void> {
  await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '8000' });
  await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-call').click();
  await page.locator('[data-testid="log-answered"] [data-value="yes"]').click();
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-sms').click();
  await page.getByTestId('log-notes').fill('短信说今晚上门');
  await page.getByTestId('log-attach-file').setInputFiles({
    name: 'sms-screenshot.png',
    mimeType: 'image/png',
    buffer: PHOTO,
  });
  await page.getByTestId('log-attach-item').waitFor();
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="log-row"]').length === 2);
  // A correction, so the pack carries history (history.json) and not only current versions.
  await page.locator('[data-testid="log-row"]', { hasText: '短信说今晚上门' }).click();
  await page.getByTestId('log-amend').click();
  await page.getByTestId('log-notes').fill('短信说今晚上门，还说要找我父母');
  await page.getByTestId('log-amend-reason').fill('补上备注');
  await page.getByTestId('log-save').click();
  await page.getByTestId('log-history-amendment').waitFor();
}

async function restore(page: Page, file: string): Promise<void> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('import-pack-input').setInputFiles(file);
}

const youjuVerify = async (file: string) => {
  try {
    const r = await promisify(execFile)('npm', ['run', '--silent', 'youju', '--', 'verify', file], {
      cwd: REPO_ROOT,
      timeout: 60_000,
    });
    return { status: 0, stdout: r.stdout };
  } catch (e) {
    const r = e as { code?: number; stdout?: string };
    return { status: r.code ?? -1, stdout: r.stdout ?? '' };
  }
};

/** The My data sections, each screenshotted and axe-checked in the current language. */
async function shootSections(page: Page, tampered: string, intact: string): Promise<void> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('chain-verify').click();
  await page.locator('[data-testid="chain-verify-result"][data-state="ok"]').waitFor();
  await check(page, 'my-data-chain', 'chain-section');
  await page.getByTestId('chain-head').click();
  await check(page, 'my-data-chain-full', 'chain-section');
  await page.getByTestId('chain-head').click();
  await page.getByTestId('export-pack').click();
  await page.getByTestId('export-pack-save').waitFor();
  await check(page, 'my-data-pack-ready', 'pack-section');
  await restore(page, tampered);
  await page.getByTestId('restore-problems').waitFor();
  await check(page, 'my-data-restore-problems', 'restore-section');
  await restore(page, intact);
  await page.getByTestId('restore-summary').waitFor();
  await check(page, 'my-data-restore-summary', 'restore-section');
  await page.getByTestId('restore-mode-replace').check();
  await check(page, 'my-data-restore-replace', 'restore-summary');
  await page.getByTestId('erase-start').click();
  await check(page, 'my-data-erase', 'erase-section');
  await page.getByTestId('erase-back').click();
  await check(page, 'my-data-storage', 'persist-status');
}

export const packExportVerifyRestore = e2e(
  async ({ page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-pack-e2e-'));
    try {
      await openApp(page, origin);
      await skipOnboarding(page);
      await logEntries(page);
      const ids = await timelineIds(page, origin);
      assertEqual(ids.length, 2, 'two entries logged');
      const head = await chainHeadOf(page);
      assert(/^[0-9a-f]{64}$/.test(head), `chain head shown (${head})`);
      await page.getByTestId('backup-reminder').waitFor();
      await check(page, 'my-data-reminder', 'pack-section');

      // Export from the UI; the save is its own tap (the share sheet needs a fresh user activation).
      await page.getByTestId('export-pack').click();
      await page.getByTestId('export-pack-save').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-pack-save').click(),
      ]);
      const packFile = path.join(dir, download.suggestedFilename());
      await download.saveAs(packFile);
      await page.getByTestId('export-pack-done').waitFor();
      // The reminder re-reads the chain after the export is recorded, so it goes a moment later; it must go.
      await page
        .getByTestId('backup-reminder')
        .waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => fail('a reminder is still shown right after a backup'));
      assertEqual(await page.getByTestId('backup-reminder').count(), 0, 'no reminder right after a backup');
      assert(/^youju-pack-\d{4}-\d{2}-\d{2}\.zip$/.test(path.basename(packFile)), 'pack named by the day');
      const names = readZip(packFile).map(([n]) => n);
      assert(names.includes('history.json'), `history.json in the pack (${names.join(', ')})`);
      assertEqual(names.filter((n) => n.startsWith('media/')).length, 1, 'the attached file is in media/');

      const verified = await youjuVerify(packFile);
      assertEqual(verified.status, 0, `youju verify exit status (${verified.stdout})`);

      // The head panel: the case head youju verify reports, grouped, as a QR code, and a record of where it went.
      const { head: caseHead } = JSON.parse(verified.stdout) as { head: string };
      const grouped = page.getByTestId('case-head-grouped');
      assertEqual(await grouped.getAttribute('data-hash'), caseHead, 'the panel shows the case head');
      assertEqual((await grouped.innerText()).replace(/\s+/g, ''), caseHead, 'grouped hex joins to the head');
      await page.getByTestId('case-head-qr').waitFor();
      await page.locator('#anchor-where').fill('');
      await page.locator('.my-data__anchor button[type="submit"]').click();
      assert((await page.locator('#anchor-problem').innerText()).length > 0, 'an empty "where" is refused');
      await page.locator('#anchor-where').fill('短信发给自己');
      await page.locator('.my-data__anchor button[type="submit"]').click();
      await page.getByTestId('case-head-anchors').waitFor();
      for (const lang of ['zh-CN', 'en'] as const) {
        await setLanguage(page, lang);
        await check(page, 'my-data-case-head', 'case-head-panel');
      }
      await setLanguage(page, 'zh-CN');

      // A copy with one byte of the attached file changed.
      const tampered = path.join(dir, 'tampered.zip');
      writeZip(
        tampered,
        readZip(packFile).map(([n, d]) => [n, n.startsWith('media/') ? flipByte(d) : d]),
      );
      assertEqual((await youjuVerify(tampered)).status, 1, 'youju verify on the changed pack');

      // A fresh profile: the changed pack is refused naming the file, nothing is written; the real one restores.
      const fresh = await openProfile(origin, 'zh-CN');
      try {
        const p2 = fresh.context.pages()[0] ?? (await fresh.context.newPage());
        await openApp(p2, origin);
        await skipOnboarding(p2);
        await restore(p2, tampered);
        await p2.getByTestId('restore-problems').waitFor();
        const problems = await p2.getByTestId('restore-problem').allInnerTexts();
        assert(
          problems.some((t) => t.includes('media/')),
          `the changed file is named: ${problems.join(' | ')}`,
        );
        assertEqual((await readStore(p2, 'chain')).length, 0, 'nothing written for a changed pack');

        await restore(p2, packFile);
        await p2.getByTestId('restore-summary').waitFor();
        await p2.getByTestId('restore-confirm').click();
        await p2.getByTestId('restore-done').waitFor();
        assertEqual(await p2.getByTestId('restore-done').getAttribute('data-head'), head, 'restored head');
        assertEqual(await chainHeadOf(p2), head, 'chain head shown after restore');
        assertEqual(await timelineIds(p2, origin), ids, 'same timeline after restore');

        for (const lang of ['zh-CN', 'en'] as const) {
          await setLanguage(p2, lang);
          await shootSections(p2, tampered, packFile);
        }
      } finally {
        await fresh.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 240_000 },
);
