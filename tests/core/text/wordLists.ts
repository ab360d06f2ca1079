/** Loaders for the word-list fixtures in tests/fixtures/words. */
import { readFileSync } from 'fs';
import { join } from 'path';

const DIR = join(__dirname, '..', '..', 'fixtures', 'words');

function contentLines(file: string): string[] {
  return readFileSync(join(DIR, file), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
}

/** Every distinct syllable of vietnamese-syllables.txt. */
export function vietnameseSyllables(): string[] {
  return [...new Set(contentLines('vietnamese-syllables.txt').join(' ').split(/\s+/).filter(Boolean))];
}

/** Lines of foreign-words.txt (each a short foreign text) and every word of them. */
export function foreignLines(): string[] {
  return contentLines('foreign-words.txt');
}

export interface NameParts {
  family: string[];
  middle: string[];
  given: string[];
}

export function nameParts(): NameParts {
  const parts: NameParts = { family: [], middle: [], given: [] };
  let section: keyof NameParts | undefined;
  for (const line of contentLines('vietnamese-names.txt')) {
    const header = /^\[(family|middle|given)\]$/.exec(line.trim());
    if (header) section = header[1] as keyof NameParts;
    else if (section) parts[section].push(...line.split(/\s+/).filter(Boolean));
  }
  return parts;
}

/** Deterministic full names: every family name with a rotating middle and given name (several thousand). */
export function generatedNames(count: number): string[] {
  const { family, middle, given } = nameParts();
  const names: string[] = [];
  for (let i = 0; names.length < count; i++) {
    const f = family[i % family.length];
    const m = middle[(i * 7) % middle.length];
    const g = given[(i * 13) % given.length];
    names.push(i % 5 === 0 ? `${f} ${g}` : i % 11 === 0 ? `${f} ${m} ${middle[(i * 3) % middle.length]} ${g}` : `${f} ${m} ${g}`);
  }
  return names;
}
