/**
 * `youju verify <pack.zip> [--head <hex>]`: checks a case pack and prints { ok, head, problems } as JSON (head:
 * the case head, or for a pack made before it the chain head, with notice "head-covers-entries-only"). Exit 0
 * when intact, 1 when anything was changed, added, removed or reordered, or when `--head` (a head kept elsewhere,
 * docs/case-pack.md) differs from the pack's, 2 when the input cannot be read as a zip.
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
import { packReport, unreadableReport } from '../../domain/case-pack/pack-verdict.ts';
import type { CliIo, Command } from '../command.ts';
import { DecryptError, decryptBackup, isEncryptedBackup } from '../decrypt-backup.ts';
import { PackReadError, nodeHasher, readPack } from '../pack-io.ts';

const USAGE = '<pack.zip> | <pack.zip.enc> --passphrase-file <file> [--head <sha256 hex>]';

/** This command's own contract: 1 = tampered, which differs from the other commands' "failed". */
const VERIFY_EXIT = { intact: 0, changed: 1, unreadable: 2 } as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary:
    'Check a case pack or, with --passphrase-file, an encrypted backup; prints { ok, head, problems } as JSON, exit 0 intact, 1 changed or not the --head given, 2 unreadable.',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (parsed === null) {
      io.err(`usage: youju verify ${USAGE}\n`);
      return VERIFY_EXIT.unreadable;
    }
    const { file, passphraseFile, head } = parsed;
    const encrypted = await isEncryptedBackup(file).catch(() => false);
    if (!encrypted) return verifyZip(file, file, head, io);
    if (passphraseFile === undefined) {
      io.out(`${JSON.stringify(unreadable(file, 'passphrase-needed'), null, 2)}\n`);
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
        io.out(`${JSON.stringify(unreadable(file, e.code), null, 2)}\n`);
        io.err(`youju verify: ${file}: ${DECRYPT_TEXT[e.code]}\n`);
        return e.code === 'corrupt' ? VERIFY_EXIT.changed : VERIFY_EXIT.unreadable;
      }
      return await verifyZip(plain, file, head, io);
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

const unreadable = unreadableReport;

interface Args {
  readonly file: string;
  readonly passphraseFile?: string;
  /** Lower case: a head copied from a QR code or a note may be upper case. */
  readonly head?: string;
}

function parseArgs(args: readonly string[]): Args | null {
  const rest = [...args];
  const take = (flag: string): string | null | undefined => {
    const at = rest.indexOf(flag);
    if (at < 0) return undefined;
    const value = rest[at + 1];
    rest.splice(at, 2);
    return value ?? null;
  };
  const passphraseFile = take('--passphrase-file');
  const head = take('--head')?.toLowerCase();
  if (passphraseFile === null || head === null) return null;
  if (head !== undefined && !/^[0-9a-f]{64}$/.test(head)) return null;
  const [file] = rest;
  if (rest.length !== 1 || file === undefined || file.startsWith('-')) return null;
  return {
    file,
    ...(passphraseFile === undefined ? {} : { passphraseFile }),
    ...(head === undefined ? {} : { head }),
  };
}

/** Checks the zip at `zip`; messages name `shown` (the file the user gave, even when `zip` is its decryption). */
async function verifyZip(
  zip: string,
  shown: string,
  expectedHead: string | undefined,
  io: CliIo,
): Promise<number> {
  try {
    const pack = await readPack(zip, [MANIFEST_PATH, CASE_PATH, HISTORY_PATH]);
    const verdict = await checkPack(
      pack.files,
      pack.texts.get(MANIFEST_PATH) ?? null,
      pack.texts.get(CASE_PATH) ?? null,
      nodeHasher,
      pack.texts.get(HISTORY_PATH) ?? null,
    );
    const report = packReport(verdict, pack.texts.get(MANIFEST_PATH), expectedHead);
    const { ok, problems } = report;
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    if (report.notice !== undefined)
      io.err(
        `youju verify: ${shown} was made before the case head: its head covers the records and attachments only, not the time zone, debts or borrower\n`,
      );
    if (!ok) io.err(`youju verify: ${problems.length} problem(s) found\n`);
    return ok ? VERIFY_EXIT.intact : VERIFY_EXIT.changed;
  } catch (e) {
    if (!(e instanceof PackReadError)) throw e;
    io.out(`${JSON.stringify(unreadable(e.file ?? shown, e.code), null, 2)}\n`);
    io.err(`youju verify: ${shown}${READ_TEXT[e.code]}\n`);
    return VERIFY_EXIT.unreadable;
  }
}

const READ_TEXT = {
  'too-large': ': manifest.json or case.json is too large',
  'unsupported-compression':
    ': an entry uses a compression method other than stored or deflate; zip the files again with a standard tool',
  unreadable: ' is not a readable zip (truncated or corrupt)',
} as const;
