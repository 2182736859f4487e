/**
 * The checkers every case pack carries, so that a pack can be checked from its own contents (docs/case-pack.md,
 * "Checking a pack without youju"). verify.py and verify.html are real files next to this one: the app bundles it as a string
 * (features/my-data/pack-tools.ts) and the CLI reads it from disk (cli/pack-tools.ts), so both kinds of pack
 * carry the same bytes. tests/cli/verify-py.test.ts runs verify.py with python3 and
 * tests/verify-page/verify-html.test.ts opens verify.html in Chromium, both against `youju verify`.
 */
const VERIFY_PY_PATH = 'verify.py';
/** One self-contained page (src/build/verify-page.ts): drop the zip in, no network, the CLI's verdicts. */
const VERIFY_HTML_PATH = 'verify.html';

/** The checkers' texts, given to the export by whoever can load them (a bundler in the app, the disk in Node). */
export interface PackTools {
  readonly verifyPy: string;
  readonly verifyHtml: string;
}

/** The checkers as pack files. */
export function packToolFiles(tools: PackTools): readonly { path: string; text: string }[] {
  return [
    { path: VERIFY_HTML_PATH, text: tools.verifyHtml },
    { path: VERIFY_PY_PATH, text: tools.verifyPy },
  ];
}
