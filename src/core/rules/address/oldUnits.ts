/**
 * District-level units in an address (huyện, quận, thị xã, thành phố thuộc tỉnh), abolished on 1 July 2025.
 * "thành phố Hà Nội / Hải Phòng / Huế / Đà Nẵng / Hồ Chí Minh / Cần Thơ" are provinces and stay.
 */
import { CENTRAL_CITIES } from '../../data/provinces';
import { headerKey } from '../../text/normalize';

// One regex pass; it starts with plain words so the engine skips quickly through addresses without them, and
// the context checks run in code on the few hits. Abbreviations: H. Q. TX. T.X. TP. (TP/TX before a space too).
const UNIT = /(huyện|huyen|quận|quan|thị xã|thi xa|thành phố|thanh pho|tp|tx|t\.x\.|h\.|q\.)\s*([^,;]*)/giu;

// "quan" without its tone could be a commune's name ("xã Quan Sơn"): it counts only at the start of a part,
// in an address typed with no diacritics at all. A street named after a title ("đường Quận Công") is no district.
const PART_START = /(?:^|[,;])\s*$/;
const AFTER_STREET = /(?:^|\s)(?:đường|phố|ngõ|ngách|hẻm|duong|pho|ngo|hem)\s+$/i;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Where the unit's name ends when parts are not separated by commas.
const NEXT_UNIT = /\s+(?=(?:xã|xa|phường|phuong|tỉnh|tinh|t\.|thành phố|thanh pho|tp\.?|huyện|huyen|quận|thị xã)\s+\S)/iu;

const ABBREVIATIONS = new Set(['tp', 'tx']);
const CITY_WORDS = new Set(['thành phố', 'thanh pho', 'tp']);
const CENTRAL_KEYS: readonly string[] = [
  ...CENTRAL_CITIES.map((c) => headerKey(c)), 'hcm', 'tphcm', 'sai gon', 'hn',
];

function isCentralCity(name: string): boolean {
  const key = headerKey(name);
  return CENTRAL_KEYS.some((c) => key === c || key.startsWith(c + ' '));
}

const hasNonAscii = (s: string): boolean => /[^\x00-\x7F]/.test(s);

function isUnitWord(text: string, start: number, word: string): boolean {
  if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1])) return false;
  const next = text[start + word.length];
  if (!word.endsWith('.') && next !== undefined && LETTER_OR_DIGIT.test(next)) return false;
  if (next === '.' && !ABBREVIATIONS.has(word.toLowerCase())) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (AFTER_STREET.test(before)) return false;
  if (word.toLowerCase() === 'quan') return PART_START.test(text.slice(0, start)) && !hasNonAscii(text);
  return true;
}

// "huyện Gia Viễn cũ", "(nguyên huyện Gia Viễn)", "(trước đây thuộc huyện …)": the writer already says the unit is
// the old one, beside the new address; that is a note, not an out-of-date address (provinces too: oldProvinces.ts).
const FORMER_WORD = /(?:^|\s)(?:cũ|cu|nguyên|nguyen|trước đây|truoc day|trước sáp nhập|truoc sap nhap)(?=\s|$|[),;])/iu;

export function markedFormer(text: string, at: number, name: string): boolean {
  if (/\s(?:cũ|cu)$/iu.test(name)) return true;
  const open = text.lastIndexOf('(', at);
  if (open < 0 || text.lastIndexOf(')', at) > open) return false;
  const close = text.indexOf(')', at);
  // The unit's own name may hold such a word ("huyện Nguyên Bình"): only the rest of the note counts.
  return FORMER_WORD.test(text.slice(open + 1, close < 0 ? undefined : close).replace(name, ' '));
}

/** The district-level units an address names, as written ("huyện Đan Phượng", "Q. 1"). */
export function findOldUnits(text: string): string[] {
  const units: string[] = [];
  UNIT.lastIndex = 0;
  for (let m = UNIT.exec(text); m; m = UNIT.exec(text)) {
    const word = m[1];
    if (!isUnitWord(text, m.index, word)) {
      UNIT.lastIndex = m.index + 1; // the rest may hold a real unit
      continue;
    }
    const name = m[2].replace(/^[.\s]+/, '').split(NEXT_UNIT)[0].split(/[()]/)[0].trim();
    if (!name) continue;
    if (markedFormer(text, m.index, name)) continue;
    if (CITY_WORDS.has(word.toLowerCase()) && isCentralCity(name)) continue;
    // Quoted as typed ("Q.1", "TX. Bến Cát"): the user searches the cell for these words.
    const nameEnd = m.index + m[0].indexOf(name, word.length) + name.length;
    units.push(text.slice(m.index, nameEnd));
  }
  return units;
}
