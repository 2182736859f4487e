/**
 * `youju verify <pack.zip>`: checks a case pack and prints { ok, problems } as JSON. Exit 0 when intact, 1 when
 * anything was changed, added, removed or reordered, 2 when the input cannot be read as a zip.
 * `youju verify <pack.zip.enc> --passphrase-file <f>` first decrypts an encrypted backup into a temporary file
 * (removed afterwards); the passphrase comes from a file ("-" for standard input) so it never lands in the shell
 * history. A changed encrypted file exits 1, a wrong passphrase or a cut file 2.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkPack } from '../../domain/case-pack/check-pack.ts';
import { HISTORY_PATH } from '../../domain/case-pack/history.ts';
import { CASE_PATH, MANIFEST_PATH } from '../../domain/case-pack/manifest.ts';
import type { CliIo, Command } from '../command.ts';
import { DecryptError, decryptBackup, isEncryptedBackup } from '../decrypt-backup.ts';
import { PackReadError, nodeHasher, readPack } from '../pack-io.ts';

const USAGE = '<pack.zip> | <pack.zip.enc> --passphrase-file <file>';

/** This command's own contract (issue 4): 1 = tampered, which differs from the other commands' "failed". */
export const VERIFY_EXIT = { intact: 0, changed: 1, unreadable: 2 } as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Check a case pack or, with --passphrase-file, an encrypted backup; prints { ok, problems } as JSON, exit 0 intact, 1 changed, 2 unreadable.',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (parsed === null) {
      io.err(`usage: youju verify ${USAGE}\n`);
      return VERIFY_EXIT.unreadable;
    }
    const { file, passphraseFile } = parsed;
    const encrypted = await isEncryptedBackup(file).catch(() => false);
    if (!encrypted) return verifyZip(file, file, io);
    if (passphraseFile === undefined) {
      io.out(`${JSON.stringify({ ok: false, problems: [{ file, code: 'passphrase-needed' }] }, null, 2)}\n`);
      io.err(
        `youju verify: ${file} is an encrypted backup; give its passphrase with --passphrase-file <file>\n`,
      );
      return VERIFY_EXIT.unreadable;
    }
    let passphrase: string;
    try {
      // One trailing line break is what `echo … > file` adds; it is not part of the passphrase.
      passphrase = (await io.readText(passphraseFile)).replace(/\r?\n$/, '');
    } catch {
      io.err(`youju verify: cannot read the passphrase file ${passphraseFile}\n`);
      return VERIFY_EXIT.unreadable;
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'youju-verify-'));
    try {
      const plain = path.join(dir, 'pack.zip');
      try {
        await decryptBackup(file, passphrase, plain);
      } catch (e) {
        if (!(e instanceof DecryptError)) throw e;
        io.out(`${JSON.stringify({ ok: false, problems: [{ file, code: e.code }] }, null, 2)}\n`);
        io.err(`youju verify: ${file}: ${DECRYPT_TEXT[e.code]}\n`);
        return e.code === 'corrupt' ? VERIFY_EXIT.changed : VERIFY_EXIT.unreadable;
      }
      return await verifyZip(plain, file, io);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

const DECRYPT_TEXT = {
  'wrong-passphrase': 'the passphrase does not open this backup',
  truncated: 'the encrypted backup is cut short',
  corrupt: 'the encrypted backup was changed or is damaged',
  'not-encrypted': 'not an encrypted backup',
} as const;

function parseArgs(args: readonly string[]): { file: string; passphraseFile?: string } | null {
  const rest = [...args];
  let passphraseFile: string | undefined;
  const at = rest.indexOf('--passphrase-file');
  if (at >= 0) {
    passphraseFile = rest[at + 1];
    if (passphraseFile === undefined) return null;
    rest.splice(at, 2);
  }
  const [file] = rest;
  if (rest.length !== 1 || file === undefined || file.startsWith('-')) return null;
  return passphraseFile === undefined ? { file } : { file, passphraseFile };
}

/** Checks the zip at `zip`; messages name `shown` (the file the user gave, even when `zip` is its decryption). */
async function verifyZip(zip: string, shown: string, io: CliIo): Promise<number> {
  try {
    const pack = await readPack(zip, [MANIFEST_PATH, CASE_PATH, HISTORY_PATH]);
    const verdict = await checkPack(
      pack.files,
      pack.texts.get(MANIFEST_PATH) ?? null,
      pack.texts.get(CASE_PATH) ?? null,
      nodeHasher,
      pack.texts.get(HISTORY_PATH) ?? null,
    );
    io.out(`${JSON.stringify(verdict, null, 2)}\n`);
    if (!verdict.ok) io.err(`youju verify: ${verdict.problems.length} problem(s) found\n`);
    return verdict.ok ? VERIFY_EXIT.intact : VERIFY_EXIT.changed;
  } catch (e) {
    if (!(e instanceof PackReadError)) throw e;
    io.out(`${JSON.stringify({ ok: false, problems: [{ file: shown, code: e.code }] }, null, 2)}\n`);
    io.err(
      e.code === 'too-large'
        ? `youju verify: ${shown}: manifest.json or case.json is too large\n`
        : `youju verify: ${shown} is not a readable zip (truncated or corrupt)\n`,
    );
    return VERIFY_EXIT.unreadable;
  }
}
