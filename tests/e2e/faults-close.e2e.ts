// Fault tests: the tab dies in the middle of a write. The page is closed as a crash would close it (no
// unload handlers) while an import, an entry save or a case-pack export is under way; a new page in the same
// profile must find the database exactly as before, and the evidence chain must verify, both in the app ("verify
// now" in My data) and in Node. A recording cut off by a closed page is tests/e2e/recorder.e2e.ts
// (recorderRecoverZhCN / recorderRecoverEn): its slices survive and are recovered into the chain.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { addDebt, gotoTab, importCase, openApp, skipOnboarding, type Tab } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { verifyStoredChainFromPage } from './lib/evidence.ts';
import { assertSameDb, closeWhenHeld, dumpDb, installFaults, setFaults, type Dump } from './lib/faults.ts';

/** A profile with one debt and one logged call, so "as before" is not simply "empty". */
async function seedProfile(page: Page, origin: string): Promise<void> {
  await openApp(page, origin);
  await skipOnboarding(page);
  await addDebt(page, { creditor: '某网贷平台', kind: 'online-loan', principal: '8000' });
  await page.getByTestId('saved-toast').waitFor({ state: 'detached', timeout: 10_000 });
  await logCall(page);
  await page.getByTestId('saved-toast').waitFor();
}

async function logCall(page: Page): Promise<void> {
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-call').click();
  await page.locator('[data-testid="log-answered"] [data-value="yes"]').click();
  await page.getByTestId('log-save').click();
}

/** A new page in the same profile, the way a user reopens the app after the tab died. */
async function reopen(context: BrowserContext, origin: string, tab: Tab = 'my-data'): Promise<Page> {
  const page = await context.newPage();
  await openApp(page, origin, tab);
  await page.getByTestId('nav-today').waitFor();
  return page;
}

/** The app's own "verify now", then the domain's verifyChain in Node over the raw rows. */
async function chainVerifies(page: Page, links: number): Promise<void> {
  await gotoTab(page, 'my-data');
  await page.getByTestId('chain-verify').click();
  await page.locator('[data-testid="chain-verify-result"][data-state="ok"]').waitFor({ timeout: 30_000 });
  const { rows, verdict } = await verifyStoredChainFromPage(page);
  assert(verdict.ok, `the stored chain verifies in Node: ${JSON.stringify(verdict)}`);
  assertEqual(rows.length, links, 'links in the chain');
}

/** What reopening may itself write: nothing in the case, the chain or the media. */
async function sameAsBefore(page: Page, before: Dump, what: string): Promise<void> {
  assertSameDb(before, await dumpDb(page), what);
}

/** A valid case file with one debt and `count` calls, a few MB of JSON: its import is one long transaction. */
function bigCaseFile(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const minute = String(i % 60).padStart(2, '0');
    return {
      id: `big-${i}`,
      debtId: 'big',
      kind: 'call',
      at: `2026-10-${day}T10:${minute}:00+08:00`,
      answered: i % 2 === 0,
      collector: { side: 'agency', name: '某外包公司' },
      notes: `第 ${i} 次来电，对方说要联系我的家人和单位。`.repeat(4),
    };
  });
  return JSON.stringify({
    format: 'youju.case',
    version: 1,
    timeZone: 'Asia/Shanghai',
    debts: [{ id: 'big', creditor: '某消费金融公司', kind: 'consumer-finance', principal: 20000 }],
    entries,
  });
}

