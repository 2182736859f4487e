// The app built for a sub-path (`vite build --base=/youju/`) and served there, first by a plain static server and
// then by real nginx with the server block shipped in deploy/nginx: it installs with its own start page, scope and
// icons, its service worker controls only that path and precaches only files there, it reloads and opens a new
// route offline, and nginx sends the headers docs/deploy.md promises.
import { copyFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { openApp } from './lib/app.ts';
import { openProfile } from './lib/browser.ts';
import { assert, assertEqual, e2e, fail } from './lib/define.ts';
import { nginxTest, siteConfig, startNginx } from './lib/nginx.ts';
import { waitForControllingServiceWorker } from './lib/service-worker.ts';
import { staticServer } from './lib/static-server.ts';
import { SUB_PATH, subPathRoot } from './lib/sub-path-build.ts';

const TIMEOUT = 300_000;

interface Served {
  readonly origin: string;
  stop(): Promise<void>;
}

/** Opens the sub-path app in its own profile (its origin is not the runner's) and runs the shared checks. */
async function checkSubPathApp(served: Served): Promise<void> {
  const profile = await openProfile(served.origin, 'zh-CN');
  try {
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await checkInstall(page, profile.context, served.origin);
    await checkOffline(page, profile.context, served);
    assertEqual(profile.foreignRequests, [], 'requests that left the origin');
    assertEqual(profile.pageErrors, [], 'page errors');
  } finally {
    await profile.close();
  }
}

async function checkInstall(page: Page, context: BrowserContext, origin: string): Promise<void> {
  const base = `${origin}${SUB_PATH}`;
  await openApp(page, base.slice(0, -1));
  await waitForControllingServiceWorker(page);
  // No helper functions inside: the code runs in the page, where tsx's name helper does not exist.
  const raw = await page.evaluate(async () => {
    const manifestUrl = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href ?? null;
    const manifest = manifestUrl
      ? ((await (await fetch(manifestUrl)).json()) as {
          start_url: string;
          scope: string;
          icons: { src: string }[];
        })
      : null;
    const registration = await navigator.serviceWorker.getRegistration();
    const cached: string[] = [];
    for (const key of await caches.keys()) {
      for (const request of await (await caches.open(key)).keys()) cached.push(request.url);
    }
    return {
      manifestUrl,
      manifest,
      favicon: document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? null,
      touchIcon: document.querySelector<HTMLLinkElement>('link[rel="apple-touch-icon"]')?.href ?? null,
      swScope: registration?.scope ?? null,
      swScript: registration?.active?.scriptURL ?? null,
      cached,
    };
  });
  const resolve = (u: string | undefined) =>
    raw.manifestUrl && u !== undefined ? new URL(u, raw.manifestUrl).href : null;
  const seen = {
    ...raw,
    startUrl: resolve(raw.manifest?.start_url),
    scope: resolve(raw.manifest?.scope),
    icons: (raw.manifest?.icons ?? []).map((i) => resolve(i.src)),
  };
  assertEqual(seen.manifestUrl, `${base}manifest.webmanifest`, 'manifest address');
  assertEqual(seen.startUrl, base, 'manifest start_url');
  assertEqual(seen.scope, base, 'manifest scope');
  assertEqual(seen.swScope, base, 'service worker scope');
  assertEqual(seen.swScript, `${base}sw.js`, 'service worker script');
  assertEqual(seen.favicon, `${base}icons/favicon-32.png`, 'favicon');
  assertEqual(seen.touchIcon, `${base}icons/apple-touch-icon-180.png`, 'touch icon');
  assert(seen.icons.length >= 3, `manifest icons: ${JSON.stringify(seen.icons)}`);
  for (const icon of [...seen.icons, seen.favicon, seen.touchIcon]) {
    if (!icon?.startsWith(`${base}icons/`)) fail(`icon under the base: ${icon}`);
    const status = await page.evaluate(async (u) => (await fetch(u)).status, icon);
    assertEqual(status, 200, `icon ${icon}`);
  }
  assert(seen.cached.length > 10, `precache holds the app: ${seen.cached.length} entries`);
  const outside = seen.cached.filter((u) => !u.startsWith(base));
  assertEqual(outside, [], 'precached files outside the base');
  assert(
    // Workbox keys revisioned entries as index.html?__WB_REVISION__=…
    seen.cached.some((u) => u.split('?')[0] === `${base}index.html`),
    'the navigation fallback page is precached under the base',
  );

  const cdp = await context.newCDPSession(page);
  const appManifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[] };
  assertEqual(appManifest.url, `${base}manifest.webmanifest`, 'manifest the browser uses');
  assertEqual(appManifest.errors, [], 'manifest parse errors');
  let errors: { errorId: string }[] = [];
  for (let attempt = 0; attempt < 10; attempt++) {
    ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
    if (errors.length === 0) return;
    await page.waitForTimeout(500);
  }
  fail(`installability errors: ${JSON.stringify(errors)}`);
}

