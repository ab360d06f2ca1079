import { readDate, readDateText } from '../../../src/core/parse/dates';
import { isDateFormat } from '../../../src/core/parse/numberFormat';
import { serialFromYmd } from '../../../src/core/dates';

const may1 = serialFromYmd(1980, 5, 1);

describe('readDate', () => {
  it('real dates and numbers with a date format are dates', () => {
    expect(readDate({ type: 'date', value: may1 })).toEqual({ serial: may1 });
    expect(readDate({ type: 'date', value: may1 + 0.5 })).toEqual({ serial: may1 });
    expect(readDate({ type: 'number', value: may1, format: 'dd/mm/yyyy' })).toEqual({ serial: may1 });
    expect(readDate({ type: 'number', value: may1, format: '[$-42A]d mmmm yyyy' })).toEqual({ serial: may1 });
  });

  it('a serial that lost its date format is still a date; a year is not', () => {
    expect(readDate({ type: 'number', value: may1, format: 'General' })).toEqual({ serial: may1, issue: 'number-form' });
    expect(readDate({ type: 'number', value: 1980, format: 'General' })).toEqual({ issue: 'year-only' });
    expect(readDate({ type: 'number', value: 12, format: 'General' })).toEqual({ issue: 'not-date' });
    expect(readDate({ type: 'number', value: 19800501, format: 'General' })).toEqual({ issue: 'not-date', likely: may1 });
  });

  it('a year typed into a date-formatted cell (Excel shows 02/06/1905) is a year, not a date in 1905', () => {
    expect(readDate({ type: 'date', value: 1980 })).toEqual({ issue: 'year-as-date' });
    expect(readDate({ type: 'number', value: 1945, format: 'dd/mm/yyyy' })).toEqual({ issue: 'year-as-date' });
    // Outside the years read (1800-2100), a serial is the date it is.
    expect(readDate({ type: 'date', value: 1799 })).toEqual({ serial: 1799 });
    expect(readDate({ type: 'date', value: 2101 })).toEqual({ serial: 2101 });
  });

  it('empty and error cells have no date', () => {
    expect(readDate({ type: 'empty', value: null })).toBeUndefined();
    expect(readDate({ type: 'error', value: '#N/A' })).toBeUndefined();
    expect(readDate({ type: 'boolean', value: true })).toEqual({ issue: 'not-date' });
  });
});

describe('readDateText', () => {
  it('dd/mm/yyyy exactly: a date with nothing to say', () => {
    expect(readDateText('01/05/1980')).toEqual({ serial: may1 });
    expect(readDateText(' 01/05/1980 ')).toEqual({ serial: may1 });
  });

  it.each(['1980-05-01', '1/5/1980', '01.05.1980', '01-05-1980', '1980/5/1', '01/05/1980 00:00:00', '1980-05-01T00:00:00', 'ngày 01 tháng 05 năm 1980'])(
    '%s is a date stored as text',
    (s) => expect(readDateText(s)).toEqual({ serial: may1, issue: 'text-form' }),
  );

  it.each([
    ['31/02/1980', 'impossible'],
    ['1980-02-30', 'impossible'],
    ['00/05/1980', 'month-year'], // a day nobody knows, as old records write it
    ['00/00/1980', 'year-only'],
    ['xx/xx/1980', 'year-only'],
    ['?/5/1980', 'month-year'],
    ['32/05/1980', 'impossible'],
    ['00/13/1980', 'impossible'],
    ['01/05/0980', 'impossible'],
    ['1/5/80', 'two-digit-year'],
    ['1980', 'year-only'],
    ['5/1980', 'month-year'],
    ['1980-05', 'month-year'],
    ['không rõ', 'not-date'],
    ['01/05/1980/2', 'not-date'],
    ['12:30', 'not-date'],
  ])('%s is invalid (%s)', (s, issue) => {
    expect(readDateText(s)?.issue).toBe(issue);
  });

  it('month written first: invalid, with the likely date', () => {
    expect(readDateText('05/13/1980')).toEqual({ issue: 'month-first', likely: serialFromYmd(1980, 5, 13) });
  });
});

describe('isDateFormat', () => {
  it.each(['dd/mm/yyyy', 'd/m/yy', 'mmm-yy', 'yyyy-mm-dd', '[$-409]d-mmm-yyyy;@', 'dd"/"mm"/"yyyy'])('%s is a date format', (f) =>
    expect(isDateFormat(f)).toBe(true));
  it.each(['General', '@', '0', '000000000000', '#,##0.00', 'h:mm', '[h]:mm:ss', '"Ngày"0', undefined])('%s is not', (f) =>
    expect(isDateFormat(f)).toBe(false));
});
