/** Reading organisation cells: text as the user sees it, cleaned (NFC, spaces collapsed). */
import { cellAt, cellDisplay, isBlank, type SheetData } from '../../cells';
import { cleanUnicode, collapseWhitespace } from '../../text/normalize';
import { legacyRepair } from '../common/textRepair';

/**
 * NFC, no zero-width characters, spaces collapsed, TCVN3/VNI converted (an old list typed in .VnTime names its
 * chi bộ "Chi bé Th«n Trung": the members' "Chi bộ Thôn Trung" must find it); undefined when blank.
 * `row` is Excel's 1-based row.
 */
export function cellText(sheet: SheetData, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row - 1, col);
  if (isBlank(cell) || cell.type === 'error') return undefined;
  const shown = cellDisplay(cell);
  const text = collapseWhitespace(cleanUnicode(cell.type === 'text' ? legacyRepair(shown, cell.font)?.converted ?? shown : shown));
  return text || undefined;
}

/** A whole non-negative number ("25", 25, "25 đv"); undefined otherwise. */
export function cellCount(sheet: SheetData, row: number, col: number | undefined): number | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row - 1, col);
  if (cell.type === 'number') {
    const n = cell.value as number;
    return Number.isInteger(n) && n >= 0 ? n : undefined;
  }
  if (cell.type !== 'text') return undefined;
  const m = /^\s*(\d+)\b/.exec(cell.value as string);
  return m ? Number(m[1]) : undefined;
}
