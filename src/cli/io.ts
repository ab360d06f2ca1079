/** Where a command writes. Tests pass their own; the bin passes the process's streams. */
export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/** A subcommand: its arguments (after the command name) → exit code (0 ok, 1 findings/differences, 2 unusable input). */
export type CliCommand = (argv: string[], io: CliIO) => Promise<number>;

/** The real process streams. process.stdout.write queues everything and Node flushes it before exiting. */
export function processIO(): CliIO {
  return {
    stdout: (s) => void process.stdout.write(s),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
  };
}
