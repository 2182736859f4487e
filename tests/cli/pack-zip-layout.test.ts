// @vitest-environment node
// A pack is judged by its contents, not by how its zip was written: re-zipped by Python's zipfile or `zip -r`, with
// folder entries, stored or deflated, it still verifies with the same head; a changed byte of content is still
// named; what would make readers disagree (another name in a local header, an unknown compression method, an
// unsafe or duplicate name) is still refused. Every entry the CLI writes reads with Python's zipfile, with a
// streaming reader over the local headers, and with Java's ZipInputStream.
import { execFile, execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Zip, ZipPassThrough, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZIP32_LIMIT } from '../../src/domain/case-pack/zip-frame.ts';
import { readZip, writeInputs, writeZip, youjuInProcess } from '../domain/case-pack/pack-fixture.ts';

const TOOLS = path.resolve(import.meta.dirname, '../fixtures/zip-readers');
const run = promisify(execFile);

interface Verdict {
  ok: boolean;
  head: string | null;
  problems: { file?: string; entry?: string; code: string }[];
}

let dir: string;
let packFile: string;
let inputs: { caseFile: string; media: string };
let head: string;
const at = (name: string) => path.join(dir, name);

async function verify(file: string, ...more: string[]) {
  const r = await youjuInProcess(['verify', file, ...more]);
  return { status: r.status, verdict: JSON.parse(r.stdout) as Verdict, stderr: r.stderr };
}

const python = (...args: string[]) => run('python3', [path.join(TOOLS, 'zip_tool.py'), ...args]);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-layout-'));
  inputs = writeInputs(dir);
  packFile = at('pack.zip');
  const r = await youjuInProcess(['pack', inputs.caseFile, '--media', inputs.media, '-o', packFile]);
  expect(r.status, r.stderr).toBe(0);
  head = (JSON.parse(r.stdout) as { head: string }).head;
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('every reader opens the pack', () => {
  it('Python zipfile and a streaming walk of the local headers read every entry with the listed SHA-256', async () => {
    const { stdout } = await python('read', packFile);
    const read = JSON.parse(stdout) as Record<string, string>;
    const manifest = JSON.parse(unzipText('manifest.json')) as { files: { path: string; sha256: string }[] };
    expect(Object.keys(read)).toHaveLength(manifest.files.length + 1);
    for (const f of manifest.files) expect(read[f.path], f.path).toBe(f.sha256);
  }, 60_000);

  it("Java's ZipInputStream reads every entry, and refuses the stored-with-descriptor layout packs used to have", async () => {
    const java = (file: string) =>
      run('java', [path.join(TOOLS, 'ZipStream.java'), file], { timeout: 60_000 }).then(
        (r) => ({ ok: true, out: r.stdout }),
        (e: { stderr?: string }) => ({ ok: false, out: e.stderr ?? '' }),
      );
    const old = at('old-layout.zip');
    writeFileSync(old, storedWithDescriptor('media/x.m4a', new Uint8Array(100).fill(7)));
    const [now, before] = await Promise.all([java(packFile), java(old)]);
    expect(now.ok, now.out).toBe(true);
    const lines = now.out.trim().split('\n');
    const manifest = JSON.parse(unzipText('manifest.json')) as { files: { path: string; sha256: string }[] };
    for (const f of manifest.files) expect(lines).toContain(`${f.path} ${f.sha256}`);
    expect(before.ok).toBe(false);
    expect(before.out).toMatch(/STORED|EXT descriptor/);
    await expect(python('read', old)).rejects.toThrow(/stored entry with a data descriptor/);
  }, 120_000);
});

