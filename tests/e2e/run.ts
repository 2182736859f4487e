// The e2e runner: serves dist/ (built beforehand by `vite build`), runs every named test exported by
// tests/e2e/*.e2e.ts, each in a fresh Chromium profile, and writes artifacts/e2e-results.json.
// Usage: npm run test:e2e [-- <filter>]   (filter: substring of "<file> <test name>")
// E2E_WORKERS=n runs n lanes side by side, each with its own server on its own port (a test may stop its
// server to check offline behaviour); the default is one lane, in file order.
import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openProfile, type Profile } from './lib/browser.ts';
import { ARTIFACTS, REPO_ROOT, isE2eTest, type E2eTest } from './lib/define.ts';
import { portFromEnv, staticServer } from './lib/static-server.ts';

const HOST = '127.0.0.1';
// A free port unless E2E_PORT names one, so the tests pass while `npm start` serves on 4173.
const PORT = portFromEnv(process.env.E2E_PORT);
const WORKERS = Math.max(1, Math.min(4, Number.parseInt(process.env.E2E_WORKERS ?? '1', 10) || 1));
const DIST = path.resolve(process.env.E2E_DIST ?? path.join(REPO_ROOT, 'dist'));
const E2E_DIR = import.meta.dirname;

interface Outcome {
  file: string;
  name: string;
  status: 'passed' | 'failed';
  durationMs: number;
  error?: string;
  screenshot?: string;
}

async function discover(
  filter: string | undefined,
): Promise<{ file: string; name: string; test: E2eTest }[]> {
  const files = (await readdir(E2E_DIR)).filter((f) => f.endsWith('.e2e.ts')).sort();
  const found: { file: string; name: string; test: E2eTest }[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(E2E_DIR, file)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (!isE2eTest(value)) continue;
      if (filter && !`${file} ${name}`.includes(filter)) continue;
      found.push({ file, name, test: value });
    }
  }
  return found;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return (error.stack ?? error.message).split('\n').slice(0, 8).join('\n');
  return String(error);
}

async function runOne(
  file: string,
  name: string,
  test: E2eTest,
  server: ReturnType<typeof staticServer>,
): Promise<Outcome> {
  const started = Date.now();
  // A test may stop the server (offline check); every test starts with it up.
  await server.start();
  let profile: Profile;
  try {
    profile = await openProfile(
      server.origin,
      test.locale,
      test.browserArgs ? { args: test.browserArgs } : {},
    );
  } catch (e) {
    return { file, name, status: 'failed', durationMs: Date.now() - started, error: describeError(e) };
  }
  const page = profile.context.pages()[0] ?? (await profile.context.newPage());
  let error: unknown = null;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${test.timeoutMs} ms`)), test.timeoutMs);
    });
    await Promise.race([
      test.run({
        context: profile.context,
        page,
        origin: server.origin,
        server,
        foreignRequests: profile.foreignRequests,
      }),
      timeout,
    ]);
  } catch (e) {
    error = e;
  } finally {
    clearTimeout(timer);
  }
  if (!error && profile.foreignRequests.length > 0) {
    error = new Error(`requests left the app's origin:\n  ${profile.foreignRequests.join('\n  ')}`);
  }
  if (!error && profile.pageErrors.length > 0) {
    error = new Error(`the page threw:\n  ${profile.pageErrors.join('\n  ')}`);
  }
  let screenshot: string | undefined;
  if (error) {
    screenshot = path.join(ARTIFACTS, 'e2e-failures', `${file.replace(/\.e2e\.ts$/, '')}--${name}.png`);
    await mkdir(path.dirname(screenshot), { recursive: true });
    const last = profile.context.pages().at(-1) ?? page;
    await last.screenshot({ path: screenshot, timeout: 5_000 }).catch(() => (screenshot = undefined));
  }
  await profile.close();
  return {
    file,
    name,
    status: error ? 'failed' : 'passed',
    durationMs: Date.now() - started,
    ...(error ? { error: describeError(error) } : {}),
    ...(screenshot ? { screenshot: path.relative(REPO_ROOT, screenshot) } : {}),
  };
}

async function main(): Promise<number> {
  const filter = process.argv[2];
  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error(`e2e: ${DIST}/index.html is missing; run "npm run build" first.`);
    console.log('e2e results — passed 0, failed 1');
    return 1;
  }
  await mkdir(ARTIFACTS, { recursive: true });
  const tests = await discover(filter);
  const lanes = Math.min(WORKERS, Math.max(1, tests.length));
  // Only the first lane may take a fixed E2E_PORT; the others pick free ports.
  const servers = Array.from({ length: lanes }, (_, i) => staticServer(DIST, HOST, i === 0 ? PORT : 0));
  const outcomes: (Outcome | undefined)[] = new Array<Outcome | undefined>(tests.length);
  let next = 0;
  const lane = async (server: ReturnType<typeof staticServer>): Promise<void> => {
    for (let i = next++; i < tests.length; i = next++) {
      const entry = tests[i];
      if (!entry) break;
      const { file, name, test } = entry;
      const outcome = await runOne(file, name, test, server);
      outcomes[i] = outcome;
      const mark = outcome.status === 'passed' ? 'ok  ' : 'FAIL';
      console.log(`${mark} ${file} › ${name} (${(outcome.durationMs / 1000).toFixed(1)} s)`);
      if (outcome.error) console.log(`     ${outcome.error.replaceAll('\n', '\n     ')}`);
      if (outcome.screenshot) console.log(`     screenshot: ${outcome.screenshot}`);
    }
  };
  try {
    await Promise.all(servers.map(lane));
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  if (tests.length === 0) {
    // Finding nothing to run is a failure, not a pass: a renamed folder must not turn the suite green.
    outcomes.push({
      file: '-',
      name: 'discovery',
      status: 'failed',
      durationMs: 0,
      error: 'no e2e tests found',
    });
    console.log(`FAIL no e2e tests found${filter ? ` for "${filter}"` : ''}`);
  }
  const done = outcomes.filter((o): o is Outcome => o !== undefined);
  const passed = done.filter((o) => o.status === 'passed').length;
  const failed = done.length - passed;
  await writeFile(
    path.join(ARTIFACTS, 'e2e-results.json'),
    `${JSON.stringify({ passed, failed, tests: done }, null, 2)}\n`,
  );
  console.log(`e2e results — passed ${passed}, failed ${failed}`);
  return failed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('e2e results — passed 0, failed 1');
    process.exit(1);
  },
);