async function checkOffline(page: Page, context: BrowserContext, served: Served): Promise<void> {
  const base = `${served.origin}${SUB_PATH}`;
  await context.setOffline(true);
  await served.stop();
  await page.reload();
  await page.locator('[data-testid="onboarding"], [data-testid="nav-today"]').first().waitFor();
  // A path under the base that was never fetched: the service worker answers with the app's page.
  await page.goto(`${base}opened-from-a-bookmark`);
  await page.locator('[data-testid="onboarding"], [data-testid="nav-today"]').first().waitFor();
  // A file name is never answered with the app's page (the source archive is not precached).
  const sourceOffline = await page.evaluate(async (u) => {
    try {
      const r = await fetch(u);
      return (r.headers.get('content-type') ?? '').includes('html') ? 'the app page' : `status ${r.status}`;
    } catch {
      return 'network error';
    }
  }, `${base}source.zip`);
  assertEqual(sourceOffline, 'network error', 'source.zip offline');
}

export const subPathBuildOnAStaticServer = e2e(
  async () => {
    const server = staticServer(await subPathRoot(), '127.0.0.1');
    await server.start();
    try {
      await checkSubPathApp(server);
    } finally {
      await server.stop();
    }
  },
  { timeoutMs: TIMEOUT },
);

export const shippedNginxConfigPassesNginxT = e2e(async () => {
  // As shipped (port 80, /var/www/youju): `nginx -t` parses it without binding or reading the files.
  const said = await nginxTest(await siteConfig(null, null));
  assert(/syntax is ok/.test(said) && /test is successful/.test(said), `nginx -t: ${said}`);
});

/** The response's header, or a failure naming what is missing. */
function header(r: Response, name: string): string {
  const value = r.headers.get(name);
  if (value === null) fail(`${r.url}: no ${name} header`);
  return value;
}

async function checkHeaders(origin: string, webRoot: string): Promise<void> {
  const base = `${origin}${SUB_PATH}`;
  const dir = path.join(webRoot, SUB_PATH);
  const assets = await readdir(path.join(dir, 'assets'));
  const js = assets.find((f) => f.endsWith('.js'));
  assert(js, 'a hashed script in assets/');
  // The build may inline its WebAssembly; a module file checks the MIME rule either way.
  await writeFile(
    path.join(dir, 'assets', 'probe-0a1b2c3d.wasm'),
    new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]),
  );
  await copyFile(path.join(dir, 'manifest.webmanifest'), path.join(dir, 'copy.webmanifest'));
  const get = (p: string) => fetch(`${base}${p}`, { headers: { 'accept-encoding': 'gzip' } });

  const page = await get('');
  assertEqual(page.status, 200, 'the page at the base');
  const html = await page.text();
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  assert(meta, 'index.html carries the CSP meta tag');
  const csp = header(page, 'content-security-policy');
  for (const directive of meta.split(';').map((d) => d.trim())) {
    assert(csp.includes(directive), `CSP header has "${directive}": ${csp}`);
  }
  assert(csp.includes("frame-ancestors 'none'"), 'CSP header forbids framing');
  assertEqual(header(page, 'content-encoding'), 'gzip', 'the page is compressed');

  const expect = async (p: string, type: string, cache: RegExp) => {
    const r = await get(p);
    assertEqual(r.status, 200, `${p} status`);
    assert(header(r, 'content-type').startsWith(type), `${p} type: ${r.headers.get('content-type')}`);
    assert(cache.test(header(r, 'cache-control')), `${p} cache: ${r.headers.get('cache-control')}`);
    assert(/max-age=\d{8}/.test(header(r, 'strict-transport-security')), `${p} HSTS`);
    assert(header(r, 'content-security-policy') === csp, `${p} carries the CSP header`);
    return r;
  };
  const noCache = /^no-cache$/;
  const immutable = /max-age=31536000.*immutable/;
  await expect('index.html', 'text/html', noCache);
  const sw = await expect('sw.js', 'application/javascript', noCache);
  assertEqual(header(sw, 'content-encoding'), 'gzip', 'sw.js is compressed');
  await expect('manifest.webmanifest', 'application/manifest+json', noCache);
  await expect('copy.webmanifest', 'application/manifest+json', noCache);
  const script = await expect(`assets/${js}`, 'application/javascript', immutable);
  assertEqual(header(script, 'content-encoding'), 'gzip', 'scripts are compressed');
  assertEqual(header(script, 'vary'), 'Accept-Encoding', 'caches keep compressed and plain apart');
  await expect('assets/probe-0a1b2c3d.wasm', 'application/wasm', immutable);
  await expect('source.zip', 'application/zip', noCache);
  const missing = await get('assets/not-there.js');
  assertEqual(missing.status, 404, 'a missing asset is a 404, not the page');
}

export const subPathBuildThroughShippedNginx = e2e(
  async () => {
    const root = await subPathRoot();
    const nginx = await startNginx(root);
    try {
      await checkHeaders(nginx.origin, root);
      await checkSubPathApp(nginx);
    } finally {
      await nginx.stop();
    }
  },
  { timeoutMs: TIMEOUT },
);
