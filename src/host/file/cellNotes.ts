import type ExcelJS from 'exceljs';

/** Plain text of a cell's note (comment), '' when none. */
export function noteText(cell: ExcelJS.Cell): string {
  const n = cell.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: { text?: string }[] }).texts;
  return Array.isArray(texts) ? texts.map((t) => t.text ?? '').join('') : '';
}

export function setNote(cell: ExcelJS.Cell, text: string): void {
  cell.note = { texts: [{ text }] } as ExcelJS.Comment;
}

/** exceljs has no public way to delete a note; its cell keeps it in `_comment`. */
export function removeNote(cell: ExcelJS.Cell): void {
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}
