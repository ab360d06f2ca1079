import { serialFromIso, todaySerial } from '../../core/dates';
import { CLI } from '../../core/strings/cli';

export interface CheckArgs {
  files: string[];
  json: boolean;
  /** Excel serial of the as-of date. */
  asOf: number;
  outDir?: string;
  help: boolean;
}

/** `check` arguments → options, or a Vietnamese error message. Accepts `--opt value` and `--opt=value`. */
export function parseCheckArgs(argv: readonly string[], today: number = todaySerial()): CheckArgs | { error: string } {
  const out: CheckArgs = { files: [], json: false, asOf: today, help: false };
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      out.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '--json':
        out.json = true;
        break;
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--as-of': {
        const v = takeValue();
        if (v === undefined || v === '') return { error: CLI.missingValue('--as-of') };
        const serial = serialFromIso(v.trim());
        if (serial === undefined) return { error: CLI.badAsOf(v) };
        out.asOf = serial;
        break;
      }
      case '--out': {
        const v = takeValue();
        if (v === undefined || v === '') return { error: CLI.missingValue('--out') };
        out.outDir = v;
        break;
      }
      default:
        return { error: CLI.unknownOption(arg) };
    }
  }
  if (!out.help && out.files.length === 0) return { error: CLI.noFiles };
  return out;
}
