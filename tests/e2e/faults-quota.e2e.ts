// Fault tests: the phone's storage fills up at each write path. The page's IndexedDB writes throw
// QuotaExceededError (as Chromium does when the origin's quota is used up) from a chosen point; the app must say
// so in words (the quota message of that screen, in both languages) and leave nothing half-written: the raw
// stores are dumped before and after and compared. Each message is screenshotted in zh-CN and en.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { addDebt, gotoTab, openApp, setLanguage, shot, skipOnboarding } from './lib/app.ts';
import { openProfile } from './lib/browser.ts';
import { FAKE_MICROPHONE, assert, assertEqual, e2e } from './lib/define.ts';
import { readStore, verifyStoredChainFromPage } from './lib/evidence.ts';
import { creditCardFixture } from './lib/fixtures.ts';
import { assertSameDb, dumpDb, faultsStruck, installFaults, setFaults, type Dump } from './lib/faults.ts';

/** The words each screen uses for a full phone, from the locales (the app's own translation files). */
const QUOTA_WORDS = {
  'zh-CN': '存储空间不',
  en: 'storage',
} as const;

async function seedProfile(page: Page, origin: string): Promise<void> {
  await openApp(page, origin);
  await skipOnboarding(page);
  await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '8000' });
  await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-call').click();
  await page.locator('[data-testid="log-answered"] [data-value="yes"]').click();
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
  await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * The message appears on screen (not below the fold, not under the pinned Save bar) and says the phone is full,
 * in Chinese and then in English (switching the language while it shows), with a screenshot of each as the user
 * sees it; then the app is back in Chinese.
 */
async function quotaMessage(page: Page, testId: string, name: string): Promise<void> {
  const message = page.getByTestId(testId).first();
  await message.waitFor();
  // A toast (e.g. "ready offline") would cover it for a few seconds; that is not what this checks.
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  for (const lang of ['zh-CN', 'en'] as const) {
    await setLanguage(page, lang);
    const text = await message.innerText();
    assert(text.includes(QUOTA_WORDS[lang]), `${testId} says the storage is full in ${lang}: "${text}"`);
    // The app brings the message on screen when it appears; after a language switch the text reflows, so the
    // second screenshot centres it the same way.
    if (lang !== 'zh-CN') await message.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const seen = await message.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const x = r.left + Math.min(r.width / 2, 40);
      return [r.top + 3, r.bottom - 3].every(
        (y) => y >= 0 && y <= window.innerHeight && el.contains(document.elementFromPoint(x, y)),
      );
    });
    assert(seen, `${testId} is on screen and not covered (${lang})`);
    await shot(page, name);
  }
  await setLanguage(page, 'zh-CN');
}

async function nothingWritten(page: Page, before: Dump, what: string): Promise<void> {
  assert((await faultsStruck(page)) > 0, `${what}: the injected quota error was hit`);
  assertSameDb(before, await dumpDb(page), what);
}

export const quotaOnEntrySave = e2e(async ({ context, page, origin }) => {
  await installFaults(context);
  await seedProfile(page, origin);
  const before = await dumpDb(page);
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-sms').click();
  await page.getByTestId('log-notes').fill('短信说今晚上门');
  // The entry's row or its link goes in; the other does not fit.
  await setFaults(page, { kind: 'quota', stores: ['entries', 'chain'], after: 1 });
  await page.getByTestId('log-save').click();
  await page.locator('[data-testid="log-save-error"][data-code="quota"]').waitFor();
  await quotaMessage(page, 'log-save-error', 'quota-entry-save');
  await nothingWritten(page, before, 'entry save on a full phone');

  // Space freed: the same draft saves.
  assertEqual(await page.getByTestId('log-notes').inputValue(), '短信说今晚上门', 'the typed notes are kept');
  await setFaults(page, null);
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
  const { rows, verdict } = await verifyStoredChainFromPage(page);
  assert(verdict.ok, `chain verifies: ${JSON.stringify(verdict)}`);
  assertEqual(rows.length, 2, 'the entry is sealed once');
});

