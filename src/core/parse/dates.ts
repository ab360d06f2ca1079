import type { Cell } from '../cells';
import { isDateCell, isDateFormat } from './numberFormat';
import { isRealDate, serialOf } from './calendar';

/**
 * Reading a date cell. Real dates (and numbers with a date format) are dates; text exactly dd/mm/yyyy is a
 * date with nothing to say; other text forms are dates stored as text (`date-text`, fixable); the rest is
 * `date-invalid` with the reason.
 */

/** Day, month and a four-digit year typed as text ("5/3/1980", "05.03.1980", "05-03-1980"); the two numbers captured. */
export const NUMERIC_DATE_TEXT = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}\s*$/;

/** A date as a column of dates shows it: a date cell, or day, month and year typed as text. */
export function looksLikeDate(cell: Cell): boolean {
  return isDateCell(cell) || (cell.type === 'text' && NUMERIC_DATE_TEXT.test(cell.value as string));
}

export type DateIssue =
  /** A valid date written as text in a form other than dd/mm/yyyy (1980-05-01, 1/5/1980). */
  | 'text-form'
  /** A date serial that lost its date format: Excel shows 22723, not 18/03/1962. */
  | 'number-form'
  /** Not a date at all. */
  | 'not-date'
  /** Day or month out of range (31/02/1980). */
  | 'impossible'
  /** 1/5/80: the century is unknown. */
  | 'two-digit-year'
  /** 05/13/1980: month and day written the other way round. */
  | 'month-first'
  /** 1980: only the year. */
  | 'year-only'
  /** 1980 typed into a date-formatted cell: Excel shows day 1980 of its calendar, 02/06/1905. */
  | 'year-as-date'
  /** 5/1980: only month and year. */
  | 'month-year';

export interface DateRead {
  /** Excel serial (whole days) when the value is a date. */
  serial?: number;
  issue?: DateIssue;
  /** A likely date for an invalid value (month and day swapped, digits run together). */
  likely?: number;
}

/** Years outside this range are typing errors, not dates in a member's life. */
const MIN_YEAR = 1800;
const MAX_YEAR = 2200;
/** 01/03/1900: the first day Excel's serials count right (its calendar has a 29/02/1900). */
export const FIRST_EXCEL_DATE = 61;
/** Excel's largest date serial (31/12/9999). */
const MAX_SERIAL = 2958465;

/** undefined for an empty cell (or a cell holding an error value, reported elsewhere). */
export function readDate(cell: Cell): DateRead | undefined {
  switch (cell.type) {
    case 'date':
      return dateSerial(cell.value as number);
    case 'number':
      return readDateNumber(cell.value as number, cell.format);
    case 'text':
      return readDateText(cell.value as string);
    case 'boolean':
      return { issue: 'not-date' };
    default:
      return undefined;
  }
}

/**
 * A year typed into a date-formatted cell is day 1800-2100 of Excel's calendar (December 1904 to October 1905): no
 * date in a living member's or an organisation's life (the Party was founded in 1930), so it is read as the year.
 */
export function isYearAsDate(serial: number): boolean {
  return serial >= MIN_YEAR && serial < 2101;
}

function dateSerial(n: number): DateRead {
  const serial = Math.floor(n);
  return isYearAsDate(serial) ? { issue: 'year-as-date' } : { serial };
}

function readDateNumber(n: number, format: string | undefined): DateRead {
  if (isDateFormat(format)) return dateSerial(n);
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= 2100) return { issue: 'year-only' };
  if (Number.isInteger(n) && n >= 1000000 && n <= 99999999) return runTogether(String(n).padStart(8, '0'));
  // A date serial that lost its date format: still the date the user entered. A small number (12) is no date.
  if (n >= FIRST_EXCEL_DATE && n <= MAX_SERIAL) return { serial: Math.floor(n), issue: 'number-form' };
  return { issue: 'not-date' };
}

/** Text dates. Fast path for exactly dd/mm/yyyy, the form the plans use. */
export function readDateText(raw: string): DateRead | undefined {
  const s = raw.trim();
  if (s.length === 0) return undefined;
  // "'12/05/1980": the apostrophe typed to keep Excel from converting, kept as a character (pasted from another
  // program). The date is there; only its form is wrong.
  if (s.charCodeAt(0) === 39 || s.charCodeAt(0) === 0x2019) {
    const inner = readDateText(s.slice(1));
    if (!inner) return { issue: 'not-date' };
    return inner.serial !== undefined && !inner.issue ? { serial: inner.serial, issue: 'text-form' } : inner;
  }
  if (s.length === 10 && s.charCodeAt(2) === 47 && s.charCodeAt(5) === 47) {
    const d = num2(s, 0);
    const m = num2(s, 3);
    const y = num4(s, 6);
    if (d >= 0 && m >= 0 && y >= 0) return dayMonthYear(d, m, y, false);
  }
  return readLooseDateText(s);
}

