import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const VIEWPORT = { width: 360, height: 740 } as const;

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's chromium (no browser downloads work here; STYLE.md §3). */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new Error('chromium not found: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)');
  }
}

export interface Profile {
  readonly context: BrowserContext;
  readonly foreignRequests: string[];
  readonly pageErrors: string[];
  close(): Promise<void>;
}

/** Schemes that never leave the machine. */
const LOCAL_SCHEMES = new Set(['chrome-extension:', 'data:', 'blob:', 'about:', 'chrome:', 'devtools:']);

export interface ProfileOptions {
  /** Extra Chromium switches for one test (e.g. the fake microphone); the defaults above always apply. */
  readonly args?: readonly string[];
}

export async function openProfile(
  appOrigin: string,
  locale: string,
  options: ProfileOptions = {},
): Promise<Profile> {
  const dir = await mkdtemp(path.join(tmpdir(), 'youju-e2e-'));
  const context = await chromium
    .launchPersistentContext(dir, {
      executablePath: chromiumPath(),
      headless: true,
      args: [...ARGS, ...(options.args ?? [])],
      viewport: VIEWPORT,
      deviceScaleFactor: 1,
      locale,
      timezoneId: 'Asia/Shanghai',
      acceptDownloads: true,
      serviceWorkers: 'allow',
    })
    .catch(async (error: unknown) => {
      await rm(dir, { recursive: true, force: true });
      throw error;
    });
  // Everything here is local; an element that has not appeared in 15 s is not coming, and failing sooner keeps
  // a broken build from taking many minutes per spec.
  context.setDefaultTimeout(15_000);
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  // The no-network promise (STYLE.md §2.12): anything not addressed to the app's origin is a failure. Service
  // worker requests are reported on the context too.
  context.on('request', (request) => {
    const url = request.url();
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      foreignRequests.push(url);
      return;
    }
    if (LOCAL_SCHEMES.has(parsed.protocol)) return;
    if (parsed.origin !== appOrigin) foreignRequests.push(url);
  });
  const watchPage = (p: Page) => {
    p.on('pageerror', (error) => pageErrors.push(`${p.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return {
    context,
    foreignRequests,
    pageErrors,
    async close() {
      await Promise.race([context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}
