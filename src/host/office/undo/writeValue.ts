import type { UndoValue } from '../../../core/fix/undoRecord';

/**
 * What to put in `range.values` so the cell ends up holding exactly `value`. Excel reads text typed into a cell
 * that is not text-formatted ("@") the way a user's typing is read: "0912…" becomes a number, "12/3/1980" a date,
 * "=…" a formula. A leading apostrophe keeps such text as text (Excel stores it without the apostrophe).
 */
export function valueToWrite(value: UndoValue, format: string | undefined): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string' || value === '') return value;
  if (format === '@') return value;
  return mightConvert(value) ? `'${value}` : value;
}

function mightConvert(text: string): boolean {
  const t = text.trim();
  // Numbers, dates, times, percentages, currency, formulas, booleans, error literals and a leading apostrophe.
  return /^[-+=@'.,($€%\d]/.test(t) || /^(true|false|đúng|sai)$/i.test(t) || t.startsWith('#');
}

/** The value a cell reports now equals what a write left there (empty reads back as ""). */
export function sameValue(now: unknown, written: UndoValue): boolean {
  const a = now === '' || now === undefined ? null : now;
  return a === written || (typeof a === 'number' && typeof written === 'number' && Math.abs(a - written) < 1e-9);
}
