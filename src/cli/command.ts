/** What a CLI command is given and what it must do. Commands never exit the process themselves. */

export interface CliIo {
  /** Writes to standard output. */
  out(text: string): void;
  /** Writes to standard error. */
  err(text: string): void;
  /** Reads a UTF-8 text file; "-" reads standard input. Throws when the file cannot be read. */
  readText(path: string): Promise<string>;
}

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The command ran and found the input wanting (invalid case file, failed check). */
  failed: 2,
  /** Wrong arguments: usage was printed on stderr. Same value as `failed`, as the commands' contract asks. */
  usage: 2,
  /** A bug in the CLI itself. */
  internal: 1,
} as const;

export interface Command {
  readonly name: string;
  /** One line for `youju --help`. */
  readonly summary: string;
  /** Usage lines after the command name, e.g. "<case.json>". */
  readonly usage: string;
  /** Runs with the arguments after the command name and returns the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}
