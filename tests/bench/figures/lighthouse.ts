// Lighthouse on the built app, mobile emulation: performance, accessibility and best practices of the
// first screen a new user sees, median of three runs; then a returning user's Today screen with the service worker
// in control and the server gone, also median of three. The app is served by `vite preview` (what `npm start`
// runs), which compresses like any real static host: Lighthouse's simulated 4G counts transfer bytes, so serving
// the files uncompressed would measure the server, not the app.
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { Audit, AuditResult, Category, FailedAudit } from '../lib/lighthouse.ts';
import { CATEGORIES, LIGHTHOUSE, runLighthouse } from '../lib/lighthouse.ts';
import { auditOffline } from '../lib/lighthouse-offline.ts';
import type { Figure, FigureSource } from '../lib/types.ts';
import { portFromEnv } from '../../e2e/lib/static-server.ts';

/** A loaded 2-core machine moves the performance score from run to run; the median of three is steadier. */
const RUNS = 3;
/** A free port unless BENCH_LIGHTHOUSE_PORT names one, so the bench runs beside an app already serving. */
const PORT = portFromEnv(process.env.BENCH_LIGHTHOUSE_PORT);
const BUDGETS: Readonly<Record<Category, number>> = {
  performance: 0.95,
  accessibility: 1,
  'best-practices': 1,
};

const round1 = (x: number) => Math.round(x * 10) / 10;
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function serve(outDir: string): Promise<PreviewServer> {
  return preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: PORT, strictPort: true },
  });
}

/** The address the preview server really listens on (port 0 asks the system for a free one). */
function originOf(server: PreviewServer): string {
  const address = server.httpServer.address();
  if (address === null || typeof address !== 'object') throw new Error('the preview server is not listening');
  return `http://127.0.0.1:${address.port}`;
}

/** The run in the middle by performance score: its metrics and failed audits explain the median. */
function medianRun(audits: readonly Audit[]): Audit | undefined {
  const sorted = [...audits].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
  return sorted[Math.floor(sorted.length / 2)];
}

/** A failed accessibility or best-practices audit in any run is a real finding; performance varies per run. */
function failedAudits(category: Category, audits: readonly Audit[]): readonly FailedAudit[] {
  if (category === 'performance') return medianRun(audits)?.failed.performance ?? [];
  return [...new Map(audits.flatMap((a) => a.failed[category]).map((f) => [f.id, f])).values()];
}

interface Runs {
  readonly audits: readonly Audit[];
  readonly failures: readonly string[];
  readonly reports: readonly string[];
}

function collect(results: readonly AuditResult[], paths: readonly string[], repoRoot: string): Runs {
  return {
    audits: results.flatMap((r) => (r.ok ? [r.audit] : [])),
    failures: results.flatMap((r) => (r.ok ? [] : [r.reason])),
    reports: results.flatMap((r, i) => (r.ok && paths[i] ? [path.relative(repoRoot, paths[i])] : [])),
  };
}

function scoresOf(category: Category, audits: readonly Audit[]): number[] {
  return audits.map((a) => a.scores[category]).filter((s): s is number => s !== null);
}

function context(runs: Runs) {
  const middle = medianRun(runs.audits);
  return {
    ...(runs.failures.length > 0 ? { failedRuns: runs.failures } : {}),
    url: middle?.finalUrl,
    language: 'zh-CN',
    lighthouse: LIGHTHOUSE,
    reports: runs.reports,
    // Lighthouse's own CPU speed estimate; with the load it explains a slower run on a shared machine.
    benchmarkIndex: middle?.benchmarkIndex,
    loadAverage1m: round1(os.loadavg()[0] ?? NaN),
  };
}

function categoryFigure(category: Category, runs: Runs): Figure {
  const budget = BUDGETS[category];
  const id = `lighthouse-${category}`;
  const scores = scoresOf(category, runs.audits);
  if (scores.length === 0) {
    const reason = runs.failures[0] ?? `no ${category} score in the report`;
    return { id, value: NaN, unit: 'score', budget, pass: false, detail: { reason } };
  }
  const value = median(scores);
  const metrics = category === 'performance' ? medianRun(runs.audits)?.metrics : undefined;
  return {
    id,
    value,
    unit: 'score',
    budget,
    pass: value >= budget,
    detail: {
      runs: scores,
      failedAudits: failedAudits(category, runs.audits),
      ...(metrics ? { metrics } : {}),
      ...context(runs),
    },
  };
}

/** Offline, the other categories must hold too: the same app, only served by the service worker. */
function offlineFigure(runs: Runs): Figure {
  const id = 'lighthouse-offline-performance';
  const budget = BUDGETS.performance;
  const scores = scoresOf('performance', runs.audits);
  if (scores.length === 0) {
    const reason = runs.failures[0] ?? 'no performance score in the report';
    return { id, value: NaN, unit: 'score', budget, pass: false, detail: { reason } };
  }
  const value = median(scores);
  const others = CATEGORIES.filter((c) => c !== 'performance');
  const worst = Object.fromEntries(others.map((c) => [c, Math.min(...scoresOf(c, runs.audits))]));
  return {
    id,
    value,
    unit: 'score',
    budget,
    pass: value >= budget && others.every((c) => (worst[c] ?? 0) >= BUDGETS[c]),
    detail: {
      runs: scores,
      worstOtherScores: worst,
      failedAudits: Object.fromEntries(CATEGORIES.map((c) => [c, failedAudits(c, runs.audits)])),
      metrics: medianRun(runs.audits)?.metrics,
      servedBy: 'service worker: onboarding done, the server stopped before the audits',
      ...context(runs),
    },
  };
}

export const figure: FigureSource = {
  async measure(ctx) {
    const app = await ctx.appBuild();
    const dir = path.join(ctx.repoRoot, 'artifacts', 'bench', 'lighthouse');
    await mkdir(dir, { recursive: true });
    const server = await serve(app.outDir);
    const origin = originOf(server);
    let open = true;
    try {
      const onlinePaths = Array.from({ length: RUNS }, (_, i) => path.join(dir, `run-${i + 1}.json`));
      const results: AuditResult[] = [];
      for (const outputPath of onlinePaths) {
        const result = await runLighthouse({ url: `${origin}/`, outputPath });
        results.push(result);
        // npx that cannot fetch Lighthouse will not manage on the next try either.
        if (!result.ok) break;
      }
      const online = collect(results, onlinePaths, ctx.repoRoot);
      const figures = CATEGORIES.map((c) => categoryFigure(c, online));
      if (online.audits.length === 0) {
        const reason = `not run: ${online.failures[0] ?? 'the online audits failed'}`;
        figures.push(offlineFigure({ audits: [], failures: [reason], reports: [] }));
        return figures;
      }
      const offlinePaths = Array.from({ length: RUNS }, (_, i) => path.join(dir, `offline-${i + 1}.json`));
      const offline = await auditOffline({
        origin,
        outputPaths: offlinePaths,
        stopServer: async () => {
          open = false;
          await server.close();
        },
      });
      figures.push(offlineFigure(collect(offline, offlinePaths, ctx.repoRoot)));
      return figures;
    } finally {
      if (open) await server.close();
    }
  },
};
