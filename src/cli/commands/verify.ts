/**
 * `youju verify <pack.zip>`: checks a case pack and prints { ok, problems } as JSON. Exit 0 when intact, 1 when
 * anything was changed, added, removed or reordered, 2 when the input cannot be read as a zip.
 */
import { checkPack } from '../../domain/case-pack/check-pack.ts';
import { HISTORY_PATH } from '../../domain/case-pack/history.ts';
import { CASE_PATH, MANIFEST_PATH } from '../../domain/case-pack/manifest.ts';
import type { Command } from '../command.ts';
import { PackReadError, nodeHasher, readPack } from '../pack-io.ts';

const USAGE = '<pack.zip>';

/** This command's own contract (issue 4): 1 = tampered, which differs from the other commands' "failed". */
export const VERIFY_EXIT = { intact: 0, changed: 1, unreadable: 2 } as const;

export const verifyCommand: Command = {
  name: 'verify',
  summary: 'Check a case pack; prints { ok, problems } as JSON, exit 0 intact, 1 changed, 2 unreadable.',
  usage: USAGE,
  async run(args, io) {
    const [file] = args;
    if (args.length !== 1 || file === undefined || file.startsWith('-')) {
      io.err(`usage: youju verify ${USAGE}\n`);
      return VERIFY_EXIT.unreadable;
    }
    try {
      const pack = await readPack(file, [MANIFEST_PATH, CASE_PATH, HISTORY_PATH]);
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
      io.out(`${JSON.stringify({ ok: false, problems: [{ file, code: e.code }] }, null, 2)}\n`);
      io.err(
        e.code === 'too-large'
          ? `youju verify: ${file}: manifest.json or case.json is too large\n`
          : `youju verify: ${file} is not a readable zip (truncated or corrupt)\n`,
      );
      return VERIFY_EXIT.unreadable;
    }
  },
};
