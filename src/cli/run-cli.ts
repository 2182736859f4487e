/** The dispatcher: picks the command named by the first argument and maps every outcome to an exit code. */
import type { CliIo, Command } from './command.ts';
import { EXIT } from './command.ts';

const HELP_FLAGS = ['--help', '-h', 'help'];

function usageText(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: youju <command> [arguments]',
    '       npm run --silent youju -- <command> [arguments]',
    '',
    'commands:',
    ...lines,
    '',
    'youju <command> --help shows the arguments of one command.',
    '',
  ].join('\n');
}

export async function runCli(
  argv: readonly string[],
  io: CliIo,
  commands: readonly Command[],
): Promise<number> {
  const [name, ...args] = argv;
  if (name !== undefined && HELP_FLAGS.includes(name)) {
    io.out(usageText(commands));
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (command === undefined) {
    if (name !== undefined) io.err(`youju: unknown command "${name}"\n\n`);
    io.err(usageText(commands));
    return EXIT.usage;
  }
  if (args.length === 1 && args[0] !== undefined && HELP_FLAGS.includes(args[0])) {
    io.out(`usage: youju ${command.name} ${command.usage}\n\n${command.summary}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(args, io);
  } catch (e) {
    // A bug, not bad input: one line for the user, no stack trace.
    io.err(`youju ${command.name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.internal;
  }
}
