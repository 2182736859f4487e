// `npm run bench`: builds the app and prints one JSON report of figures ({ "figures": [...] }) to stdout.
// `npm run bench -- initial-js-gzip` runs only the figure files whose name contains the given text.
// Each file in tests/bench/figures/ exports `figure` (a FigureSource); later issues add figures by adding files.
// Not a test: budgets are reported with pass/fail, and the exit status is 0 unless the bench itself broke.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchContext } from './lib/builds.ts';
import type { Figure, FigureSource } from './lib/types.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIGURES_DIR = path.join(import.meta.dirname, 'figures');

function isFigureSource(value: unknown): value is FigureSource {
  return typeof value === 'object' && value !== null && typeof (value as FigureSource).measure === 'function';
}

async function main(): Promise<void> {
  const ctx = benchContext(REPO_ROOT);
  const figures: Figure[] = [];
  const only = process.argv[2];
  const files = (await readdir(FIGURES_DIR))
    .filter((f) => f.endsWith('.ts') && (only === undefined || f.includes(only)))
    .sort();
  if (files.length === 0) throw new Error(`no figure file matches "${only ?? ''}"`);
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(FIGURES_DIR, file)).href)) as { figure?: unknown };
    if (!isFigureSource(mod.figure)) throw new Error(`${file} does not export a figure`);
    figures.push(...(await mod.figure.measure(ctx)));
  }
  process.stdout.write(`${JSON.stringify({ figures }, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
