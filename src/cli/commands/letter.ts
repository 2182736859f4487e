/**
 * `youju letter <template-id> <case.json> --debt <id> [--lang zh-CN|en] [--today YYYY-MM-DD] [--values v.json]`:
 * the letter as plain text, filled from the case. Blanks the case cannot fill print as 【placeholders】.
 * `--values` is a JSON object of field id → text (the same ids as docs/letters.md). `--today` defaults to today in
 * the case's time zone.
 */
import { isLocalDate } from '../../domain/case/dates.ts';
import { assemble } from '../../domain/letters/assemble.ts';
import { templateById } from '../../domain/letters/catalogue.ts';
import { isFieldId } from '../../domain/letters/fields.ts';
import type { FieldId } from '../../domain/letters/fields.ts';
import { toPlainText } from '../../domain/letters/plain-text.ts';
import { localMoment } from '../../domain/rules/local-time.ts';
import { CLI_LANGS, type CliLang } from '../citation-json.ts';
import type { CliIo, Command } from '../command.ts';
import { EXIT } from '../command.ts';
import { readCaseArg } from '../read-case.ts';

const USAGE =
  '<template-id> <case.json | -> --debt <id> [--lang zh-CN|en] [--today YYYY-MM-DD] [--values values.json]';

interface Options {
  readonly template: string;
  readonly file: string;
  readonly debt: string;
  readonly lang: CliLang;
  readonly today?: string;
  readonly values?: string;
}

/** Arguments → options, or null when they do not fit the usage line. */
export function parseLetterArgs(args: readonly string[]): Options | null {
  const positional: string[] = [];
  const flags: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag = '', inline] = arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = inline ?? args[++i];
    if (!['--debt', '--lang', '--today', '--values'].includes(flag) || value === undefined) return null;
    if (flags[flag] !== undefined) return null;
    flags[flag] = value;
  }
  const [template, file, ...rest] = positional;
  const debt = flags['--debt'];
  const lang = CLI_LANGS.find((l) => l === (flags['--lang'] ?? 'zh-CN'));
  const today = flags['--today'];
  if (template === undefined || file === undefined || rest.length > 0) return null;
  if (debt === undefined || lang === undefined) return null;
  if (today !== undefined && !isLocalDate(today)) return null;
  const values = flags['--values'];
  return {
    template,
    file,
    debt,
    lang,
    ...(today === undefined ? {} : { today }),
    ...(values === undefined ? {} : { values }),
  };
}

type Values = Partial<Record<FieldId, string>>;

/** The --values file: an object whose keys are field ids and whose values are strings. Null after one stderr line. */
async function readValues(file: string, io: CliIo): Promise<Values | null> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await io.readText(file));
  } catch {
    io.err(`youju letter: cannot read ${file} as JSON\n`);
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    io.err(`youju letter: ${file} must be a JSON object of field id → text\n`);
    return null;
  }
  const out: Values = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (!isFieldId(key)) {
      io.err(`youju letter: ${file}: unknown field "${key}" (docs/letters.md lists the fields)\n`);
      return null;
    }
    if (typeof value !== 'string') {
      io.err(`youju letter: ${file}: field "${key}" must be a string\n`);
      return null;
    }
    out[key] = value;
  }
  return out;
}

export const letterCommand: Command = {
  name: 'letter',
  summary: 'A letter filled from the case, as plain text (youju letters lists the templates), exit 0.',
  usage: USAGE,
  async run(args, io) {
    const options = parseLetterArgs(args);
    if (options === null) {
      io.err(`usage: youju letter ${USAGE}\n`);
      return EXIT.usage;
    }
    const template = templateById(options.template);
    if (template === undefined) {
      io.err(`youju letter: unknown template "${options.template}" (youju letters lists them)\n`);
      return EXIT.failed;
    }
    const caseFile = await readCaseArg('letter', options.file, io);
    if (caseFile === null) return EXIT.failed;
    const debt = caseFile.debts.find((d) => d.id === options.debt);
    if (debt === undefined) {
      const ids = caseFile.debts.map((d) => d.id).join(', ');
      io.err(`youju letter: no debt "${options.debt}" in ${options.file} (debts: ${ids || 'none'})\n`);
      return EXIT.failed;
    }
    if (template.debtKinds !== 'all' && !template.debtKinds.includes(debt.kind)) {
      io.err(
        `youju letter: template "${template.id}" is for ${template.debtKinds.join(', ')} debts; debt "${debt.id}" is ${debt.kind}\n`,
      );
      return EXIT.failed;
    }
    const values = options.values === undefined ? {} : await readValues(options.values, io);
    if (values === null) return EXIT.failed;
    const today = options.today ?? localMoment(Date.now(), caseFile.timeZone).day;
    const result = assemble(template.id, caseFile, { debtId: debt.id, lang: options.lang, today, values });
    io.out(toPlainText(result.blocks));
    return EXIT.ok;
  },
};
