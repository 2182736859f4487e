// Encrypted backups: an entry with an attached file logged in the UI → an encrypted backup made from My
// data (the passphrase rules shown inline first) → the downloaded .zip.enc is not a zip and holds neither the
// notes nor the photo in the clear → restored into a fresh profile: a wrong passphrase is refused with nothing
// written, a cut copy gets its own message, the right passphrase gives the same chain head and timeline. Every
// new state is screenshotted at 360×740 and axe-checked in both languages.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { LANGS, addDebt, axeCheck, gotoTab, openApp, setLanguage, shot, skipOnboarding } from './lib/app.ts';
import { openProfile } from './lib/browser.ts';
import { REPO_ROOT, assert, assertEqual, e2e } from './lib/define.ts';
import { chainHeadOf, readStore, timelineIds } from './lib/evidence.ts';

const NOTE = '催收员说今晚上门找我父母';
const PASS = '我会按计划慢慢还 2026';
// A "photo" whose bytes are easy to look for in the encrypted file.
const PHOTO = Buffer.concat([
  Buffer.from('89504e470d0a1a0a', 'hex'),
  Buffer.from('YOUJU-PLAINTEXT-MARKER-'.repeat(2000), 'latin1'),
]);

/** `npm run --silent youju -- verify <file> --passphrase-file <f>`: its exit status. */
async function youjuVerify(file: string, passphraseFile: string): Promise<number> {
  const args = ['run', '--silent', 'youju', '--', 'verify', file, '--passphrase-file', passphraseFile];
  try {
    await promisify(execFile)('npm', args, { cwd: REPO_ROOT, timeout: 60_000 });
    return 0;
  } catch (e) {
    return (e as { code?: number }).code ?? -1;
  }
}

async function check(page: Page, name: string, focus: string): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.toast'), undefined, { timeout: 10_000 });
  await shot(page, name, focus);
  await axeCheck(page, name);
}

async function logEntry(page: Page): Promise<void> {
  await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '8000' });
  await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-sms').click();
  await page.getByTestId('log-notes').fill(NOTE);
  await page.getByTestId('log-attach-file').setInputFiles({
    name: 'sms-screenshot.png',
    mimeType: 'image/png',
    buffer: PHOTO,
  });
  await page.getByTestId('log-attach-item').waitFor();
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor();
}

/** Ticks "encrypt", tries a too-short passphrase (errors shown), then builds with PASS; leaves it ready to save. */
async function buildEncrypted(page: Page, shoot: boolean): Promise<void> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('export-encrypt').check();
  if (shoot) await check(page, 'backup-encrypt-form', 'encrypt-option');
  if (shoot) await check(page, 'backup-encrypt-warning', 'export-encrypt-warning');
  await page.getByTestId('export-passphrase').fill('短密码');
  await page.getByTestId('export-pack').click();
  const errors = await page.getByTestId('passphrase-error').allInnerTexts();
  assertEqual(errors.length, 2, `both fields name their problem (${errors.join(' | ')})`);
  if (shoot) await check(page, 'backup-encrypt-errors', 'encrypt-option');
  await page.getByTestId('export-passphrase').fill(PASS);
  await page.getByTestId('export-passphrase-repeat').fill(`${PASS}!`);
  assertEqual(await page.getByTestId('passphrase-error').count(), 1, 'only the mismatch is left');
  await page.getByTestId('export-passphrase-repeat').fill(PASS);
  assertEqual(await page.getByTestId('passphrase-error').count(), 0, 'no error once both agree');
  await page.getByTestId('export-pack').click();
  await page.locator('[data-testid="export-pack-ready"][data-encrypted="true"]').waitFor({ timeout: 60_000 });
  assertEqual(await page.getByTestId('export-passphrase').inputValue(), '', 'passphrase dropped once built');
  if (shoot) await check(page, 'backup-encrypt-ready', 'export-pack-ready');
}

async function choose(page: Page, file: string): Promise<void> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('import-pack-input').setInputFiles(file);
  await page.getByTestId('restore-passphrase').waitFor();
}

async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByTestId('restore-passphrase-input').fill(passphrase);
  await page.getByTestId('restore-unlock').click();
}

async function tryWrong(page: Page, file: string): Promise<void> {
  await choose(page, file);
  await unlock(page, '我会按计划慢慢还 2025');
  await page.locator('[data-testid="restore-passphrase"][data-wrong="true"]').waitFor({ timeout: 30_000 });
}

/** Decrypted scratch files left in OPFS, waiting a little for a deletion that is under way. */
async function scratchLeft(page: Page): Promise<string[]> {
  let names: string[] = [];
  for (let i = 0; i < 30; i++) {
    names = await page.evaluate(async () => {
      const root = await navigator.storage.getDirectory();
      const all: string[] = [];
      for await (const k of (root as unknown as { keys(): AsyncIterable<string> }).keys()) all.push(k);
      return all.filter((k) => k.startsWith('youju-restore-'));
    });
    if (names.length === 0) break;
    await page.waitForTimeout(100);
  }
  return names;
}

