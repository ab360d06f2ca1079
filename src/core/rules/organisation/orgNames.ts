/**
 * Keys for matching organisation names as users write them: "Chi bộ Thôn 1", "Thôn 1", "CB Thôn 01",
 * "Chi bo thon 1" are the same branch; "Đảng ủy xã Tân Lập" is "Đảng bộ xã Tân Lập".
 */
import { headerKey } from '../../text/normalize';

// Leading words that say what kind of organisation a name is, not which one (folded, one word each).
const PREFIXES: readonly string[][] = [
  ['chi', 'bo'], ['cb'], ['dang', 'bo'], ['dang', 'uy'], ['db'],
];
// Qualifiers that may follow a prefix: "Đảng bộ bộ phận Khối A", "Chi bộ trực thuộc Trường X".
const QUALIFIERS: readonly string[][] = [
  ['co', 'so'], ['bo', 'phan'], ['truc', 'thuoc'], ['cs'], ['bp'], ['tt'],
];

function startsWith(words: string[], at: number, prefix: readonly string[]): boolean {
  for (let i = 0; i < prefix.length; i++) if (words[at + i] !== prefix[i]) return false;
  return true;
}

/** "Thôn 01" and "Thôn 1" are the same: numbers lose their leading zeros. */
function joinWords(words: string[]): string {
  return words.map((w) => (/^\d+$/.test(w) ? String(Number(w)) : w)).join('');
}

/** Full key: everything, case/diacritics/space-insensitive. */
export function orgFullKey(name: string): string {
  return joinWords(headerKey(name).split(' ').filter(Boolean));
}

/** Base key: the full key without a leading "Chi bộ", "CB", "Đảng bộ", "Đảng ủy", "ĐB" (and "cơ sở" etc. after it). */
export function orgBaseKey(name: string): string {
  const words = headerKey(name).split(' ').filter(Boolean);
  let at = 0;
  const prefix = PREFIXES.find((p) => startsWith(words, 0, p));
  if (prefix) {
    at = prefix.length;
    const qual = QUALIFIERS.find((p) => startsWith(words, at, p));
    if (qual) at += qual.length;
  }
  const rest = words.slice(at);
  return rest.length ? joinWords(rest) : joinWords(words);
}

export type NameKind = 'branch' | 'committee' | undefined;

/** What the name itself says it is: a chi bộ, a đảng bộ (or đảng ủy), or nothing. */
export function nameKind(name: string): NameKind {
  const words = headerKey(name).split(' ');
  if (startsWith(words, 0, ['chi', 'bo']) || words[0] === 'cb') return 'branch';
  if (startsWith(words, 0, ['dang', 'bo']) || startsWith(words, 0, ['dang', 'uy']) || words[0] === 'db') {
    return 'committee';
  }
  return undefined;
}
