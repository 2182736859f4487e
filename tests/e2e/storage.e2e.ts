// Evidence storage in the real browser: the production CSP lets hash-wasm compile its WebAssembly (streaming
// SHA-256 of recordings and photos) while eval stays forbidden; and a profile written by a v1 build is upgraded in
// Chromium's own IndexedDB, its entries and file sealed once, in order, before the next new entry.
import type { Page } from 'playwright-core';
import { openApp, skipOnboarding } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { readStore, verifyStoredChainFromPage } from './lib/evidence.ts';

export const cspAllowsWebAssemblyButNotEval = e2e(async ({ page, origin }) => {
  await openApp(page, origin);
  const outcome = await page.evaluate(async () => {
    // The smallest valid module: magic number and version.
    const wasm = await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])).then(
      () => 'compiled',
      (e: unknown) => String(e),
    );
    let evalResult = 'ran';
    try {
      new Function('return 1')();
    } catch (e) {
      evalResult = (e as Error).name;
    }
    return { wasm, evalResult };
  });
  assertEqual(
    outcome,
    { wasm: 'compiled', evalResult: 'EvalError' },
    'WebAssembly compiles, eval is refused',
  );
});

/** Creates the database exactly as a v1 build did (Dexie v1 = native version 10), with raw IndexedDB. */
async function seedV1(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const stores: Record<string, { keyPath: string | string[]; indexes: string[] }> = {
      meta: { keyPath: 'key', indexes: [] },
      debts: { keyPath: 'id', indexes: ['seq'] },
      entries: { keyPath: 'id', indexes: ['seq', 'debtId'] },
      attachments: { keyPath: 'sha256', indexes: [] },
      mediaChunks: { keyPath: ['sha256', 'index'], indexes: [] },
      settings: { keyPath: 'key', indexes: [] },
    };
    const bytes = new Uint8Array([1, 2, 3]);
    const sha = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const rows: Record<string, unknown[]> = {
      meta: [{ key: 'case', fields: { format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai' } }],
      debts: [
        {
          id: 'd1',
          seq: 1,
          data: { id: 'd1', creditor: '某银行', kind: 'credit-card' },
          createdAt: 1,
          updatedAt: 1,
        },
      ],
      entries: [
        {
          id: 'e1',
          seq: 1,
          debtId: 'd1',
          at: Date.parse('2026-11-02T22:31:00+08:00'),
          kind: 'call',
          data: { id: 'e1', debtId: 'd1', kind: 'call', at: '2026-11-02T22:31:00+08:00', answered: true },
        },
        {
          id: 'e0',
          seq: 2,
          at: Date.parse('2026-11-01T09:00:00+08:00'),
          kind: 'note',
          data: { id: 'e0', kind: 'note', at: '2026-11-01T09:00:00+08:00', notes: '备注' },
        },
      ],
      attachments: [
        { sha256: sha, size: 3, type: 'audio/mp4', name: 'rec.m4a', chunkCount: 1, createdAt: 1 },
      ],
      mediaChunks: [{ sha256: sha, index: 0, blob: new Blob([bytes]) }],
      settings: [
        { key: 'onboardingDone', value: true },
        { key: 'language', value: 'zh-CN' },
      ],
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('youju', 10);
      req.onupgradeneeded = () => {
        for (const [name, def] of Object.entries(stores)) {
          const store = req.result.createObjectStore(name, { keyPath: def.keyPath });
          for (const index of def.indexes) store.createIndex(index, index);
        }
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('open failed'));
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [name, list] of Object.entries(rows)) for (const row of list) tx.objectStore(name).add(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seed failed'));
    });
    db.close();
  });
}

export const v1ProfileIsUpgradedAndSealedInChromium = e2e(async ({ page, origin }) => {
  // Same origin, but not the app: nothing opens the database before the seed is in place.
  await page.goto(`${origin}/manifest.webmanifest`);
  await seedV1(page);
  await openApp(page, origin);
  await skipOnboarding(page);
  await page.getByTestId('received-open').click();
  await page.getByTestId('received-payment-order').click();
  await page.getByTestId('received-date').fill('2026-11-03');
  await page.getByTestId('received-debt').selectOption('d1');
  await page.getByTestId('received-save').click();
  await page.getByTestId('saved-toast').waitFor();

  const { rows, verdict } = await verifyStoredChainFromPage(page);
  assertEqual(
    rows.map((r) => r.kind),
    ['entry', 'entry', 'attachment', 'entry'],
    'v1 entries, then the v1 file, then the new letter',
  );
  assertEqual(
    rows.slice(0, 2).map((r) => r.recordId),
    ['e1', 'e0'],
    'v1 entries in seq order',
  );
  assert(verdict.ok, `stored chain verifies in Node: ${JSON.stringify(verdict)}`);
  const [attachment] = await readStore(page, 'attachments');
  assertEqual(attachment?.sealed, true, 'v1 file sealed');
  assertEqual(attachment?.source, 'file', 'v1 file provenance');
});
