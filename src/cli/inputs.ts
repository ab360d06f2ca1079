import { promises as fs } from 'fs';
import * as path from 'path';
import { existingSpelling, isExcelLockFileName } from '../host/file/loadXlsx';
import { CLI } from '../core/strings/cli';

/** One file to check: as the user named it (or as a pattern expanded to), and where it is. */
export interface InputFile {
  file: string;
  fullPath: string;
}

const WILDCARD = /[*?]/;

/**
 * The files named on the command line, in order, each once. Windows' command prompt and PowerShell hand a pattern
 * such as *.xlsx to the program unexpanded, so a name with * or ? that is no file is matched here against the names
 * in its folder (case-insensitively, as Windows does), leaving out Excel's "~$" lock files. `notes` are Vietnamese
 * lines for stderr: a pattern matching nothing (`unmatched`, an error) and a file named twice (a note).
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
): Promise<{ files: InputFile[]; unmatched: string[]; notes: string[] }> {
  const files: InputFile[] = [];
  const unmatched: string[] = [];
  const notes: string[] = [];
  const seen = new Map<string, string>();
  const add = async (file: string) => {
    const fullPath = path.resolve(cwd, file);
    const key = await identity(fullPath);
    const first = seen.get(key);
    if (first !== undefined) {
      notes.push(CLI.duplicateInput(file, first));
      return;
    }
    seen.set(key, file);
    files.push({ file, fullPath });
  };
  for (const arg of args) {
    if (!WILDCARD.test(arg) || (await exists(path.resolve(cwd, arg)))) {
      await add(arg);
      continue;
    }
    const matches = await matchPattern(arg, cwd);
    if (!matches.length) unmatched.push(CLI.noMatch(arg));
    for (const m of matches) await add(m);
  }
  return { files, unmatched, notes };
}

/** Names in the pattern's folder matching its last part; the folder part itself is taken literally. */
async function matchPattern(pattern: string, cwd: string): Promise<string[]> {
  const dirPart = pattern.slice(0, Math.max(pattern.lastIndexOf('/'), pattern.lastIndexOf('\\')) + 1);
  const namePart = pattern.slice(dirPart.length);
  if (WILDCARD.test(dirPart) || namePart === '') return [];
  let names: string[];
  try {
    names = await fs.readdir(path.resolve(cwd, dirPart || '.'));
  } catch {
    return [];
  }
  const re = wildcardRegExp(namePart);
  const matched = [];
  for (const name of names) {
    if (isExcelLockFileName(name) || !re.test(name.normalize('NFC'))) continue;
    const stat = await fs.stat(path.resolve(cwd, dirPart, name)).catch(() => undefined);
    if (stat?.isFile()) matched.push(dirPart + name);
  }
  return matched.sort((a, b) => a.localeCompare(b, 'vi'));
}

function wildcardRegExp(pattern: string): RegExp {
  const body = [...pattern.normalize('NFC')]
    .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`, 'iu');
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(
    () => true,
    () => false,
  );
}

/** The file behind a path (links and NFC/NFD spellings resolved), for telling one file named twice. */
async function identity(fullPath: string): Promise<string> {
  try {
    return await fs.realpath(await existingSpelling(fullPath));
  } catch {
    return fullPath;
  }
}
