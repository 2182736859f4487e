import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type InlineConfig, type Manifest } from 'vite';
import type { BenchContext, BuildOutput } from './types.ts';

/** The entry and its static imports, from Vite's build manifest (dynamic imports are lazy, so not counted). */
export function initialJsFromManifest(manifest: Manifest, entryKey = 'index.html'): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  if (!manifest[entryKey]) throw new Error(`the build manifest has no entry "${entryKey}"`);
  visit(entryKey);
  return [...files];
}

/** Builds quietly: the bench's stdout is one JSON report, so Vite's and plugins' chatter goes to stderr. */
async function quietBuild(config: InlineConfig): Promise<BuildOutput> {
  const outDir = config.build?.outDir;
  if (!outDir) throw new Error('outDir is required');
  const log = console.log;
  const info = console.info;
  console.log = console.error;
  console.info = console.error;
  try {
    await build({
      ...config,
      logLevel: 'warn',
      build: { ...config.build, manifest: true, emptyOutDir: true },
    });
  } finally {
    console.log = log;
    console.info = info;
  }
  const manifest = JSON.parse(
    await readFile(path.join(outDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  return { outDir, initialJs: initialJsFromManifest(manifest) };
}

const BARE_ENTRY = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import Dexie from 'dexie';
import i18next from 'i18next';

const db = new Dexie('bare');
db.version(1).stores({ items: 'id' });
void i18next.init({ lng: 'en', resources: { en: { translation: { hello: 'hello' } } } });
const root = document.getElementById('root');
if (root) createRoot(root).render(createElement('p', null, i18next.t('hello'), db.name));
`;

const BARE_HTML = `<!doctype html>
<html><head><meta charset="UTF-8" /><title>bare</title></head>
<body><div id="root"></div><script type="module" src="/main.js"></script></body></html>
`;

export function benchContext(repoRoot: string): BenchContext {
  const work = path.join(repoRoot, 'artifacts', 'bench');
  let app: Promise<BuildOutput> | undefined;
  let bare: Promise<BuildOutput> | undefined;
  return {
    repoRoot,
    appBuild() {
      app ??= quietBuild({
        root: repoRoot,
        configFile: path.join(repoRoot, 'vite.config.ts'),
        build: { outDir: path.join(work, 'app-dist') },
      });
      return app;
    },
    bareBuild() {
      bare ??= (async () => {
        // Inside the repository so that the bare entry resolves the same node_modules as the app.
        const root = path.join(work, 'bare-src');
        await rm(root, { recursive: true, force: true });
        await mkdir(root, { recursive: true });
        await writeFile(path.join(root, 'main.js'), BARE_ENTRY);
        await writeFile(path.join(root, 'index.html'), BARE_HTML);
        return quietBuild({
          root,
          configFile: false,
          build: { outDir: path.join(work, 'bare-dist'), target: 'es2020', sourcemap: false },
        });
      })();
      return bare;
    },
  };
}
