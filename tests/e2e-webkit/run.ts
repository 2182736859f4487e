// The WebKit runner: the engine of every browser on an iPhone, as Debian's WebKitGTK MiniBrowser driven through
// WebKitWebDriver under Xvfb (STYLE.md §3). Serves dist/ (built beforehand) on a free port, runs every named test
// exported by tests/e2e-webkit/*.wk.ts, and writes artifacts/e2e-webkit-results.json.
// Usage: npx tsx tests/e2e-webkit/run.ts [<filter>]   (filter: substring of "<file> <test name>")
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ARTIFACTS, REPO_ROOT } from '../e2e/lib/define.ts';
import { staticServer, type StaticServer } from '../e2e/lib/static-server.ts';
import { freePort, startDriver, type Driver } from './lib/driver.ts';
import { isWkTest, openSession, type WkTest } from './lib/define.ts';
import type { Page } from './lib/page.ts';

const DIST = path.resolve(process.env.E2E_DIST ?? path.join(REPO_ROOT, 'dist'));
const DIR = import.meta.dirname;
const RESULTS = path.join(ARTIFACTS, 'e2e-webkit-results.json');

interface Outcome {
  file: string;
  name: string;
  status: 'passed' | 'failed';
  durationMs: number;
  error?: string;
  screenshot?: string;
}

const describeError = (e: unknown) =>
  e instanceof Error ? (e.stack ?? e.message).split('\n').slice(0, 8).join('\n') : String(e);

async function runOne(file: string, name: string, test: WkTest, driver: Driver, server: StaticServer) {
  const started = Date.now();
  await server.start();
  const open: Page[] = [];
  let error: unknown = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${test.timeoutMs} ms`)), test.timeoutMs);
    });
    await Promise.race([
      test.run({
        origin: server.origin,
        server,
        open: async (options = {}) => {
          const page = await openSession(driver.url, server.origin, options);
          open.push(page);
          return page;
        },
        close: async (page) => {
          open.splice(open.indexOf(page), 1);
          await page.s.close();
        },
      }),
      timeout,
    ]);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  let screenshot: string | undefined;
  const last = open.at(-1);
  if (error && last) {
    screenshot = path.join(ARTIFACTS, 'e2e-webkit-failures', `${file.replace(/\.wk\.ts$/, '')}--${name}.png`);
    await mkdir(path.dirname(screenshot), { recursive: true });
    await last.s
      .screenshot()
      .then((png) => writeFile(screenshot ?? '', png))
      .catch(() => (screenshot = undefined));
  }
  for (const page of open) await page.s.close().catch(() => undefined);
  const outcome: Outcome = {
    file,
    name,
    status: error ? 'failed' : 'passed',
    durationMs: Date.now() - started,
    ...(error ? { error: describeError(error) } : {}),
    ...(screenshot ? { screenshot: path.relative(REPO_ROOT, screenshot) } : {}),
  };
  return outcome;
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  await mkdir(ARTIFACTS, { recursive: true });
  const outcomes: Outcome[] = [];
  const report = async () => {
    const passed = outcomes.filter((o) => o.status === 'passed').length;
    const failed = outcomes.length - passed;
    await writeFile(RESULTS, `${JSON.stringify({ passed, failed, tests: outcomes }, null, 2)}\n`);
    console.log(`e2e-webkit results — passed ${passed}, failed ${failed}`);
    return failed > 0 ? 1 : 0;
  };
  const broken = (name: string, error: string) =>
    outcomes.push({ file: '-', name, status: 'failed', durationMs: 0, error });

  if (!existsSync(path.join(DIST, 'index.html'))) {
    broken('dist', `${DIST}/index.html is missing; run "npm run build" first`);
    return report();
  }
  const tests: { file: string; name: string; test: WkTest }[] = [];
  for (const file of (await readdir(DIR)).filter((f) => f.endsWith('.wk.ts')).sort()) {
    const mod = (await import(pathToFileURL(path.join(DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (isWkTest(value) && (!filter || `${file} ${name}`.includes(filter))) {
        tests.push({ file, name, test: value });
      }
    }
  }
  // Finding nothing to run is a failure, not a pass: a renamed folder must not turn the suite green.
  if (tests.length === 0) {
    broken('discovery', `no WebKit tests found${filter ? ` for "${filter}"` : ''}`);
    return report();
  }

  let driver: Driver;
  try {
    driver = await startDriver(path.join(ARTIFACTS, 'e2e-webkit-driver.log'));
  } catch (e) {
    broken('driver', describeError(e));
    return report();
  }
  const server = staticServer(DIST, '127.0.0.1', await freePort());
  // An interrupted run (Ctrl-C, a CI timeout) still stops the browser, the driver and Xvfb it started.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void Promise.all([server.stop(), driver.stop()]).finally(() => process.exit(130));
    });
  }
  try {
    for (const { file, name, test } of tests) {
      const o = await runOne(file, name, test, driver, server);
      outcomes.push(o);
      const mark = o.status === 'passed' ? 'ok  ' : 'FAIL';
      console.log(`${mark} ${file} › ${name} (${(o.durationMs / 1000).toFixed(1)} s)`);
      if (o.error) console.log(`     ${o.error.replaceAll('\n', '\n     ')}`);
      if (o.screenshot) console.log(`     screenshot: ${o.screenshot}`);
    }
  } finally {
    await server.stop();
    await driver.stop();
  }
  return report();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('e2e-webkit results — passed 0, failed 1');
    process.exit(1);
  },
);
