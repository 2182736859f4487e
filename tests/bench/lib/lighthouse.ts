// Runs Lighthouse ad hoc through npx and reads its JSON report. Lighthouse stays out of package.json: its lockfile
// entry pulls `third-party-web: "latest"` and makes the lockfile unstable (STYLE.md §3).
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { chromiumPath } from '../../e2e/lib/browser.ts';

export const LIGHTHOUSE = 'lighthouse@12.8.2';

/** Quiet headless Chromium: no background traffic of its own that would show up in the audited page's network. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** zh-CN is the app's first language: the page is audited as most users see it. */
export const LANGUAGE_FLAGS = ['--lang=zh-CN', '--accept-lang=zh-CN'] as const;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
export type Category = (typeof CATEGORIES)[number];

/** A run can outlast npx's download on a slow link, but never hang the bench. */
const RUN_TIMEOUT_MS = 300_000;

interface ReportAudit {
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly scoreDisplayMode: string;
  readonly displayValue?: string;
  readonly numericValue?: number;
}

interface Report {
  readonly lighthouseVersion: string;
  readonly finalDisplayedUrl: string;
  readonly runtimeError?: { readonly code: string; readonly message: string };
  readonly runWarnings: readonly string[];
  readonly environment: { readonly benchmarkIndex: number };
  readonly categories: Record<
    string,
    | { readonly score: number | null; readonly auditRefs: readonly { id: string; weight: number }[] }
    | undefined
  >;
  readonly audits: Record<string, ReportAudit | undefined>;
}

export interface FailedAudit {
  readonly id: string;
  readonly score: number | null;
  readonly displayValue?: string;
}

export interface Audit {
  readonly scores: Readonly<Record<Category, number | null>>;
  /** Scored audits below 1, per category; for performance only the weighted metrics count. */
  readonly failed: Readonly<Record<Category, readonly FailedAudit[]>>;
  /** fcp, lcp, tbt, si in ms (simulated mobile); cls unitless. */
  readonly metrics: Readonly<Record<string, number | undefined>>;
  readonly benchmarkIndex: number;
  readonly runWarnings: readonly string[];
  readonly finalUrl: string;
}

export type AuditResult =
  { readonly ok: true; readonly audit: Audit } | { readonly ok: false; readonly reason: string };

const METRICS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  si: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;

function summarise(report: Report): Audit {
  const scores = {} as Record<Category, number | null>;
  const failed = {} as Record<Category, FailedAudit[]>;
  for (const category of CATEGORIES) {
    const c = report.categories[category];
    scores[category] = c?.score ?? null;
    failed[category] = (c?.auditRefs ?? [])
      .filter((ref) => category !== 'performance' || ref.weight > 0)
      .map((ref) => report.audits[ref.id])
      .filter((a): a is ReportAudit => a !== undefined && a.scoreDisplayMode !== 'notApplicable')
      .filter((a) => a.score !== null && a.score < 1)
      .map((a) => ({
        id: a.id,
        score: a.score,
        ...(a.displayValue ? { displayValue: a.displayValue } : {}),
      }));
  }
  const metrics: Record<string, number | undefined> = {};
  for (const [key, id] of Object.entries(METRICS)) {
    const value = report.audits[id]?.numericValue;
    // Times in whole ms; the layout shift is a unitless fraction.
    const scale = key === 'cls' ? 1000 : 1;
    metrics[key] = value === undefined ? undefined : Math.round(value * scale) / scale;
  }
  return {
    scores,
    failed,
    metrics,
    benchmarkIndex: report.environment.benchmarkIndex,
    runWarnings: report.runWarnings,
    finalUrl: report.finalDisplayedUrl,
  };
}

export interface RunOptions {
  readonly url: string;
  /** Where the JSON report is kept, to read the reasons behind a score. */
  readonly outputPath: string;
  /** Audit a Chromium that is already running (remote debugging port) instead of launching a fresh profile. */
  readonly port?: number;
  /** Keep the origin's storage (service worker, IndexedDB) instead of clearing it before the audit. */
  readonly keepStorage?: boolean;
}

/** Why it failed, in a line: npm's error code and message when npx could not fetch, else the output's end. */
function why(text: string): string {
  const lines = text.trim().split('\n');
  const npm = lines.filter((l) => /^npm error (code |[A-Za-z]*Error: )/.test(l));
  return (npm.length > 0 ? npm : lines.slice(-4)).join(' | ').slice(0, 600);
}

/** Mobile emulation and simulated slow 4G with 4× CPU slowdown: Lighthouse's defaults, stated so they are seen. */
export async function runLighthouse(options: RunOptions): Promise<AuditResult> {
  const args = [
    '-y',
    LIGHTHOUSE,
    options.url,
    `--only-categories=${CATEGORIES.join(',')}`,
    '--form-factor=mobile',
    '--throttling-method=simulate',
    '--output=json',
    `--output-path=${options.outputPath}`,
    '--quiet',
    ...(options.port === undefined
      ? [`--chrome-flags=${[...CHROME_FLAGS, ...LANGUAGE_FLAGS].join(' ')}`]
      : [`--port=${options.port}`, '--hostname=127.0.0.1']),
    ...(options.keepStorage ? ['--disable-storage-reset'] : []),
  ];
  const child = spawn('npx', args, {
    env: { ...process.env, CHROME_PATH: chromiumPath() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exit = await new Promise<{ code: number | null; error?: string }>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: null, error: `timed out after ${RUN_TIMEOUT_MS / 1000} s` });
    }, RUN_TIMEOUT_MS);
    child.once('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, error: error.message });
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code });
    });
  });
  if (exit.error !== undefined || exit.code !== 0) {
    const status = exit.error ?? `exit ${String(exit.code)}`;
    return { ok: false, reason: `npx ${LIGHTHOUSE} failed (${status}): ${why(output)}` };
  }
  let report: Report;
  try {
    report = JSON.parse(await readFile(options.outputPath, 'utf8')) as Report;
  } catch (error) {
    return { ok: false, reason: `no readable report at ${options.outputPath}: ${String(error)}` };
  }
  if (report.runtimeError) {
    return { ok: false, reason: `Lighthouse: ${report.runtimeError.code}: ${report.runtimeError.message}` };
  }
  return { ok: true, audit: summarise(report) };
}
