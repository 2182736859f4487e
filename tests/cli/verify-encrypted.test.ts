// @vitest-environment node
// youju verify on an encrypted backup: the app's encryption (WebCrypto, src/platform/encrypted-file.ts) opened by
// the CLI's own reader (node:crypto, src/cli/decrypt-backup.ts), with the passphrase read from a file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptFile } from '../../src/platform/encrypted-file.ts';
import { writeInputs, youjuInProcess } from '../domain/case-pack/pack-fixture.ts';

const PASS = '换手机前的备份 密码';
let dir: string;
let enc: Buffer;
const at = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'youju-verify-enc-'));
  const inputs = writeInputs(dir);
  const made = await youjuInProcess(['pack', inputs.caseFile, '--media', inputs.media, '-o', at('pack.zip')]);
  expect(made.status).toBe(0);
  const sealed = await encryptFile(new Blob([readFileSync(at('pack.zip'))]), PASS, { iterations: 1_000 });
  enc = Buffer.from(await sealed.arrayBuffer());
  writeFileSync(at('pack.zip.enc'), enc);
  // As `echo … > pass.txt` writes it: the trailing line break is not part of the passphrase.
  writeFileSync(at('pass.txt'), `${PASS}\n`);
  writeFileSync(at('wrong.txt'), 'not it\n');
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const verify = (file: string, pass?: string) =>
  youjuInProcess(['verify', at(file), ...(pass === undefined ? [] : ['--passphrase-file', at(pass)])]);

const codes = (stdout: string) =>
  (JSON.parse(stdout) as { problems: { code: string }[] }).problems.map((p) => p.code);

describe('youju verify <pack.zip.enc> --passphrase-file <f>', () => {
  it('decrypts with the passphrase from the file and finds the pack intact (exit 0)', async () => {
    const r = await verify('pack.zip.enc', 'pass.txt');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, problems: [] });
    expect(r.status).toBe(0);
  });

  it('asks for the passphrase file when none is given, and refuses a wrong passphrase (exit 2)', async () => {
    const none = await verify('pack.zip.enc');
    expect(none.status).toBe(2);
    expect(codes(none.stdout)).toEqual(['passphrase-needed']);
    expect(none.stderr).toContain('--passphrase-file');
    const wrong = await verify('pack.zip.enc', 'wrong.txt');
    expect(wrong.status).toBe(2);
    expect(codes(wrong.stdout)).toEqual(['wrong-passphrase']);
  });

  it('says a cut file is cut (exit 2) and a changed one changed (exit 1)', async () => {
    writeFileSync(at('cut.zip.enc'), enc.subarray(0, enc.length - 10));
    const cut = await verify('cut.zip.enc', 'pass.txt');
    expect([cut.status, codes(cut.stdout)]).toEqual([2, ['truncated']]);
    const changed = Buffer.from(enc);
    changed[changed.length - 30] = (changed[changed.length - 30] ?? 0) ^ 1;
    writeFileSync(at('changed.zip.enc'), changed);
    const r = await verify('changed.zip.enc', 'pass.txt');
    // The pack is smaller than one chunk, so its only chunk is the first: a change there cannot be told apart
    // from a wrong key. A two-chunk file shows "changed" below.
    expect([r.status, codes(r.stdout)]).toEqual([2, ['wrong-passphrase']]);
  });

  it('names a change after the first chunk as a change (exit 1)', async () => {
    const big = new Uint8Array(1.5 * (1 << 20)).map((_, i) => i % 253);
    const sealed = Buffer.from(
      await (await encryptFile(new Blob([big]), PASS, { iterations: 1_000 })).arrayBuffer(),
    );
    sealed[sealed.length - 30] = (sealed[sealed.length - 30] ?? 0) ^ 1;
    writeFileSync(at('big.zip.enc'), sealed);
    const r = await verify('big.zip.enc', 'pass.txt');
    expect([r.status, codes(r.stdout)]).toEqual([1, ['corrupt']]);
  });

  it('still verifies a plain pack, with or without a passphrase file', async () => {
    expect((await verify('pack.zip')).status).toBe(0);
    expect((await verify('pack.zip', 'pass.txt')).status).toBe(0);
  });
});
