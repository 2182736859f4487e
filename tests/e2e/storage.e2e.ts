// Evidence storage in the real browser: the production CSP lets hash-wasm compile its WebAssembly (streaming
// SHA-256 of recordings and photos) while eval stays forbidden; and a profile written by a v1 build is upgraded in
// Chromium's own IndexedDB, its entries and file sealed once, in order, before the next new entry.
import { openApp, skipOnboarding } from './lib/app.ts';
import { assert, assertEqual, e2e } from './lib/define.ts';
import { readStore, verifyStoredChainFromPage } from './lib/evidence.ts';
import { seedV1 } from './lib/seed-v1.ts';

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
