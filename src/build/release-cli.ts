// `npm run release [-- --base=/path/]`: builds the site (at the root unless a base path is given), then writes
// artifacts/release/youju-<version>.zip and its .sha256 beside it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildRelease, sha256Hex } from './release.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function main(): void {
  const baseArg = process.argv.slice(2).find((a) => a.startsWith('--base='));
  const base = baseArg?.slice('--base='.length) ?? '/';
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(base))
    throw new Error(`--base must look like /path/ (got "${base}")`);
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');
  const siteDir = mkdtempSync(path.join(tmpdir(), 'youju-release-'));
  try {
    const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
    execFileSync(process.execPath, [vite, 'build', `--base=${base}`, '--outDir', siteDir, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    const release = buildRelease({
      version,
      siteDir,
      changelog,
      licence: readFileSync(path.join(ROOT, 'LICENSE')),
    });
    const outDir = path.join(ROOT, 'artifacts', 'release');
    mkdirSync(outDir, { recursive: true });
    const zipPath = path.join(outDir, `${release.name}.zip`);
    writeFileSync(zipPath, release.zip);
    const sum = `${sha256Hex(release.zip)}  ${release.name}.zip\n`;
    writeFileSync(`${zipPath}.sha256`, sum);
    console.log(`\nrelease: ${path.relative(ROOT, zipPath)} (${release.files.length} files, base ${base})`);
    console.log(`sha256:  ${sum.trim()}`);
  } finally {
    rmSync(siteDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
