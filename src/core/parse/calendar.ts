/**
 * Calendar arithmetic on Excel serials without Date objects: the rules run it on every row, and
 * civil-from-days arithmetic is several times cheaper than `new Date`. Same results as core/dates.ts.
 */

/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Days 0 … 2199-12-31 unpacked once each: a column holds a few thousand distinct dates over 200,000 rows. */
const PACKED = new Int32Array(109574);

/** Year, month, day packed as yyyymmdd (e.g. 19800501); day-based, any time fraction ignored. */
export function packedYmd(serial: number): number {
  const day = Math.floor(serial);
  if (day >= 0 && day < PACKED.length) return PACKED[day] || (PACKED[day] = civilFromDays(day));
  return civilFromDays(day);
}

function civilFromDays(serialDay: number): number {
  // Howard Hinnant's civil_from_days.
  let z = serialDay - UNIX_EPOCH_SERIAL + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  z = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return z * 10000 + month * 100 + day;
}

export function yearOf(serial: number): number {
  return Math.floor(packedYmd(serial) / 10000);
}

/** Serial of a calendar date (no validity check). */
export function serialOf(year: number, month: number, day: number): number {
  // Hinnant's days_from_civil.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + UNIX_EPOCH_SERIAL;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function monthLength(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= monthLength(year, month);
}

/**
 * Whole months from a to b, a month counting only once its day is reached (ages, probation), or its last day when
 * it has no such day: born 29/02/2004, 18 full years on 28/02/2022, as plusMonths counts (29/02/2024 + 12 months
 * = 28/02/2025), and as the Civil Code ends a period whose month lacks the day (Điều 148).
 */
export function monthsBetween(a: number, b: number): number {
  return monthsBetweenPacked(packedYmd(a), packedYmd(b));
}

/** monthsBetween on dates already packed as yyyymmdd. */
export function monthsBetweenPacked(x: number, y: number): number {
  const xm = Math.floor(x / 100);
  const ym = Math.floor(y / 100);
  let months = (Math.floor(ym / 100) - Math.floor(xm / 100)) * 12 + ((ym % 100) - (xm % 100));
  const yd = y % 100;
  if (yd < x % 100 && yd < monthLength(Math.floor(ym / 100), ym % 100)) months -= 1;
  return months;
}

/** The same day n months later, clamped to the month's end (31/01 + 1 month = 28 or 29/02). */
export function plusMonths(serial: number, n: number): number {
  return plusMonthsPacked(packedYmd(serial), n);
}

/** plusMonths from a date packed as yyyymmdd; returns a serial. */
export function plusMonthsPacked(p: number, n: number): number {
  const total = Math.floor(p / 10000) * 12 + (Math.floor(p / 100) % 100) - 1 + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return serialOf(y, m, Math.min(p % 100, monthLength(y, m)));
}
