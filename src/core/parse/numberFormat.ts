import type { Cell } from '../cells';

/**
 * What Excel shows for a number, read from its number format: whether the format is a date format,
 * and the digits an ID-like number displays ("000000000000" pads to 12 digits).
 */

const dateFormatCache = new Map<string, boolean>();

/** True for date formats ("dd/mm/yyyy", "m/d/yy", "[$-42A]d mmmm yyyy"), false for "General", "0", "@", "h:mm". */
export function isDateFormat(format: string | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  let known = dateFormatCache.get(format);
  if (known === undefined) {
    known = computeIsDateFormat(format);
    dateFormatCache.set(format, known);
  }
  return known;
}

/** A date as the host reports it: a date cell (file adapter) or a number with a date format (Office.js). */
export function isDateCell(cell: Cell): boolean {
  return cell.type === 'date' || (cell.type === 'number' && isDateFormat(cell.format));
}

function computeIsDateFormat(format: string): boolean {
  // Only the first section counts (positive numbers); drop quoted text, [..] codes and escapes.
  const section = format.split(';')[0];
  const bare = section.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').toLowerCase();
  const hasDay = bare.includes('d');
  const hasYear = bare.includes('y');
  const hasMonthOrMinute = bare.includes('m');
  const hasTime = bare.includes('h') || bare.includes('s');
  return hasDay || hasYear || (hasMonthOrMinute && !hasTime);
}

const padCache = new Map<string, number>();

/** The width a zero-padding format gives ("000000000000" → 12, "00000000" → 8), 0 for any other format. */
export function zeroPadWidth(format: string | undefined): number {
  if (!format || format === 'General') return 0;
  let width = padCache.get(format);
  if (width === undefined) {
    width = /^0+$/.test(format) ? format.length : 0;
    padCache.set(format, width);
  }
  return width;
}

/**
 * The digits a whole non-negative number displays, through a zero-padding format or the host's text.
 * undefined when the number is not a whole number Excel can hold exactly.
 */
export function displayedDigits(value: number, format: string | undefined, hostText: string | undefined): string | undefined {
  if (!Number.isInteger(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) return undefined;
  const digits = String(value);
  if (hostText !== undefined && hostText.length > digits.length && isAllDigits(hostText)) return hostText;
  const width = zeroPadWidth(format);
  return width > digits.length ? '0'.repeat(width - digits.length) + digits : digits;
}

export function isAllDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
