import type { Cell } from '../../core/cells';
import type { CellFix, Finding } from '../../core/findings';
import { isValidYmd, serialFromYmd } from '../../core/dates';

/**
 * The value an accepted suggestion writes, or undefined when the suggestion is advice rather than a value
 * (it names no single cell, or reads like a sentence). Dates go in as real dates shown dd/mm/yyyy; digits with a
 * leading zero (phones, IDs) as text, so the zero stays.
 */
export function suggestionFix(f: Finding, before: Cell | undefined): CellFix | undefined {
  const s = f.suggestion?.trim();
  if (!s || f.row < 1 || f.col < 0) return undefined;
  const date = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (date) {
    const [d, m, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (isValidYmd(y, m, d)) return { value: serialFromYmd(y, m, d), format: 'dd/mm/yyyy', isDate: true };
  }
  if (/^0\d+$/.test(s) || before?.format === '@') return { value: s, format: '@' };
  // A sentence of advice ("Kiểm tra …", several clauses) is not a cell value.
  if (s.length > 120 || /[.;:!?]\s/.test(s)) return undefined;
  return { value: s };
}
