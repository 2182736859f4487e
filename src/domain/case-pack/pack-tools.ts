/**
 * The checkers every case pack carries, so that a pack can be checked from its own contents (docs/case-pack.md,
 * "Checking a pack without youju"). verify.py is a real file next to this one: the app bundles it as a string
 * (features/my-data/pack-tools.ts) and the CLI reads it from disk (cli/pack-tools.ts), so both kinds of pack
 * carry the same bytes. Its own header says what it checks; tests/cli/verify-py.test.ts runs it with python3.
 */
export const VERIFY_PY_PATH = 'verify.py';

/** The checkers' texts, given to the export by whoever can load them (a bundler in the app, the disk in Node). */
export interface PackTools {
  readonly verifyPy: string;
}

/** The checkers as pack files. */
export function packToolFiles(tools: PackTools): readonly { path: string; text: string }[] {
  return [{ path: VERIFY_PY_PATH, text: tools.verifyPy }];
}