export const quotaOnAttachmentStore = e2e(async ({ context, page, origin }) => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-quota-'));
  try {
    await installFaults(context);
    await seedProfile(page, origin);
    const before = await dumpDb(page);
    // Three 1 MiB slices: the first is stored, the second does not fit; the first must go again.
    const file = path.join(dir, 'collector-letter.pdf');
    await writeFile(file, Buffer.alloc((5 << 20) / 2, 0x25));
    await page.getByTestId('log-fab').click();
    await page.getByTestId('log-kind-letter').click();
    await setFaults(page, { kind: 'quota', stores: ['mediaChunks'], after: 1 });
    await page.getByTestId('log-attach-file').setInputFiles(file);
    await page.locator('[data-testid="log-attach-error"][data-code="quota"]').waitFor({ timeout: 30_000 });
    assert(
      (await page.getByTestId('log-attach-error').innerText()).includes('collector-letter.pdf'),
      'the message names the file',
    );
    assertEqual(await page.getByTestId('log-attach-item').count(), 0, 'the file did not join the entry');
    await quotaMessage(page, 'log-attach-error', 'quota-attachment');
    await page.getByTestId('log-attach-progress').waitFor({ state: 'detached' });
    await nothingWritten(page, before, 'attachment on a full phone');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

export const quotaOnImport = e2e(async ({ context, page, origin }) => {
  await installFaults(context);
  await seedProfile(page, origin);
  const before = await dumpDb(page);
  await gotoTab(page, 'my-data');
  await page.getByTestId('import-case-input').setInputFiles(creditCardFixture());
  await page.getByTestId('import-summary').waitFor();
  // Replace: the old case is cleared in the same transaction, so a half-done import would lose it.
  await page.getByTestId('import-mode-replace').check();
  await setFaults(page, { kind: 'quota', stores: [], after: 3 });
  await page.getByTestId('import-confirm').click();
  await page.locator('[data-testid="import-failed"][data-code="quota"]').waitFor();
  await quotaMessage(page, 'import-failed', 'quota-import');
  await nothingWritten(page, before, 'import on a full phone');
});

export const quotaOnDebtSave = e2e(async ({ context, page, origin }) => {
  await installFaults(context);
  await seedProfile(page, origin);
  const before = await dumpDb(page);
  await gotoTab(page, 'today');
  await page.getByTestId('debt-add').click();
  await page.getByTestId('debt-creditor').fill('某银行信用卡中心');
  await page.getByTestId('debt-kind').selectOption('credit-card');
  await setFaults(page, { kind: 'quota', stores: ['debts'], after: 0 });
  await page.getByTestId('debt-save').click();
  await page.locator('[data-testid="debt-save-error"][data-code="quota"]').waitFor();
  await quotaMessage(page, 'debt-save-error', 'quota-debt-save');
  await nothingWritten(page, before, 'debt save on a full phone');

  // Space freed: the same form saves.
  await setFaults(page, null);
  await page.getByTestId('debt-save').click();
  await page.getByTestId('debt-form').waitFor({ state: 'hidden' });
  assertEqual((await readStore(page, 'debts')).length, 2, 'the debt is saved once');
});

/** Makes a case pack from the profile's My data and saves it to `dir`. */
async function exportPack(page: Page, dir: string): Promise<string> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('export-pack').click();
  await page.getByTestId('export-pack-save').waitFor({ timeout: 30_000 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-pack-save').click(),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

async function restoreOnFullPhone(page: Page, origin: string, dir: string) {
  await seedProfile(page, origin);
  // A file in the pack, so the restore stores media before it writes the records.
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-sms').click();
  await page.getByTestId('log-attach-file').setInputFiles({
    name: 'sms-screenshot.png',
    mimeType: 'image/png',
    buffer: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(300_000, 7)]),
  });
  await page.getByTestId('log-attach-item').waitFor();
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
  const pack = await exportPack(page, dir);

  // Another phone with a debt of its own restores the pack, and runs out of room at the records.
  const phone = await openProfile(origin, 'zh-CN');
  try {
    await installFaults(phone.context);
    const p2 = phone.context.pages()[0] ?? (await phone.context.newPage());
    await openApp(p2, origin);
    await skipOnboarding(p2);
    await addDebt(p2, { creditor: '另一家银行', kind: 'credit-card' });
    const before = await dumpDb(p2);
    await gotoTab(p2, 'my-data');
    await p2.getByTestId('import-pack-input').setInputFiles(pack);
    await p2.getByTestId('restore-summary').waitFor({ timeout: 30_000 });
    await p2.getByTestId('restore-mode-replace').check();
    await setFaults(p2, { kind: 'quota', stores: ['chain'], after: 0 });
    await p2.getByTestId('restore-confirm').click();
    await p2.getByTestId('restore-failed').waitFor({ timeout: 30_000 });
    await quotaMessage(p2, 'restore-failed', 'quota-restore');
    await nothingWritten(p2, before, 'pack restore on a full phone');
    assertEqual(phone.pageErrors, [], 'the restoring page threw nothing');
  } finally {
    await phone.close();
  }
}

export const quotaOnPackRestore = e2e(
  async ({ page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-quota-'));
    try {
      await restoreOnFullPhone(page, origin, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 150_000 },
);

interface SliceRow {
  recordingId: string;
  index: number;
}

export const quotaOnRecordingSlice = e2e(
  async ({ context, page, origin }) => {
    await context.grantPermissions(['microphone'], { origin });
    await installFaults(context);
    await seedProfile(page, origin);
    await page.goto(`${origin}/#/log/new?kind=call`);
    const panel = page.getByTestId('recorder-panel');
    await panel.getByTestId('recorder-start').click();
    await panel.getByTestId('recorder-recording').waitFor();
    // Two slices stored first (one a second), read from the raw store.
    for (let tries = 0; (await readStore(page, 'recordingSlices')).length < 2; tries++) {
      assert(tries < 80, 'two slices were stored within 20 s');
      await page.waitForTimeout(250);
    }
    // The phone fills up: the next slice, and the attempt to save what was recorded, do not fit.
    await setFaults(page, { kind: 'quota', stores: [], after: 0 });
    await page.locator('[data-testid="recorder-error"][data-code="quota"]').waitFor({ timeout: 20_000 });
    await quotaMessage(page, 'recorder-error', 'quota-recording');

    // What was recorded before is whole: the row counts exactly the slices that are stored, 0..n-1.
    const [rec] = await readStore(page, 'recordings');
    const slices = (await readStore(page, 'recordingSlices')) as unknown as SliceRow[];
    assert(rec, 'the recording row is kept');
    const indexes = slices.map((s) => s.index).sort((a, b) => a - b);
    assertEqual(indexes, [...indexes.keys()], 'stored slices are 0..n-1, none missing');
    assertEqual(rec.sliceCount, indexes.length, 'the row counts the stored slices and no failed one');
    assertEqual((await readStore(page, 'attachments')).length, 0, 'no half-stored attachment');
    assertEqual((await readStore(page, 'mediaChunks')).length, 0, 'no orphan media slices');

    // Space freed, the app reopened: the recording is offered for recovery and joins the chain.
    await page.close({ runBeforeUnload: false });
    const again = await context.newPage();
    await again.goto(`${origin}/#/today`);
    const item = again.locator(`[data-testid="recovery-item"][data-recording-id="${String(rec.id)}"]`);
    await item.waitFor();
    await item.getByTestId('recovery-recover').click();
    await again.getByTestId('recovery-done').waitFor({ timeout: 30_000 });
    const { verdict } = await verifyStoredChainFromPage(again);
    assert(verdict.ok, `chain verifies after recovery: ${JSON.stringify(verdict)}`);
  },
  { timeoutMs: 120_000, browserArgs: FAKE_MICROPHONE },
);
