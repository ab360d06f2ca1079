/** Reading organisation cells: text as the user sees it, cleaned (NFC, spaces collapsed). */
import { cellAt, cellDisplay, isBlank, type SheetData } from '../../cells';
import { cleanUnicode, collapseWhitespace } from '../../text/normalize';

/** NFC, no zero-width characters, spaces collapsed; undefined when blank. `row` is Excel's 1-based row. */
export function cellText(sheet: SheetData, row: number, col: number | undefined): string | undefined {
  if (col === undefined) return undefined;
  const cell = cellAt(sheet, row - 1, col);
  if (isBlank(cell) || cell.type === 'error') return undefined;
  const text = collapseWhitespace(cleanUnicode(cellDisplay(cell)));
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