describe('layout does not matter, contents do', () => {
  it('re-zipped by Python (stored, deflated, with a folder entry) and by zip -r: intact, same head', async () => {
    await python('rezip', packFile, at('py-stored.zip'), 'stored', 'folders');
    await python('rezip', packFile, at('py-deflated.zip'), 'deflated');
    const unpacked = at('unpacked');
    mkdirSync(path.join(unpacked, 'media'), { recursive: true });
    for (const [name, data] of Object.entries(unzipSync(readFileSync(packFile))))
      writeFileSync(path.join(unpacked, name), data);
    execFileSync('zip', ['-q', '-r', '-X', at('zip-r.zip'), '.'], { cwd: unpacked });
    const listed = execFileSync('unzip', ['-Z1', at('zip-r.zip')], { encoding: 'utf8' });
    expect(listed.split('\n')).toContain('media/'); // zip -r writes the folder entry
    for (const name of ['py-stored.zip', 'py-deflated.zip', 'zip-r.zip']) {
      const r = await verify(at(name));
      expect(r.verdict, name).toEqual({ ok: true, head, problems: [] });
      expect(r.status, name).toBe(0);
    }
  }, 60_000);

  it('a byte of content changed before re-zipping is still named; an unsafe folder name is still refused', async () => {
    const unpacked = at('changed');
    mkdirSync(path.join(unpacked, 'media'), { recursive: true });
    for (const [name, data] of Object.entries(unzipSync(readFileSync(packFile)))) {
      const bytes = name === 'report.html' ? data.map((b, i) => (i === 100 ? b ^ 1 : b)) : data;
      writeFileSync(path.join(unpacked, name), bytes);
    }
    execFileSync('zip', ['-q', '-r', at('zip-r-changed.zip'), '.'], { cwd: unpacked });
    const changed = await verify(at('zip-r-changed.zip'));
    expect(changed.status).toBe(1);
    expect(changed.verdict.problems).toEqual([{ file: 'report.html', code: 'file-changed' }]);

    const slip = at('slip-folder.zip');
    writeZip(slip, [...readZip(packFile), ['media/', new Uint8Array()], ['../', new Uint8Array()]]);
    const refused = await verify(slip);
    expect(refused.status).toBe(1);
    expect(refused.verdict.problems).toEqual([{ file: '../', code: 'unsafe-path' }]);
  }, 60_000);

  it('a changed time in a local or central header passes; another name in a local header is refused', async () => {
    const bytes = readFileSync(packFile);
    const cen = bytes.readUInt32LE(bytes.length - 22 + 16); // the end record's central directory offset
    const retimed = Buffer.from(bytes);
    retimed[10] = (retimed[10] ?? 0) ^ 0x04; // first local header's time
    retimed[cen + 12] = (retimed[cen + 12] ?? 0) ^ 0x04; // first central record's time
    writeFileSync(at('retimed.zip'), retimed);
    expect((await verify(at('retimed.zip'))).verdict).toEqual({ ok: true, head, problems: [] });

    const renamed = Buffer.from(bytes);
    renamed[30] = 0x43; // "Case.json" in the local header only
    writeFileSync(at('renamed.zip'), renamed);
    const r = await verify(at('renamed.zip'));
    expect(r.status).toBe(2);
    expect(r.verdict.problems).toEqual([{ file: at('renamed.zip'), code: 'unreadable' }]);
  }, 60_000);

  it('an entry compressed with another method is reported as unsupported compression, not as a change', async () => {
    await python('rezip', packFile, at('bzip2.zip'), 'bzip2');
    const r = await verify(at('bzip2.zip'));
    expect(r.status).toBe(2);
    expect(r.verdict.problems).toEqual([{ file: 'case.json', code: 'unsupported-compression' }]);
    expect(r.stderr).toMatch(/compression method other than stored or deflate/);
  }, 60_000);
});

describe('youju verify --head', () => {
  it('reports the head and exits 1 only when the pack’s head differs from the one kept elsewhere', async () => {
    const same = await verify(packFile, '--head', head.toUpperCase());
    expect(same).toMatchObject({ status: 0, verdict: { ok: true, head, problems: [] } });
    const other = await verify(packFile, '--head', 'a'.repeat(64));
    expect(other.status).toBe(1);
    expect(other.verdict).toEqual({
      ok: false,
      head,
      problems: [{ file: 'manifest.json', code: 'head-differs' }],
    });
    const malformed = await youjuInProcess(['verify', packFile, '--head', 'abc']);
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/^usage: youju verify/);
  }, 60_000);
});

describe('a pack over 4 GiB', () => {
  it('is refused before anything is hashed or written, with a clear message (a sparse file, no 4 GiB written)', async () => {
    const big = mkdtempSync(path.join(dir, 'big-'));
    const caseJson = JSON.parse(readFileSync(inputs.caseFile, 'utf8')) as {
      entries: { attachments?: { sha256: string; name?: string; size?: number }[] }[];
    };
    const ref = caseJson.entries[0]?.attachments?.[0];
    if (ref?.name === undefined) throw new Error('fixture has no attachment');
    for (const name of readdirSync(inputs.media))
      if (name !== ref.name) copyFileSync(path.join(inputs.media, name), path.join(big, name));
    const fd = openSync(path.join(big, ref.name), 'w');
    ftruncateSync(fd, ZIP32_LIMIT);
    closeSync(fd);
    const out = at('big.zip');
    const started = Date.now();
    const r = await youjuInProcess(['pack', inputs.caseFile, '--media', big, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^youju pack: the pack would be over 4 GiB.*nothing was written/);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);
});

/** One stored entry streamed with a data descriptor, as fflate's ZipPassThrough writes it. */
function storedWithDescriptor(name: string, data: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipPassThrough(name);
  zip.add(entry);
  entry.push(data, true);
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

function unzipText(name: string): string {
  return new TextDecoder().decode(unzipSync(readFileSync(packFile))[name]);
}
