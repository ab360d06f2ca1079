import fc from 'fast-check';
import { addMonths, fullMonthsBetween, serialFromYmd, ymdFromSerial } from '../../../src/core/dates';
import { monthsBetween, packedYmd, plusMonths, serialOf, isRealDate } from '../../../src/core/parse/calendar';

// Serials from 01/03/1900 to 31/12/2199.
const serial = fc.integer({ min: 61, max: 109573 });

describe('calendar arithmetic without Date objects agrees with core/dates', () => {
  it('packedYmd and serialOf round-trip', () => {
    fc.assert(
      fc.property(serial, (s) => {
        const { year, month, day } = ymdFromSerial(s);
        expect(packedYmd(s)).toBe(year * 10000 + month * 100 + day);
        expect(serialOf(year, month, day)).toBe(s);
        expect(serialFromYmd(year, month, day)).toBe(s);
      }),
    );
  });

  it('monthsBetween = fullMonthsBetween, plusMonths = addMonths', () => {
    fc.assert(
      fc.property(serial, serial, fc.integer({ min: -30, max: 30 }), (a, b, n) => {
        expect(monthsBetween(a, b)).toBe(fullMonthsBetween(a, b));
        expect(plusMonths(a, n)).toBe(addMonths(a, n));
      }),
    );
  });

  it('a month with no such day counts at its last day, as plusMonths ends it: n months after a are n full months', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 100000 }), fc.integer({ min: 0, max: 1200 }), (a, n) => {
        expect(monthsBetween(a, plusMonths(a, n))).toBe(n);
        expect(monthsBetween(a, plusMonths(a, n) - 1)).toBe(n - 1);
      }),
    );
    // Born 29/02/2004: 18 full years on 28/02/2022, not a day later.
    expect(monthsBetween(serialOf(2004, 2, 29), serialOf(2022, 2, 28))).toBe(216);
    expect(monthsBetween(serialOf(2004, 2, 29), serialOf(2022, 2, 27))).toBe(215);
    expect(monthsBetween(serialOf(2024, 2, 29), serialOf(2025, 2, 28))).toBe(12);
    expect(monthsBetween(serialOf(1985, 3, 31), serialOf(1985, 4, 30))).toBe(1);
    expect(monthsBetween(serialOf(1985, 3, 31), serialOf(1985, 4, 29))).toBe(0);
    expect(fullMonthsBetween(serialFromYmd(2004, 2, 29), serialFromYmd(2022, 2, 28))).toBe(216);
  });

  it('knows leap years and month lengths', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2025, 4, 31)).toBe(false);
    expect(isRealDate(2025, 13, 1)).toBe(false);
  });
});
