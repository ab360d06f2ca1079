import type { Cell } from '../../cells';
import { EMPTY_CELL } from '../../cells';

/** Reading one scanned row: the cell at a column (-1 or past the row's end: an empty cell). */
export function cellOf(cells: readonly (Cell | undefined)[], k: number): Cell {
  return k >= 0 ? cells[k] ?? EMPTY_CELL : EMPTY_CELL;
}

/** The scanner left text for every non-blank text cell: a text cell without one is blank. */
export function isBlankAt(cells: readonly (Cell | undefined)[], texts: readonly (string | undefined)[], k: number): boolean {
  if (k < 0) return false;
  const x = cells[k];
  return !x || x.type === 'empty' || (x.type === 'text' && texts[k] === undefined);
}
