/**
 * Dates are Excel serial day numbers (days since 1899-12-30, the convention both Excel and
 * exceljs use for dates after 1 March 1900). Integers are days; a fraction is a time of day.
 */

const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86400000;

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function serialFromYmd(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
}

export function ymdFromSerial(serial: number): Ymd {
  const d = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** A JS Date holding a calendar date at UTC midnight (as exceljs returns dates) → serial. */
export function serialFromUtcDate(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

export function utcDateFromSerial(serial: number): Date {
  return new Date(EPOCH_MS + Math.round(serial * DAY_MS));
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

/** The format the plans use everywhere: dd/mm/yyyy. */
export function formatDate(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "2025-12-30" → serial; undefined when not an ISO date. */
export function serialFromIso(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : undefined;
}

export function isoFromSerial(serial: number): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/**
 * Whole months from a to b, counting a month only when its day is reached, or its last day when it has no such
 * day (for ages and probation: born 29/02/2004, 18 full years on 28/02/2022, as addMonths counts).
 */
export function fullMonthsBetween(a: number, b: number): number {
  const x = ymdFromSerial(a);
  const y = ymdFromSerial(b);
  let months = (y.year - x.year) * 12 + (y.month - x.month);
  if (y.day < x.day && y.day < daysInMonth(y.year, y.month)) months -= 1;
  return months;
}

/** The same calendar day n months later (clamped to the month's end: 31/01 + 1 month = 28 or 29/02). */
export function addMonths(serial: number, n: number): number {
  const { year, month, day } = ymdFromSerial(serial);
  const total = year * 12 + (month - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return serialFromYmd(y, m, Math.min(day, daysInMonth(y, m)));
}
