import type { Cell } from '../../core/cells';

/** Error literals Excel shows in `values` for formula errors. */
const ERROR_VALUES = new Set([
  '#N/A', '#VALUE!', '#REF!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#FIELD!',
  '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!',
]);

/**
 * One Office.js cell (values, numberFormat, text) as the core's Cell. Numbers keep their format and displayed
 * text, so the engine can judge IDs, phones and dates as the user sees them.
 */
export function cellFromOffice(value: unknown, format: unknown, text: unknown): Cell | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const fmt = typeof format === 'string' && format !== '' ? format : undefined;
  if (typeof value === 'number') {
    const cell: Cell = { type: 'number', value };
    if (fmt && fmt !== 'General') cell.format = fmt;
    if (typeof text === 'string') cell.text = text;
    return cell;
  }
  if (typeof value === 'boolean') return { type: 'boolean', value };
  const s = String(value);
  if (ERROR_VALUES.has(s)) return { type: 'error', value: s };
  const cell: Cell = { type: 'text', value: s };
  if (fmt && fmt !== 'General') cell.format = fmt;
  return cell;
}