function num2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

function num4(s: string, i: number): number {
  const a = num2(s, i);
  const b = num2(s, i + 2);
  return a >= 0 && b >= 0 ? a * 100 + b : -1;
}

function dayMonthYear(d: number, m: number, y: number, textForm: boolean): DateRead {
  if (y < MIN_YEAR || y > MAX_YEAR) return { issue: 'impossible' };
  // 00/00/1945, 00/05/1945: how old records write a day or month nobody knows. Incomplete, not impossible.
  if (d === 0 && m === 0) return { issue: 'year-only' };
  if (d === 0 && m >= 1 && m <= 12) return { issue: 'month-year' };
  if (isRealDate(y, m, d)) {
    const serial = serialOf(y, m, d);
    return textForm ? { serial, issue: 'text-form' } : { serial };
  }
  // 05/13/1980: month first. Unambiguous only because 13 cannot be a month; still not safe to swap silently.
  if (m > 12 && d <= 12 && isRealDate(y, d, m)) return { issue: 'month-first', likely: serialOf(y, d, m) };
  return { issue: 'impossible' };
}

/** Vietnamese words a written-out date may contain: "ngày 01 tháng 5 năm 1980". */
const DATE_WORDS = /ng[aà]y|th[aá]ng|n[aă]m/gi;

/** "xx", "?" standing for an unknown day or month ("xx/xx/1945", "?/5/1945"): read as 00. */
const UNKNOWN_PART = /(^|[/.\-\s])(?:xx?|\?\??)(?=\s*[/.\-])/gi;

function readLooseDateText(s: string): DateRead {
  let text = s.replace(UNKNOWN_PART, '$100');
  // A time part after the date ("01/05/1980 00:00:00", "1980-05-01T00:00:00").
  const colon = text.indexOf(':');
  if (colon > 0) {
    const cut = Math.max(text.lastIndexOf(' ', colon), text.lastIndexOf('T', colon));
    if (cut <= 0) return { issue: 'not-date' };
    text = text.slice(0, cut).trim();
  }
  let worded = false;
  if (/[^\d\s/.\-]/.test(text)) {
    const stripped = text.replace(DATE_WORDS, ' ');
    if (/[^\d\s/.\-,]/.test(stripped)) return { issue: 'not-date' };
    text = stripped.replace(/,/g, ' ').trim();
    worded = true;
  }
  const groups: string[] = [];
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) cur += text[i];
    else if (cur) {
      groups.push(cur);
      cur = '';
    }
  }
  if (cur) groups.push(cur);
  if (groups.length === 1) {
    const g = groups[0];
    if (g.length === 4) return { issue: 'year-only' };
    if (g.length === 8 && !worded) return runTogether(g);
    return { issue: 'not-date' };
  }
  if (groups.length === 2) {
    const [a, b] = groups;
    if ((a.length <= 2 && b.length === 4) || (a.length === 4 && b.length <= 2)) return { issue: 'month-year' };
    return { issue: 'not-date' };
  }
  if (groups.length !== 3) return { issue: 'not-date' };
  const [a, b, c] = groups;
  if (a.length === 4 && b.length <= 2 && c.length <= 2) {
    // ISO-like year first: 1980-05-01, 1980/5/1.
    const y = Number(a);
    const m = Number(b);
    const d = Number(c);
    if (y >= MIN_YEAR && y <= MAX_YEAR && isRealDate(y, m, d)) return { serial: serialOf(y, m, d), issue: 'text-form' };
    return { issue: 'impossible' };
  }
  if (a.length <= 2 && b.length <= 2) {
    if (c.length === 4) return dayMonthYear(Number(a), Number(b), Number(c), true);
    if (c.length <= 2) return { issue: 'two-digit-year' };
  }
  return { issue: 'not-date' };
}

/** Eight digits run together: 01051980 (ddmmyyyy) or 19800501 (yyyymmdd); a likely date when exactly one reads. */
function runTogether(g: string): DateRead {
  const dmy = { d: Number(g.slice(0, 2)), m: Number(g.slice(2, 4)), y: Number(g.slice(4)) };
  const ymd = { y: Number(g.slice(0, 4)), m: Number(g.slice(4, 6)), d: Number(g.slice(6)) };
  const plausible = (x: { d: number; m: number; y: number }) =>
    x.y >= 1900 && x.y <= 2100 && isRealDate(x.y, x.m, x.d);
  const a = plausible(dmy);
  const b = plausible(ymd);
  if (a !== b) {
    const x = a ? dmy : ymd;
    return { issue: 'not-date', likely: serialOf(x.y, x.m, x.d) };
  }
  return { issue: 'not-date' };
}
