import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildOutput, FigureSource } from '../lib/types.ts';

/** What a phone downloads before the first screen can run, on a slow mobile link (kB = 1000 bytes, as Vite). */
const BUDGET_KB = 150;

async function gzipKb(output: BuildOutput): Promise<number> {
  let bytes = 0;
  for (const file of output.initialJs) {
    bytes += gzipSync(await readFile(path.join(output.outDir, file)), { level: 9 }).length;
  }
  return Math.round(bytes / 10) / 100;
}

export const figure: FigureSource = {
  async measure(ctx) {
    const app = await ctx.appBuild();
    const bare = await ctx.bareBuild();
    const value = await gzipKb(app);
    const bareValue = await gzipKb(bare);
    return [
      {
        id: 'initial-js-gzip',
        value,
        unit: 'kB',
        budget: BUDGET_KB,
        pass: value <= BUDGET_KB,
        ratio: Math.round((value / bareValue) * 100) / 100,
        detail: { files: app.initialJs, bareFrameworkKb: bareValue },
      },
    ];
  },
};
