/** Node entry point: `npm run --silent youju -- <command> …` (package.json runs it with tsx). */
import { readFile } from 'node:fs/promises';
import type { CliIo } from './command.ts';
import { COMMANDS } from './command-list.ts';
import { runCli } from './run-cli.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
};

runCli(process.argv.slice(2), nodeIo, COMMANDS).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('youju: internal error\n');
    process.exitCode = 1;
  },
);
