// Pack export peak memory over 500 MB of media: the app's own export code (platform/pack-export →
// zip-write: Blob streams, hash-wasm, fflate ZipDeflate at level 0 for media) run in a fresh Node process on file-backed Blobs
// (fs.openAsBlob, so the media is not in memory to begin with), writing into a sink that only counts bytes. The
// child process keeps the bench's own builds out of the figure; it reports peak RSS and heap while exporting.
// The second figure runs the same export encrypted on its way to the sink (encryptingSink, WebCrypto
// AES-GCM, the real 600,000 PBKDF2 iterations), as an encrypted backup is made in the app.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, openAsBlob, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { sealRecord } from '../../../src/domain/evidence/chain.ts';
import type { CaseFile } from '../../../src/domain/case/types.ts';
import type { Hasher, Sha256Hex } from '../../../src/domain/shared/ports.ts';
import { encryptingSink } from '../../../src/platform/encrypted-file.ts';
import { readPackTools } from '../../../src/cli/pack-tools.ts';
import { exportAppPack, type SealedLink } from '../../../src/platform/pack-export.ts';
import { countingSink } from '../../../src/platform/zip-write.ts';
import type { Figure, FigureSource } from '../lib/types.ts';

const FILES = 5;
const FILE_MB = 100;
const MB = 1 << 20;
const BUDGET_MB = 150;

const nodeHasher: Hasher = {
  sha256: (bytes) => Promise.resolve(createHash('sha256').update(bytes).digest('hex') as Sha256Hex),
};

/** Writes a file of `mb` MiB (one pseudo-random MiB, varied per MiB) and returns its sha256. */
async function writeMedia(file: string, mb: number, seed: number): Promise<string> {
  const base = new Uint8Array(MB);
  let x = seed * 2654435761;
  for (let i = 0; i < MB; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    base[i] = x >>> 24;
  }
  const hash = createHash('sha256');
  const ws = createWriteStream(file);
  for (let i = 0; i < mb; i++) {
    const chunk = base.slice();
    chunk[0] = i & 255;
    chunk[1] = seed;
    hash.update(chunk);
    if (!ws.write(chunk)) await once(ws, 'drain');
  }
  ws.end();
  await once(ws, 'finish');
  return hash.digest('hex');
}

interface ChildResult {
  readonly mediaMB: number;
  readonly outputMB: number;
  readonly seconds: number;
  readonly baselineRssMB: number;
  readonly peakRssMB: number;
  readonly peakHeapUsedMB: number;
  readonly peakArrayBuffersMB: number;
}

interface MediaFile {
  readonly sha256: string;
  readonly file: string;
}

/** Run in the bench process, so that writing 500 MB does not inflate the exporting process's memory. */
async function writeAllMedia(dir: string): Promise<MediaFile[]> {
  const files: MediaFile[] = [];
  for (let i = 0; i < FILES; i++) {
    const file = path.join(dir, `rec-${i}.m4a`);
    files.push({ sha256: await writeMedia(file, FILE_MB, i + 1), file });
  }
  return files;
}

