/** `youju validate <case.json>`: checks a case file and prints every problem as JSON. */
import { parseCaseFile } from '../../domain/case/parse.ts';
import type { CaseError } from '../../domain/case/errors.ts';
import type { Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { caseErrorText } from '../case-error-text.ts';

interface Report {
  readonly ok: boolean;
  readonly errors: readonly { code: string; path: string; message: string; params?: CaseError['params'] }[];
}

const describe = (e: CaseError) => ({
  code: e.code,
  path: e.path,
  message: caseErrorText(e),
  ...(e.params === undefined ? {} : { params: e.params }),
});

const USAGE = '<case.json | ->';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a case file; prints { ok, errors } as JSON, exit 0 when valid, 2 when not.',
  usage: USAGE,
  async run(args, io) {
    const [file] = args;
    if (args.length !== 1 || file === undefined) {
      io.err(`usage: youju validate ${USAGE}\n`);
      return EXIT.usage;
    }
    let text: string;
    try {
      text = await io.readText(file);
    } catch {
      // The file's own path is echoed only to stderr; stdout stays the machine-readable report.
      io.err(`youju validate: cannot read ${file}\n`);
      const report: Report = { ok: false, errors: [describe({ code: 'unreadable', path: '$' })] };
      io.out(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT.failed;
    }
    const result = parseCaseFile(text);
    const report: Report = result.ok
      ? { ok: true, errors: [] }
      : { ok: false, errors: result.errors.map(describe) };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
    return result.ok ? EXIT.ok : EXIT.failed;
  },
};
