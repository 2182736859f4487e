// An export nothing else uses is dead code or a name that should stay inside its file: it makes a module look
// larger than it is and hides what the rest of the app really depends on. Entry points (tests/tooling/lib/
// unused-exports.ts, ENTRY_POINTS) are started on their own and are not checked.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findUnusedExports } from './lib/unused-exports.ts';

// The whole project is type-checked once: slow on a loaded machine.
const TIMEOUT = 600_000;

let scratch = '';
afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

async function tinyProject(files: Record<string, string>): Promise<string> {
  scratch = await mkdtemp(path.join(tmpdir(), 'youju-unused-'));
  await writeFile(
    path.join(scratch, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'ESNext',
        moduleResolution: 'bundler',
        allowImportingTsExtensions: true,
        noEmit: true,
      },
      include: ['src', 'tests'],
    }),
  );
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(scratch, name)), { recursive: true });
    await writeFile(path.join(scratch, name), text);
  }
  return scratch;
}

describe('unused exports', () => {
  it(
    'finds an export nobody imports, and counts static, dynamic, destructured and test imports as uses',
    async () => {
      const root = await tinyProject({
        'src/a.ts': [
          'export const used = 1;',
          'export const unused = 2;',
          'export type OnlyHere = number;',
          'export const viaThen = 3;',
          'export const viaDestructure = 4;',
          'export const onlyTests = 5;',
          'const local: OnlyHere = 6;',
          'export const alsoLocal = local;',
        ].join('\n'),
        'src/b.ts': [
          "import { used } from './a.ts';",
          "export const lazy = () => import('./a.ts').then((m) => m.viaThen);",
          "export async function later() { const { viaDestructure } = await import('./a.ts'); return viaDestructure + used; }",
        ].join('\n'),
        'src/main.ts': "import { lazy, later } from './b.ts';\nexport const start = [lazy, later];",
        'tests/a.test.ts': "import { onlyTests } from '../src/a.ts';\nexport const t = onlyTests;",
      });
      const found = findUnusedExports(root, ['src/main.ts']).map((u) => `${u.file}#${u.name}`);
      expect(found).toEqual(['src/a.ts#alsoLocal', 'src/a.ts#OnlyHere', 'src/a.ts#unused']);
    },
    TIMEOUT,
  );

  it(
    'finds none in src/',
    () => {
      expect(findUnusedExports()).toEqual([]);
    },
    TIMEOUT,
  );
});