async function nothingStored(page: Page, when: string): Promise<void> {
  for (const store of ['chain', 'entries', 'attachments', 'mediaChunks']) {
    assertEqual((await readStore(page, store)).length, 0, `${store} empty ${when}`);
  }
  assertEqual(await scratchLeft(page), [], `no decrypted scratch file left ${when}`);
}

export const encryptedBackupRestore = e2e(
  async ({ page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-backup-e2e-'));
    try {
      await openApp(page, origin);
      await skipOnboarding(page);
      await logEntry(page);
      const ids = await timelineIds(page, origin);
      assertEqual(ids.length, 1, 'one entry logged');
      const head = await chainHeadOf(page);
      assert(/^[0-9a-f]{64}$/.test(head), `chain head shown (${head})`);

      await buildEncrypted(page, false);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-pack-save').click(),
      ]);
      const packFile = path.join(dir, download.suggestedFilename());
      await download.saveAs(packFile);
      await page.getByTestId('export-pack-done').waitFor();
      assert(/^youju-pack-\d{4}-\d{2}-\d{2}\.zip\.enc$/.test(path.basename(packFile)), `named ${packFile}`);
      const bytes = await readFile(packFile);
      assertEqual(bytes.subarray(0, 11).toString('latin1'), 'YOUJU-ENC1\n', 'starts as an encrypted backup');
      assert(bytes.indexOf(Buffer.from('PK\x03\x04', 'latin1')) < 0, 'no zip header anywhere in the file');
      for (const plain of [NOTE, 'YOUJU-PLAINTEXT-MARKER', 'case.json', 'manifest.json']) {
        assert(bytes.indexOf(Buffer.from(plain, 'utf8')) < 0, `"${plain}" does not appear in the file`);
      }
      const passFile = path.join(dir, 'pass.txt');
      await writeFile(passFile, `${PASS}\n`);
      assertEqual(
        await youjuVerify(packFile, passFile),
        0,
        'youju verify opens the backup and finds it intact',
      );
      const truncated = path.join(dir, 'cut.zip.enc');
      await writeFile(truncated, bytes.subarray(0, bytes.length - 4096));

      const fresh = await openProfile(origin, 'zh-CN');
      try {
        const p2 = fresh.context.pages()[0] ?? (await fresh.context.newPage());
        await openApp(p2, origin);
        await skipOnboarding(p2);
        await tryWrong(p2, packFile);
        const message = await p2.getByTestId('passphrase-error').innerText();
        assert(message.includes('这个密码打不开'), `wrong passphrase named: ${message}`);
        await nothingStored(p2, 'after a wrong passphrase');

        // Another try on the same form, with a cut copy first: its own message, still nothing written.
        await choose(p2, truncated);
        await unlock(p2, PASS);
        await p2.locator('[data-testid="restore-undecryptable"][data-code="truncated"]').waitFor();
        await nothingStored(p2, 'after a cut copy');

        await choose(p2, packFile);
        await unlock(p2, PASS);
        await p2.getByTestId('restore-summary').waitFor({ timeout: 60_000 });
        // Chromium lets the page write OPFS: the decrypted pack waits there, not in memory, until restored.
        assertEqual(
          (await scratchLeft(p2)).length,
          1,
          'the decrypted pack is a scratch file while it is checked',
        );
        await p2.getByTestId('restore-confirm').click();
        await p2.getByTestId('restore-done').waitFor();
        assertEqual(await p2.getByTestId('restore-done').getAttribute('data-head'), head, 'restored head');
        assertEqual(await chainHeadOf(p2), head, 'chain head shown after restore');
        assertEqual(await timelineIds(p2, origin), ids, 'same timeline after restore');
        const stored = await readStore(p2, 'attachments');
        assertEqual(stored.length, 1, 'the attached file came back');
        assertEqual(await scratchLeft(p2), [], 'the decrypted scratch file is deleted after the restore');

        for (const lang of LANGS) {
          await setLanguage(p2, lang);
          await buildEncrypted(p2, true);
          await Promise.all([p2.waitForEvent('download'), p2.getByTestId('export-pack-save').click()]);
          await p2.getByTestId('export-pack-done').waitFor();
          await check(p2, 'backup-encrypt-saved', 'export-pack-done');
          await choose(p2, packFile);
          await check(p2, 'backup-restore-passphrase', 'restore-passphrase');
          await tryWrong(p2, packFile);
          await check(p2, 'backup-restore-wrong', 'restore-passphrase');
          await choose(p2, truncated);
          await unlock(p2, PASS);
          await p2.getByTestId('restore-undecryptable').waitFor();
          await check(p2, 'backup-restore-truncated', 'restore-section');
        }
        assertEqual(await chainHeadOf(p2), head, 'the refused tries changed nothing');
      } finally {
        await fresh.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 300_000 },
);
