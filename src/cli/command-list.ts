/**
 * Every CLI command, in the order `youju --help` lists them. A new command is one file in commands/ plus one line
 * here.
 */
import type { Command } from './command.ts';
import { analyzeCommand } from './commands/analyze.ts';
import { deadlinesCommand } from './commands/deadlines.ts';
import { letterCommand } from './commands/letter.ts';
import { lettersCommand } from './commands/letters.ts';
import { packCommand } from './commands/pack.ts';
import { validateCommand } from './commands/validate.ts';
import { verifyCommand } from './commands/verify.ts';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  analyzeCommand,
  deadlinesCommand,
  lettersCommand,
  letterCommand,
  packCommand,
  verifyCommand,
];
