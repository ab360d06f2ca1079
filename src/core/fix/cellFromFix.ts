import type { Cell } from '../cells';
import type { CellFix } from '../findings';

/** The cell a fix writes: repaired value, with the fix's number format and font or the cell's own. */
export function cellFromFix(before: Cell, fix: CellFix): Cell {
  const format = fix.format ?? before.format;
  const font = fix.font ?? before.font;
  let cell: Cell;
  if (fix.isDate && typeof fix.value === 'number') cell = { type: 'date', value: fix.value };
  else if (fix.value === null || fix.value === '') cell = { type: 'empty', value: null };
  else if (typeof fix.value === 'number') cell = { type: 'number', value: fix.value };
  else if (typeof fix.value === 'boolean') cell = { type: 'boolean', value: fix.value };
  else cell = { type: 'text', value: fix.value };
  const shownFormat = cell.type === 'date' ? fix.format ?? 'dd/mm/yyyy' : format;
  if (shownFormat !== undefined) cell.format = shownFormat;
  if (font !== undefined) cell.font = font;
  return cell;
}

/** Same value, type, number format and font: writing one over the other changes nothing. */
export function sameCell(a: Cell, b: Cell): boolean {
  return (
    a.type === b.type &&
    a.value === b.value &&
    (a.format ?? 'General') === (b.format ?? 'General') &&
    (a.font ?? '') === (b.font ?? '')
  );
}

/** The smallest fix that turns `before` into `after`: the value always, format and font only where they change. */
export function fixBetween(before: Cell, after: Cell): CellFix {
  const fix: CellFix = { value: after.value };
  if (after.type === 'date') fix.isDate = true;
  if (after.format !== undefined && after.format !== (before.format ?? 'General')) fix.format = after.format;
  if (after.font !== undefined && after.font !== before.font) fix.font = after.font;
  return fix;
}