export const closedMidImportLeavesTheProfileAsBefore = e2e(
  async ({ context, page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-faults-'));
    try {
      const file = path.join(dir, 'big-case.json');
      await writeFile(file, bigCaseFile(3000));
      await installFaults(context);
      await seedProfile(page, origin);
      const before = await dumpDb(page);
      assertEqual(before.chain.length, 1, 'one link before the import');

      // Replace mode: the transaction clears the old case first, so a half-done import would lose it.
      await gotoTab(page, 'my-data');
      await page.getByTestId('import-case-input').setInputFiles(file);
      await page.getByTestId('import-summary').waitFor({ timeout: 30_000 });
      await page.getByTestId('import-mode-replace').check();
      await setFaults(page, { kind: 'hold', stores: ['chain'], after: 1500, holdMs: 20_000 });
      await closeWhenHeld(page, () => page.getByTestId('import-confirm').click());

      const again = await reopen(context, origin);
      await sameAsBefore(again, before, 'after an import cut off half-way');
      await chainVerifies(again, 1);

      // The same file imports whole afterwards: nothing was left that blocks it.
      await importCase(again, file, 'replace');
      await chainVerifies(again, 3000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 180_000 },
);

export const closedMidEntrySaveLeavesTheLogAsBefore = e2e(async ({ context, page, origin }) => {
  await installFaults(context);
  await seedProfile(page, origin);
  const before = await dumpDb(page);
  assertEqual(before.entries.length, 1, 'one entry before');

  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-sms').click();
  await page.getByTestId('log-notes').fill('短信说今晚上门');
  // The entry's link is the write held open: its row and link belong to one transaction.
  await setFaults(page, { kind: 'hold', stores: ['chain'], after: 0, holdMs: 20_000 });
  await closeWhenHeld(page, () => page.getByTestId('log-save').click());

  const again = await reopen(context, origin);
  await sameAsBefore(again, before, 'after an entry save cut off');
  await chainVerifies(again, 1);
  await again.goto(`${origin}/#/log`);
  await again.getByTestId('log-row').first().waitFor();
  assertEqual(await again.getByTestId('log-row').count(), 1, 'the timeline shows only the saved call');
});

/** Files the pack export streams into the origin-private file system. */
async function exportFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const names: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
    return names.filter((n) => n.startsWith('youju-export-'));
  });
}

export const closedMidPackExportChangesNothing = e2e(
  async ({ context, page, origin }) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'youju-faults-'));
    try {
      await cutOffPackExport(context, page, origin, dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  { timeoutMs: 180_000 },
);

async function cutOffPackExport(context: BrowserContext, page: Page, origin: string, dir: string) {
  await seedProfile(page, origin);
  // A large attachment, so the pack takes long enough to close the page while it is being written.
  const scan = path.join(dir, 'letter-scan.pdf');
  await writeFile(scan, Buffer.alloc(32 << 20, 0x25));
  await page.getByTestId('log-fab').click();
  await page.getByTestId('log-kind-letter').click();
  await page.getByTestId('log-attach-file').setInputFiles(scan);
  await page.getByTestId('log-attach-item').waitFor({ timeout: 60_000 });
  await page.getByTestId('log-save').click();
  await page.getByTestId('saved-toast').waitFor({ timeout: 60_000 });
  await gotoTab(page, 'my-data');
  const before = await dumpDb(page);

  await page.getByTestId('export-pack').click();
  await page.getByTestId('export-pack-cancel').waitFor();
  // The pack is being streamed into its OPFS file.
  for (let tries = 0; (await exportFiles(page)).length === 0; tries++) {
    assert(tries < 200, 'the export started writing its file');
    await page.waitForTimeout(50);
  }
  assert(
    await page.getByTestId('export-pack-cancel').isVisible(),
    'the pack was still being written when the page closed',
  );
  await page.close({ runBeforeUnload: false });

  const again = await reopen(context, origin, 'today');
  await sameAsBefore(again, before, 'after a pack export cut off');
  assert(
    (await exportFiles(again)).length > 0,
    'the cut-off pack file is still in OPFS before My data opens',
  );
  // My data sweeps the cut-off pack from the origin-private file system.
  await chainVerifies(again, 3);
  for (let tries = 0; (await exportFiles(again)).length > 0; tries++) {
    assert(tries < 50, 'the cut-off pack file was swept within 10 s');
    await again.waitForTimeout(200);
  }
}