async function child(files: readonly MediaFile[], encrypt: boolean): Promise<ChildResult> {
  {
    const records: { kind: SealedLink['kind']; recordId: string; record: unknown }[] = [];
    for (const [i, { sha256 }] of files.entries()) {
      const ref = { sha256, name: `rec-${i}.m4a`, type: 'audio/mp4', size: FILE_MB * MB };
      records.push({
        kind: 'entry',
        recordId: `e${i}`,
        record: { id: `e${i}`, kind: 'call', at: '2026-11-02T22:31:00+08:00', attachments: [ref] },
      });
      records.push({
        kind: 'attachment',
        recordId: sha256,
        record: { ...ref, importedAt: '2026-11-02T14:40:00.000Z', source: 'recording' },
      });
    }
    const chain: SealedLink[] = [];
    for (const r of records) {
      const link = await sealRecord(chain.at(-1) ?? null, r.kind, r.recordId, r.record, nodeHasher);
      if (!link.ok) throw new Error('not canonicalizable');
      chain.push({ ...link.value, record: r.record });
    }
    const caseBase = { format: 'youju.case', version: 1, timeZone: 'Asia/Shanghai', debts: [], entries: [] };
    globalThis.gc?.();
    const baseline = process.memoryUsage();
    let peak = { rss: baseline.rss, heapUsed: baseline.heapUsed, arrayBuffers: baseline.arrayBuffers };
    const sample = () => {
      const m = process.memoryUsage();
      peak = {
        rss: Math.max(peak.rss, m.rss),
        heapUsed: Math.max(peak.heapUsed, m.heapUsed),
        arrayBuffers: Math.max(peak.arrayBuffers, m.arrayBuffers),
      };
    };
    const timer = setInterval(sample, 10);
    const sink = countingSink();
    const t0 = performance.now();
    const counted = { write: (c: Uint8Array) => (sample(), sink.write(c)) };
    const encrypting = encrypt ? await encryptingSink('bench passphrase 基准', counted) : null;
    await exportAppPack(
      {
        caseBase: caseBase as unknown as CaseFile,
        chain,
        mediaBlob: async (sha) => {
          const f = files.find((x) => x.sha256 === sha);
          if (f === undefined) throw new Error('no media');
          return openAsBlob(f.file);
        },
        exportedAt: '2026-11-25T10:00:00.000Z',
        app: { name: 'youju', version: 'bench' },
        findings: [],
        tools: readPackTools(),
      },
      encrypting ?? counted,
      { hasher: nodeHasher },
    );
    await encrypting?.finish();
    const seconds = (performance.now() - t0) / 1000;
    clearInterval(timer);
    sample();
    const mb = (n: number) => Math.round((n / MB) * 10) / 10;
    return {
      mediaMB: FILES * FILE_MB,
      outputMB: mb(sink.bytes()),
      seconds: Math.round(seconds * 10) / 10,
      baselineRssMB: mb(baseline.rss),
      peakRssMB: mb(peak.rss),
      peakHeapUsedMB: mb(peak.heapUsed),
      peakArrayBuffersMB: mb(peak.arrayBuffers),
    };
  }
}

export const figure: FigureSource = {
  async measure(ctx) {
    const tsx = path.join(ctx.repoRoot, 'node_modules/.bin/tsx');
    const dir = mkdtempSync(path.join(tmpdir(), 'youju-bench-pack-'));
    const runs: { encrypted: ChildResult; plain: ChildResult } = {
      plain: emptyResult,
      encrypted: emptyResult,
    };
    try {
      const files = await writeAllMedia(dir);
      for (const kind of ['plain', 'encrypted'] as const) {
        const { stdout } = await promisify(execFile)(
          tsx,
          [
            import.meta.filename,
            '--child',
            JSON.stringify(files),
            ...(kind === 'encrypted' ? ['--encrypt'] : []),
          ],
          { cwd: ctx.repoRoot, timeout: 300_000, maxBuffer: 1 << 20 },
        );
        runs[kind] = JSON.parse(stdout) as ChildResult;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const figureOf = (id: string, r: ChildResult): Figure => ({
      id,
      value: r.peakRssMB,
      unit: 'MB',
      budget: BUDGET_MB,
      pass: r.peakRssMB <= BUDGET_MB && r.outputMB >= r.mediaMB,
      ratio: Math.round((r.peakRssMB / r.mediaMB) * 1000) / 1000,
      detail: {
        ...r,
        rssGrowthMB: Math.round((r.peakRssMB - r.baselineRssMB) * 10) / 10,
        ratioIs: 'peak RSS of the exporting process / media size',
      },
    });
    return [
      figureOf('pack-export-peak-rss-500mb', runs.plain),
      figureOf('pack-export-encrypted-peak-rss-500mb', runs.encrypted),
    ];
  },
};

const emptyResult: ChildResult = {
  mediaMB: 0,
  outputMB: 0,
  seconds: 0,
  baselineRssMB: 0,
  peakRssMB: 0,
  peakHeapUsedMB: 0,
  peakArrayBuffersMB: 0,
};

const childArg = process.argv.indexOf('--child');
if (childArg >= 0) {
  child(
    JSON.parse(process.argv[childArg + 1] ?? '[]') as MediaFile[],
    process.argv.includes('--encrypt'),
  ).then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
