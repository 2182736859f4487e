// Vite plugin: every build carries its own source as source.zip beside index.html, and My data links to it with a
// relative address. The licence (AGPL-3.0-or-later, §13) asks whoever lets people use a modified copy over a
// network to offer them its source; shipping the source with the site makes that offer part of every copy, with no
// outside address. docs/deploy.md says where it comes from.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Plugin } from 'vite';

const SOURCE_ARCHIVE = 'source.zip';

/** Never part of the source: installed packages, build output, test artifacts, version-control internals. */
const NOT_SOURCE = new Set(['.git', 'node_modules', 'dist', 'dev-dist', 'artifacts', 'coverage', '.vite']);

/** A fixed time for every entry, so the same tree always gives the same archive (and the same checksum). */
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

function walk(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((d) => {
    const rel = dir ? `${dir}/${d.name}` : d.name;
    if (NOT_SOURCE.has(d.name)) return [];
    if (d.isDirectory()) return walk(root, rel);
    return d.isFile() ? [rel] : [];
  });
}

/**
 * The files the site is built from: what git tracks plus new files it does not ignore, as they are on disk (so
 * a local change is in the archive too). Without git (a tree unpacked from a release), every file but NOT_SOURCE.
 */
export function sourceFiles(root: string): string[] {
  let listed: string[];
  try {
    const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    listed = out.split('\0').filter((f) => f !== '');
  } catch {
    listed = walk(root);
  }
  const files = listed.filter((f) => {
    if (f.split('/').some((part) => NOT_SOURCE.has(part))) return false;
    try {
      return statSync(path.join(root, f)).isFile();
    } catch {
      return false; // tracked but deleted in the work tree
    }
  });
  return [...new Set(files)].sort();
}

/** The zip of `files` under one top folder (`prefix/`), entries in sorted order at a fixed time. */
export function sourceArchive(root: string, files: readonly string[], prefix: string): Uint8Array {
  const tree: Zippable = {};
  for (const f of files) {
    const full = path.join(root, f);
    // Unix modes (os 3) keep scripts such as .ci/run executable when unpacked.
    const mode = statSync(full).mode & 0o111 ? 0o100755 : 0o100644;
    tree[`${prefix}/${f}`] = [readFileSync(full), { mtime: ENTRY_TIME, os: 3, attrs: mode << 16 }];
  }
  return zipSync(tree, { level: 6 });
}

export function sourceArchivePlugin(): Plugin {
  let root = '';
  let prefix = 'youju';
  return {
    name: 'youju-source-archive',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: string };
      prefix = `youju-${pkg.version ?? 'source'}`;
    },
    generateBundle() {
      const files = sourceFiles(root);
      this.emitFile({ type: 'asset', fileName: SOURCE_ARCHIVE, source: sourceArchive(root, files, prefix) });
    },
  };
}
