// A release: one zip named after the version, holding the built site (which carries its own source.zip), the
// licence, the release notes cut from CHANGELOG.md and SHA256SUMS over every other file, in the format
// `sha256sum -c` reads. docs/deploy.md says how to check and install it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

interface ReleaseFile {
  /** Path inside the release folder, with forward slashes. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The section of CHANGELOG.md for `version`: from its `## <version>` heading up to the next `## ` heading. */
export function releaseNotes(changelog: string, version: string): string {
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## ${version} `) || l === `## ${version}`);
  if (start === -1)
    throw new Error(`CHANGELOG.md has no "## ${version}" section; write the release notes first`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const section = lines.slice(start, end === -1 ? undefined : end);
  const notes = section.join('\n').trim();
  if (section.slice(1).join('').trim() === '')
    throw new Error(`the CHANGELOG.md section for ${version} is empty`);
  return `${notes}\n`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** One line per file, `<hex>  <path>` (two spaces: binary-agnostic text mode of sha256sum), sorted by path. */
export function sha256Sums(files: readonly ReleaseFile[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${sha256Hex(f.bytes)}  ${f.path}\n`)
    .join('');
}

/** Every file under `dir`, as release files under `prefix/`. */
function filesUnder(dir: string, prefix: string): ReleaseFile[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const full = path.join(d.parentPath, d.name);
      const rel = path.relative(dir, full).split(path.sep).join('/');
      return { path: `${prefix}/${rel}`, bytes: readFileSync(full) };
    });
}

interface ReleaseInput {
  readonly version: string;
  /** The built site, with its source.zip. */
  readonly siteDir: string;
  readonly changelog: string;
  readonly licence: Uint8Array;
}

const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

/** The release's files (SHA256SUMS last) and the zip of them under `youju-<version>/`. */
export function buildRelease(input: ReleaseInput): { name: string; files: ReleaseFile[]; zip: Uint8Array } {
  const name = `youju-${input.version}`;
  const site = filesUnder(input.siteDir, 'site');
  if (!site.some((f) => f.path === 'site/index.html')) throw new Error(`${input.siteDir} has no index.html`);
  if (!site.some((f) => f.path === 'site/source.zip')) throw new Error(`${input.siteDir} has no source.zip`);
  const encoder = new TextEncoder();
  const files: ReleaseFile[] = [
    ...site,
    { path: 'LICENSE', bytes: input.licence },
    { path: 'RELEASE-NOTES.md', bytes: encoder.encode(releaseNotes(input.changelog, input.version)) },
  ];
  files.push({ path: 'SHA256SUMS', bytes: encoder.encode(sha256Sums(files)) });
  const tree: Zippable = {};
  for (const f of files) tree[`${name}/${f.path}`] = [f.bytes, { mtime: ENTRY_TIME }];
  return { name, files, zip: zipSync(tree, { level: 6 }) };
}
