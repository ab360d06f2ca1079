import { cellDisplay, isBlank, type SheetData } from '../cells';
import { cleanUnicode, collapseWhitespace } from '../text/normalize';
import type { TextReader } from './legacyText';

/** Title lines are short; a longer text is a note or a legal basis, not the name of the list's chi bộ. */
const MAX_TITLE = 120;
/** Cells of a title row looked at (titles sit in the first columns, sometimes with a motto on the right). */
const TITLE_COLS = 12;

// "CHI BỘ THÔN 1", "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2", "Chi bộ: Trường Tiểu học". Not "các chi bộ", not
// "chi bộ trực thuộc …" (a kind, not a name).
const CHI_BO = /(?:^|\s)(chi\s+b[ộo])\s*:?\s+(.+)$/iu;
const MANY = /(?:^|\s)(các|những)\s*$/iu;
const NOT_A_NAME = /^(trực\s+thuộc|thuộc|cơ\s+sở|sinh\s+hoạt)(\s|$)/iu;
// What titles add after the name: the year, the as-of date, a purpose.
const TAIL = /\s*(\(.*|[-–,:]\s.*|\s(năm|tính đến|đến ngày|đề nghị|được|đợt|quý)\s.*)$/iu;

/** The chi bộ a title line names ("DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2" → "CHI BỘ THÔN 2"), or undefined. */
export function branchInTitle(text: string): string | undefined {
  if (text.length > MAX_TITLE) return undefined;
  const m = CHI_BO.exec(text);
  if (!m) return undefined;
  const start = text.length - m[0].trimStart().length; // where "chi bộ" begins
  if (MANY.test(text.slice(0, start)) || NOT_A_NAME.test(m[2])) return undefined;
  const name = m[2].replace(TAIL, '').trim();
  return /\p{L}|\d/u.test(name) ? `${m[1]} ${name}` : undefined;
}

/**
 * The chi bộ a list belongs to when only its title block names it (one sheet per chi bộ, no branch column):
 * "CHI BỘ THÔN 1" under the đảng bộ's name, or "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1". Undefined when no title, or
 * two different ones, name a chi bộ. Reads the rows above the header only, from `from` (a later block on the sheet:
 * below the list before it).
 */
export function titleBranch(sheet: SheetData, headerTop: number, read?: TextReader, from = 0): { row: number; label: string } | undefined {
  let found: { row: number; label: string } | undefined;
  for (let r = from; r < headerTop; r++) {
    const cells = sheet.rows[r] ?? [];
    for (let c = 0; c < Math.min(cells.length, TITLE_COLS); c++) {
      const cell = cells[c];
      if (!cell || cell.type !== 'text' || isBlank(cell)) continue;
      const raw = cellDisplay(cell);
      const label = branchInTitle(collapseWhitespace(cleanUnicode(read ? read(raw) : raw)));
      if (!label) continue;
      if (found && found.label.toLowerCase() !== label.toLowerCase()) return undefined;
      found ??= { row: r + 1, label };
    }
  }
  return found;
}
