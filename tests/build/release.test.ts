// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRelease, releaseNotes, sha256Sums } from '../../src/build/release.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CHANGELOG = `# Changelog

## 0.2.0 — 2027-01-10

- Second.

## 0.1.0 — 2026-12-07

- First.
`;

const temps: string[] = [];
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'youju-release-test-'));
  temps.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function fakeSite(): string {
  const dir = temp();
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>有据</title>');
  writeFileSync(path.join(dir, 'assets', 'boot-abc123.js'), 'console.log(1)');
  writeFileSync(path.join(dir, 'source.zip'), new Uint8Array([0x50, 0x4b, 5, 6]));
  return dir;
}

describe('release notes', () => {
  it('are the section of the version asked for, up to the next version', () => {
    expect(releaseNotes(CHANGELOG, '0.1.0')).toBe('## 0.1.0 — 2026-12-07\n\n- First.\n');
    expect(releaseNotes(CHANGELOG, '0.2.0')).toBe('## 0.2.0 — 2027-01-10\n\n- Second.\n');
  });

  it('must be written before a version can be released', () => {
    expect(() => releaseNotes(CHANGELOG, '0.3.0')).toThrow(/no "## 0.3.0" section/);
    expect(() => releaseNotes(CHANGELOG, '0.1')).toThrow(/no "## 0.1" section/);
    expect(() => releaseNotes('## 1.0.0 — x\n\n## 0.9.0\n- a\n', '1.0.0')).toThrow(/empty/);
  });

  it('exist in CHANGELOG.md for the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      version: string;
    };
    const notes = releaseNotes(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'), version);
    expect(notes.split('\n').length).toBeGreaterThan(5);
  });
});

describe('the release zip', () => {
  it('unpacks to the site, the licence and the notes, and sha256sum -c accepts every file', () => {
    const { name, zip, files } = buildRelease({
      version: '0.1.0',
      siteDir: fakeSite(),
      changelog: CHANGELOG,
      licence: new TextEncoder().encode('GNU AFFERO GENERAL PUBLIC LICENSE\n'),
    });
    expect(name).toBe('youju-0.1.0');
    const out = temp();
    writeFileSync(path.join(out, 'r.zip'), zip);
    execFileSync('unzip', ['-q', 'r.zip'], { cwd: out });
    const dir = path.join(out, name);
    expect(readFileSync(path.join(dir, 'RELEASE-NOTES.md'), 'utf8')).toBe(
      '## 0.1.0 — 2026-12-07\n\n- First.\n',
    );
    expect(readFileSync(path.join(dir, 'site', 'index.html'), 'utf8')).toContain('有据');
    const sums = readFileSync(path.join(dir, 'SHA256SUMS'), 'utf8');
    expect(
      sums
        .trim()
        .split('\n')
        .map((l) => l.split('  ')[1]),
    ).toEqual([
      'LICENSE',
      'RELEASE-NOTES.md',
      'site/assets/boot-abc123.js',
      'site/index.html',
      'site/source.zip',
    ]);
    expect(files.at(-1)?.path).toBe('SHA256SUMS');
    const ok = spawnSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout.match(/: OK$/gm)).toHaveLength(5);

    // A changed file is caught.
    writeFileSync(path.join(dir, 'site', 'index.html'), '<!doctype html><title>changed</title>');
    const bad = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain('site/index.html: FAILED');
  });

  it('refuses a site without its source archive', () => {
    const site = fakeSite();
    rmSync(path.join(site, 'source.zip'));
    expect(() =>
      buildRelease({ version: '0.1.0', siteDir: site, changelog: CHANGELOG, licence: new Uint8Array() }),
    ).toThrow(/no source.zip/);
  });

  it('lists sums in sha256sum format, sorted by path', () => {
    const enc = new TextEncoder();
    expect(
      sha256Sums([
        { path: 'b', bytes: enc.encode('') },
        { path: 'a', bytes: enc.encode('abc') },
      ]),
    ).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a\n' +
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  b\n',
    );
  });
});
