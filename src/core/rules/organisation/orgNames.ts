/**
 * Keys for matching organisation names as users write them: "Chi bộ Thôn 1", "Thôn 1", "CB Thôn 01",
 * "Chi bo thon 1" are the same branch; "Đảng ủy xã Tân Lập" is "Đảng bộ xã Tân Lập".
 */
import { headerKey } from '../../text/normalize';

// Leading words that say what kind of organisation a name is, not which one (folded, one word each).
const PREFIXES: readonly string[][] = [
  ['chi', 'bo'], ['cb'], ['dang', 'bo'], ['dang', 'uy'], ['db'], ['du'], ['dbbp'], ['dbcs'], ['cbcs'], ['cbtt'],
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

// "Thôn Một", "Xóm Ba", "Tổ Năm": a village or team numbered in words is the same as "Thôn 1". Read before
// diacritics are folded ("Năm" five, not "Nam" south) and only as the last word after a unit word.
const NUMBER_WORDS: Record<string, string> = {
  một: '1', hai: '2', ba: '3', bốn: '4', tư: '4', năm: '5', sáu: '6', bảy: '7', bẩy: '7', tám: '8', chín: '9', mười: '10',
};
const NUMBERED_UNIT =
  /(^|\s)(thôn|xóm|tổ|tổ dân phố|khu|khu phố|khối|ấp|bản|đội|làng|buôn|phân xưởng)\s+(\p{L}+)$/u;

// "Xóm II", "Khu III": Roman numerals, in capitals only ("Thôn Vi" is a name).
const ROMAN: Record<string, string> = {
  I: '1', II: '2', III: '3', IV: '4', V: '5', VI: '6', VII: '7', VIII: '8', IX: '9', X: '10',
};

function spellNumbers(name: string): string {
  const text = name.normalize('NFC').trim();
  const lower = text.toLowerCase();
  const m = NUMBERED_UNIT.exec(lower);
  if (!m) return name;
  const digit = NUMBER_WORDS[m[3]] ?? ROMAN[text.slice(text.length - m[3].length)];
  return digit ? lower.slice(0, lower.length - m[3].length) + digit : name;
}

// Long forms and the abbreviations offices write for them (folded words): "TDP 5" is "Tổ dân phố 5", "Trường MN"
// is "Trường Mầm non". Both sides are shortened, so either spelling matches the other.
const SHORT_FORMS: readonly [RegExp, string][] = ([
  ['to dan pho', 'tdp'], ['khu pho', 'kp'], ['phan xuong', 'px'], ['tram y te', 'tyt'],
  ['trung hoc pho thong', 'thpt'], ['trung hoc co so', 'thcs'], ['tieu hoc', 'th'], ['mam non', 'mn'],
  ['co quan', 'cq'], ['uy ban nhan dan', 'ubnd'], ['hoi dong nhan dan', 'hdnd'], ['mat tran to quoc', 'mttq'],
] as const).map(([long, short]) => [new RegExp(`(^| )${long}(?= |$)`, 'g'), `$1${short}`]);

function nameWords(name: string): string[] {
  let key = headerKey(spellNumbers(name));
  for (const [long, short] of SHORT_FORMS) key = key.replace(long, short);
  return key.split(' ').filter(Boolean);
}

/** Full key: everything, case/diacritics/space-insensitive. */
export function orgFullKey(name: string): string {
  return joinWords(nameWords(name));
}

/** The name's words without a leading "Chi bộ", "CB", "Đảng bộ", "Đảng ủy", "ĐB" (and "cơ sở" etc. after it). */
function baseWords(name: string): string[] {
  const words = nameWords(name);
  let at = 0;
  const prefix = PREFIXES.find((p) => startsWith(words, 0, p));
  if (prefix) {
    at = prefix.length;
    const qual = QUALIFIERS.find((p) => startsWith(words, at, p));
    if (qual) at += qual.length;
  }
  return at < words.length ? words.slice(at) : words;
}

/** Base key: the full key without a leading "Chi bộ", "CB", "Đảng bộ", "Đảng ủy", "ĐB" (and "cơ sở" etc. after it). */
export function orgBaseKey(name: string): string {
  return joinWords(baseWords(name));
}

/** "Chi bộ Thôn 1 (sáp nhập Thôn Đông, Thôn Đoài)": a note in brackets at the end is no part of the name. */
function withoutNote(name: string): string {
  return name.replace(/\s*\([^()]*\)\s*$/, '');
}

// The commune's own level word, which a name inside the commune may carry or leave out.
const LOCAL_LEVEL = /^(xa|phuong|thi tran|dac khu)(?: (.+))?$/;

/**
 * The commune a committee's name is about: "Đảng bộ xã Gia Viễn", "Đảng ủy phường Đông Sơn" → "gia vien",
 * "dong son" (folded words); undefined for other names.
 */
export function communePlace(name: string): string | undefined {
  if (nameKind(name) !== 'committee') return undefined;
  const m = LOCAL_LEVEL.exec(baseWords(withoutNote(name)).join(' '));
  return m?.[2];
}

/**
 * Local key: the base key without a note in brackets and without a trailing "xã", "xã Gia Viễn" or "Gia Viễn"
 * naming the commune itself (places: the communes of the table, folded words). Inside one commune "Chi bộ Quân sự"
 * is "Chi bộ Quân sự xã" and "Chi bộ Trường THCS" is "Chi bộ Trường THCS Gia Viễn"; the commune's own committee
 * keeps its level word, so "Đảng ủy xã" is "Đảng bộ xã Gia Viễn". Undefined when nothing is left out, or when only
 * a unit word would be left ("Thôn" of "Chi bộ Thôn Gia Viễn").
 */
export function orgLocalKey(name: string, places: readonly string[]): string | undefined {
  const bare = withoutNote(name);
  const words = baseWords(bare);
  const text = ` ${words.join(' ')}`;
  for (const suffix of localSuffixes(places)) {
    if (!text.endsWith(` ${suffix}`)) continue;
    const kept = text.slice(0, text.length - suffix.length - 1).trim();
    if (kept && !UNIT_WORDS.has(kept)) return joinWords(kept.split(' '));
  }
  return bare !== name && words.length ? joinWords(words) : undefined;
}

// A unit word alone names no organisation: "Chi bộ Thôn Gia Viễn" is not "Chi bộ Thôn xã".
const UNIT_WORDS = new Set(['thon', 'xom', 'to', 'khu', 'kp', 'tdp', 'khoi', 'ap', 'ban', 'doi', 'lang', 'buon', 'px', 'truong']);

function localSuffixes(places: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of places) out.push(`xa ${p}`, `phuong ${p}`, `thi tran ${p}`, `dac khu ${p}`, p);
  out.push('xa', 'phuong', 'thi tran', 'dac khu');
  return out;
}

const BRANCH_ABBREVIATIONS = new Set(['cb', 'cbcs', 'cbtt']);
const COMMITTEE_ABBREVIATIONS = new Set(['db', 'du', 'dbcs', 'dbbp']);

export type NameKind = 'branch' | 'committee' | undefined;

/** What the name itself says it is: a chi bộ, a đảng bộ (or đảng ủy), or nothing. */
export function nameKind(name: string): NameKind {
  const words = headerKey(name).split(' ');
  if (startsWith(words, 0, ['chi', 'bo']) || BRANCH_ABBREVIATIONS.has(words[0])) return 'branch';
  if (startsWith(words, 0, ['dang', 'bo']) || startsWith(words, 0, ['dang', 'uy']) || COMMITTEE_ABBREVIATIONS.has(words[0])) {
    return 'committee';
  }
  return undefined;
}
