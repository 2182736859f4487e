import { openApp } from './lib/app.ts';
import { assert, assertEqual, e2e, fail } from './lib/define.ts';
import { waitForControllingServiceWorker } from './lib/service-worker.ts';

interface ManifestIcon {
  src: string;
  sizes: string;
  purpose?: string;
}

export const installableWithManifestAndServiceWorker = e2e(async ({ page, context, origin }) => {
  await openApp(page, origin);
  await waitForControllingServiceWorker(page);

  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return null;
    const response = await fetch(link.href);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      body: await response.json(),
    };
  });
  assert(manifest, 'index.html links a manifest');
  assertEqual(manifest.status, 200, 'manifest status');
  const icons = (manifest.body as { icons?: ManifestIcon[] }).icons ?? [];
  for (const need of ['192x192', '512x512']) {
    assert(
      icons.some((i) => i.sizes === need && (i.purpose ?? 'any').includes('any')),
      `manifest icon ${need}`,
    );
  }
  assert(
    icons.some((i) => i.purpose?.includes('maskable')),
    'manifest has a maskable icon',
  );
  for (const icon of icons) {
    const got = await page.evaluate(async (src) => {
      const r = await fetch(src);
      const bitmap = await createImageBitmap(await r.blob());
      return { status: r.status, size: `${bitmap.width}x${bitmap.height}` };
    }, icon.src);
    assertEqual(got, { status: 200, size: icon.sizes }, `icon ${icon.src}`);
  }

  const cdp = await context.newCDPSession(page);
  const appManifest = (await cdp.send('Page.getAppManifest')) as { errors: { message: string }[] };
  assertEqual(appManifest.errors, [], 'manifest parse errors');
  // The browser checks installability after the manifest and worker are in; give it a few tries.
  let errors: { errorId: string }[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
    if (errors.length === 0) return;
    await page.waitForTimeout(500);
  }
  fail(`installability errors: ${JSON.stringify(errors)}`);
});
