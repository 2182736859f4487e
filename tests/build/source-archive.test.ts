// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceArchive, sourceFiles } from '../../src/build/source-archive.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
let dir = '';
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('the source archive every build carries', () => {
  it('lists this repository’s source, with the licence and the deployment files, and nothing installed or built', () => {
    const files = sourceFiles(ROOT);
    for (const f of [
      'LICENSE',
      'package.json',
      'package-lock.json',
      'deploy/nginx/youju.conf',
      'index.html',
    ]) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => /^(node_modules|dist|artifacts)\//.test(f))).toBe(false);
  });

  it('walks the tree when there is no git (a tree unpacked from a release), skipping installed and built files', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'youju-src-'));
    for (const sub of ['src', 'node_modules/x', 'dist', '.ci'])
      mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, 'src', 'a.ts'), 'export {};');
    writeFileSync(path.join(dir, 'node_modules', 'x', 'i.js'), '');
    writeFileSync(path.join(dir, 'dist', 'index.html'), '');
    writeFileSync(path.join(dir, '.ci', 'run'), '#!/bin/sh\n');
    chmodSync(path.join(dir, '.ci', 'run'), 0o755);
    const files = sourceFiles(dir);
    expect(files).toEqual(['.ci/run', 'src/a.ts']);

    // Unpacked, scripts stay executable and files sit under one folder.
    writeFileSync(path.join(dir, 's.zip'), sourceArchive(dir, files, 'youju-9.9.9'));
    const listing = execFileSync('unzip', ['-Z', 's.zip'], { cwd: dir, encoding: 'utf8' });
    expect(listing).toMatch(/^-rwxr-xr-x .* youju-9\.9\.9\/\.ci\/run$/m);
    expect(listing).toMatch(/^-rw-r--r-- .* youju-9\.9\.9\/src\/a\.ts$/m);
  });
});
