import { CLI, HELP } from '../core/strings/cli';
import { COMMANDS, COMMAND_SUMMARIES } from './commands';
import type { CliIO } from './io';

/** dvcheck's entry: `dvcheck <command> ...` → exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(CLI.noCommand + '\n');
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(CLI.unknownCommand(name) + '\n');
    return 2;
  }
  return command(rest, io);
}

export function helpText(): string {
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  const lines = names.map((n) => `  ${n.padEnd(width)}${COMMAND_SUMMARIES[n] ?? ''}`);
  return HELP.replace('{commands}', lines.join('\n'));
}
