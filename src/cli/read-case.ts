import { parseCaseFile } from '../domain/case/parse.ts';
import type { CaseFile } from '../domain/case/types.ts';
import { caseErrorText } from './case-error-text.ts';
import type { CliIo } from './command.ts';

/**
 * Reads and parses the case file a command was given. On failure it has already written ONE line to stderr
 * (`youju <command>: …`, naming the first error's JSON path and how many more there are) and returns null; the
 * command then exits with EXIT.failed. `validate` lists every error itself and does not use this.
 */
export async function readCaseArg(command: string, file: string, io: CliIo): Promise<CaseFile | null> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    io.err(`youju ${command}: cannot read ${file}\n`);
    return null;
  }
  const parsed = parseCaseFile(text);
  if (parsed.ok) return parsed.value;
  const [first, ...more] = parsed.errors;
  const where = first?.path ?? '$';
  const what = first === undefined ? '' : `: ${caseErrorText(first)}`;
  const rest = more.length === 0 ? '' : ` (+${more.length} more; youju validate lists them all)`;
  io.err(`youju ${command}: invalid case file at ${where}${what}${rest}\n`);
  return null;
}
