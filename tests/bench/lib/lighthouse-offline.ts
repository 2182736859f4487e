// The returning user's page, offline: a persistent profile opens the app, finishes onboarding and waits until the
// service worker is activated and controls the page (STYLE.md §3); then the server is stopped and Lighthouse
// audits the same profile, keeping its storage, so every byte comes from the service worker's precache.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { openApp, skipOnboarding } from '../../e2e/lib/app.ts';
import { chromiumPath } from '../../e2e/lib/browser.ts';
import { waitForControllingServiceWorker } from '../../e2e/lib/service-worker.ts';
import { CHROME_FLAGS, LANGUAGE_FLAGS, runLighthouse, type AuditResult } from './lighthouse.ts';

export interface OfflineOptions {
  readonly origin: string;
  /** One report per audit, all on the same warmed profile. */
  readonly outputPaths: readonly string[];
  /** Stops the app's server for good; the audit runs after it. */
  stopServer(): Promise<void>;
}

async function warmUp(profile: string, origin: string): Promise<void> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROME_FLAGS, ...LANGUAGE_FLAGS],
    locale: 'zh-CN',
    serviceWorkers: 'allow',
  });
  try {
    context.setDefaultTimeout(30_000);
    const page = context.pages()[0] ?? (await context.newPage());
    await openApp(page, origin);
    await skipOnboarding(page);
    await waitForControllingServiceWorker(page);
  } finally {
    await context.close();
  }
}

/** Chromium on the warmed profile with a remote debugging port for Lighthouse; port 0 lets Chromium pick one. */
async function launchForLighthouse(profile: string): Promise<{ chrome: ChildProcess; port: number }> {
  const chrome = spawn(
    chromiumPath(),
    [
      ...CHROME_FLAGS,
      ...LANGUAGE_FLAGS,
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  // Chromium writes the port it chose to the first line of DevToolsActivePort in the profile.
  for (let i = 0; i < 100; i += 1) {
    const text = await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8').catch(() => '');
    const port = Number(text.split('\n')[0]);
    if (port > 0) return { chrome, port };
    await sleep(100);
  }
  stopChrome(chrome);
  throw new Error('Chromium did not open a remote debugging port within 10 s');
}

function stopChrome(chrome: ChildProcess): void {
  // detached: Chromium leads its own process group, so its renderers and GPU process go with it.
  if (chrome.pid !== undefined && chrome.exitCode === null) {
    try {
      process.kill(-chrome.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export async function auditOffline(options: OfflineOptions): Promise<AuditResult[]> {
  const profile = await mkdtemp(path.join(tmpdir(), 'youju-bench-lh-'));
  let chrome: ChildProcess | undefined;
  try {
    try {
      await warmUp(profile, options.origin);
    } catch (error) {
      return [{ ok: false, reason: `warm-up before going offline failed: ${String(error)}` }];
    }
    await options.stopServer();
    const launched = await launchForLighthouse(profile);
    chrome = launched.chrome;
    const results: AuditResult[] = [];
    for (const outputPath of options.outputPaths) {
      const result = await runLighthouse({
        url: `${options.origin}/`,
        outputPath,
        port: launched.port,
        keepStorage: true,
      });
      results.push(result);
      if (!result.ok) break;
    }
    return results;
  } catch (error) {
    return [{ ok: false, reason: String(error) }];
  } finally {
    if (chrome) stopChrome(chrome);
    // Chromium may still be writing to its profile for a moment after the kill.
    await sleep(300);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}
