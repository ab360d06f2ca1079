import { isDashCode, type Cell, type SheetData } from '../../cells';
import { foldDiacritics } from '../../text/normalize';
import { readMemberType } from '../../parse/values';

/**
 * Empty, text of spaces only (non-breaking and zero-width ones included), or a placeholder of dashes ("-", "--",
 * "—", " – "): offices type a dash for "nothing here", so every rule treats it as an empty cell.
 */
export function isBlankCell(cell: Cell): boolean {
  if (cell.type === 'empty' || cell.value === null) return true;
  if (cell.type !== 'text') return false;
  const s = cell.value as string;
  // Most text starts with a visible character other than '-': no need to look further.
  const c0 = s.length > 0 ? s.charCodeAt(0) : 0;
  if (c0 > 32 && c0 < 127 && c0 !== 45) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isSpace(c) && !isDashCode(c)) return false;
  }
  return true;
}

/** Text of dashes and spaces only, at least one dash: a placeholder for an empty cell. */
export function isDashPlaceholder(s: string): boolean {
  let dashes = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDashCode(c)) dashes = true;
    else if (!isSpace(c)) return false;
  }
  return dashes;
}

/** Spaces that count as nothing: ASCII whitespace, no-break, zero-width, ideographic and typographic spaces. */
function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || c === 0x200b || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
}

/**
 * The dash the sheet's cell holds as a placeholder ("-", "—"), trimmed, for messages; undefined for anything else.
 * Read from the sheet itself: the row scan hands a placeholder over as an empty cell.
 */
export function placeholderAt(sheet: SheetData, row: number, col: number): string | undefined {
  const cell = sheet.rows[row - 1]?.[col];
  if (!cell || cell.type !== 'text') return undefined;
  const s = (cell.value as string).trim();
  return s && isDashPlaceholder(s) ? s : undefined;
}

const NONE_YET = /^(?:(chua|khong|ko)( co| cap| duoc cap| lam)?|dang (lam|cap))( the| so| email| mail| sdt| dien thoai| so dien thoai)?\.?$/;

/**
 * "Chưa có", "Chưa cấp", "Không có", "Không có email", "Đang làm thẻ": the words offices write for "none (yet)" in
 * an optional column (a probationary member's party card, a phone, an email): no value, so no format finding; a
 * missing one is judged as such.
 */
export function saysNone(cell: Cell): boolean {
  if (cell.type !== 'text' || (cell.value as string).length > 24) return false;
  // Numbers and dates (most cells) start with a digit: only "c…", "k…", "d…"/"đ…" (chưa, không, đang) read further.
  const c0 = (cell.value as string).trimStart().charCodeAt(0);
  const c = c0 | 0x20;
  if (c !== 0x63 && c !== 0x6b && c !== 0x64 && c0 !== 0x110 && c0 !== 0x111) return false;
  return NONE_YET.test(foldDiacritics((cell.value as string).trim().toLowerCase()));
}

const PROBATIONARY = /^(dang )?(du bi|dang vien du bi|dv du bi|dang du bi)$/;

/**
 * What an office writes in the official-date column of a member who has none yet: "Dự bị", "Đang dự bị"
 * ('probationary', which also gives the type), or "Chưa", "Chưa có" ('none'). Undefined for anything else.
 */
export function notYetOfficial(cell: Cell): 'probationary' | 'none' | undefined {
  if (cell.type !== 'text' || (cell.value as string).length > 24) return undefined;
  if (saysNone(cell)) return 'none';
  const c = (cell.value as string).trimStart().charCodeAt(0);
  if ((c | 0x20) !== 0x64 && c !== 0x111 && c !== 0x110) return undefined; // d…, đ…: dự bị, đang dự bị
  const text = (cell.value as string).trim();
  // The member type's own spellings too ("DB", "ĐV dự bị"), as the type column reads them.
  return PROBATIONARY.test(foldDiacritics(text.toLowerCase())) || readMemberType(text).memberType === 'Dự bị' ? 'probationary' : undefined;
}
