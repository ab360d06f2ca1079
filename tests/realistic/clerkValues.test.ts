/**
 * Values as commune clerks type them, in a plain member list: dates in every display format and as typed text,
 * a year typed into a date cell, IDs with dots, phones stored as numbers or with words beside them, list values
 * in abbreviations, ethnic-minority names, addresses with abbreviated units. Clean variants must stay quiet;
 * the others get one finding that says what is wrong, with a safe suggestion.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, putRow, rulesOnRow, type Checked } from './support';

const SHEET = 'Đảng viên';
const HEADER = [
  'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ',
  'Dân tộc', 'Tôn giáo', 'Nơi ở hiện nay', 'Số điện thoại', 'Trình độ GDPT', 'Lý luận chính trị', 'Loại đảng viên',
];
const COL = Object.fromEntries(HEADER.map((h, i) => [h, i + 1]));

/** A synthetic 12-digit ID agreeing with birth year and gender: Ninh Bình code, century/gender digit, year, serial. */
function id(year: number, female: boolean, serial: number): string {
  const g = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `037${g}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}

type Value = ExcelJS.CellValue | { v: ExcelJS.CellValue; fmt: string };
interface Person {
  name: string;
  female?: boolean;
  birth?: Date;
  over?: Partial<Record<string, Value>>;
}

const FIRST_ROW = 4;

/** One member per row; over replaces a column's clean value with the variant under test. */
const PEOPLE: Person[] = [
  // 4-7: real dates in every display format a workbook carries (d/m/yyyy, dd/mm/yy, a US-locale m/d/yyyy file)
  { name: 'Nguyễn Văn An', over: { 'Ngày sinh': { v: d(1980, 5, 2), fmt: 'd/m/yyyy' } } },
  { name: 'Trần Văn Bình', over: { 'Ngày sinh': { v: d(1981, 5, 2), fmt: 'dd/mm/yy' } } },
  { name: 'Lê Văn Cường', over: { 'Ngày sinh': { v: d(1982, 5, 2), fmt: 'mm/dd/yyyy' } } },
  { name: 'Phạm Văn Dũng', over: { 'Ngày sinh': { v: d(1983, 5, 2), fmt: 'm/d/yy' } } },
  // 8-11: phones written in groups, with the country code, a landline
  { name: 'Hoàng Văn Đức', over: { 'Số điện thoại': '0912.345.678' } },
  { name: 'Vũ Văn Giang', over: { 'Số điện thoại': '0912 345 679' } },
  { name: 'Đặng Văn Hải', over: { 'Số điện thoại': '+84912345670' } },
  { name: 'Bùi Văn Hùng', over: { 'Số điện thoại': '0243 8123 456' } },
  // 12-16: ethnic-minority names and list values in their accepted spellings
  { name: "H' Nhi Niê", female: true, over: { 'Dân tộc': 'Ê đê', 'Tôn giáo': 'Tin Lành' } },
  { name: 'Y-Ngông Niê Kdăm', over: { 'Dân tộc': 'Ê-đê', 'Lý luận chính trị': 'Trung cấp' } },
  { name: "Ksor H'Blin", female: true, over: { 'Dân tộc': 'Gia Rai', 'Tôn giáo': 'Thiên chúa giáo' } },
  { name: 'Lê Thị Ánh Hồng', female: true, over: { 'Dân tộc': 'Kinh (Việt)', 'Trình độ GDPT': '10/10' } },
  { name: 'Giàng A Páo', over: { 'Dân tộc': "H'Mông", 'Trình độ GDPT': '9/12', 'Lý luận chính trị': 'Chưa qua đào tạo' } },
  // 17-18: the two tone placements, both legal spellings
  { name: 'Nguyễn Thị Thuý', female: true, birth: d(1990, 1, 1) },
  { name: 'Nguyễn Thị Thúy', female: true, birth: d(1991, 1, 1) },
  // 19-20: new-style addresses, the province-level city abbreviated
  { name: 'Đỗ Văn Khoa', over: { 'Nơi ở hiện nay': 'Số 5 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh' } },
  { name: 'Ngô Văn Lâm', over: { 'Nơi ở hiện nay': 'Tổ 3, phường Hà Đông, Tp Hà Nội' } },
  // 21: the very old: born 1920, admitted 1946
  { name: 'Đinh Văn Long', birth: d(1920, 8, 19), over: { 'Ngày vào Đảng': d(1946, 3, 3), 'Ngày chính thức': d(1947, 3, 3) } },
  // 22: a probationary member, "Dự bị" written where the official date will go
  { name: 'Âu Văn Lợi', over: { 'Loại đảng viên': 'Dự bị', 'Ngày vào Đảng': d(2025, 5, 19), 'Ngày chính thức': 'Dự bị' } },
  // 23: a year typed into a date-formatted cell: Excel shows 02/06/1905
  { name: 'Hồ Văn Minh', birth: d(1980, 1, 1), over: { 'Ngày sinh': { v: 1980, fmt: 'dd/mm/yyyy' } } },
  // 24: an unknown day and month, written as old records do
  { name: 'Dương Văn Nam', birth: d(1945, 1, 1), over: { 'Ngày sinh': '00/00/1945', 'Ngày vào Đảng': d(1975, 3, 3), 'Ngày chính thức': d(1976, 3, 3) } },
  // 25: an ID written with dots whose gender digit says female
  { name: 'Lý Văn Nghĩa', birth: d(1980, 7, 7), over: { 'Số CCCD': '037.180.004.321' } },
  // 26-29: phones typed without the 0, shown right only by a format, with the country code in a number, with words
  { name: 'Mai Văn Phong', over: { 'Số điện thoại': '912345671' } },
  { name: 'Tạ Văn Phúc', over: { 'Số điện thoại': { v: 912345672, fmt: '0000000000' } } },
  { name: 'Lò Văn Quang', over: { 'Số điện thoại': 84912345673 } },
  { name: 'Hà Văn Sơn', over: { 'Số điện thoại': 'ĐT: 0912345674' } },
  // 30: a probationary member written "DB", admitted long ago: overdue, not missing an official date
  { name: 'Cao Văn Tài', over: { 'Loại đảng viên': 'DB', 'Ngày vào Đảng': d(2015, 3, 3), 'Ngày chính thức': null } },
  // 31-32: abbreviations of list values
  { name: 'Kiều Văn Thắng', over: { 'Lý luận chính trị': 'TC' } },
  { name: 'Lương Văn Thành', over: { 'Tôn giáo': 'Ko' } },
  // 33: an old district abbreviated
  { name: 'Triệu Văn Toàn', birth: d(1975, 7, 7), over: { 'Nơi ở hiện nay': '123 Trần Hưng Đạo, P.5, Q.1, TP.HCM' } },
  // 34: an ID pasted in with a visible apostrophe (a CSV export), a Hà Nội landline with the old area code
  { name: 'Phan Văn Trung', birth: d(1978, 7, 7), over: { 'Số CCCD': "'037078004322", 'Số điện thoại': '04 3812 3456' } },
];

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ GIA VIỄN']);
  putRow(ws, 3, HEADER);
  PEOPLE.forEach((p, i) => {
    const row = FIRST_ROW + i;
    const birth = p.birth ?? d(1980 + (i % 15), 3, 10);
    const clean: Record<string, Value> = {
      'STT': i + 1, 'Họ và tên': p.name, 'Giới tính': p.female ? 'Nữ' : 'Nam', 'Ngày sinh': birth,
      'Số CCCD': id(birth.getUTCFullYear(), !!p.female, 1000 + i), 'Ngày vào Đảng': d(2010, 5, 19),
      'Ngày chính thức': d(2011, 5, 19), 'Chi bộ': 'Chi bộ Thôn 1', 'Dân tộc': 'Kinh', 'Tôn giáo': 'Không',
      'Nơi ở hiện nay': 'Thôn 1, xã Gia Viễn, tỉnh Ninh Bình', 'Số điện thoại': `09${String(87650000 + i)}`,
      'Trình độ GDPT': '12/12', 'Lý luận chính trị': 'Sơ cấp', 'Loại đảng viên': 'Chính thức',
    };
    for (const [header, value] of Object.entries({ ...clean, ...p.over })) {
      if (value === null || value === undefined) continue;
      const cell = ws.getCell(row, COL[header]);
      if (typeof value === 'object' && 'fmt' in value) {
        cell.value = value.v;
        cell.numFmt = value.fmt;
      } else putRow(ws, row, [value as ExcelJS.CellValue], COL[header]);
    }
  });
  return wb;
}

describe('values as clerks type them', () => {
  let c: Checked;
  const rowOf = (name: string) => FIRST_ROW + PEOPLE.findIndex((p) => p.name === name);
  const on = (name: string) => rulesOnRow(c.result, SHEET, rowOf(name));
  const finding = (name: string, rule: string) => c.result.findings.find((f) => f.row === rowOf(name) && f.rule === rule);

  beforeAll(async () => {
    c = await checkBook(book(), 'clerk-values.xlsx');
  });

  it('reads every column and every row', () => {
    const t = c.result.tables[0];
    expect(Object.keys(t.columns)).toHaveLength(HEADER.length);
    expect(t.dataRows).toHaveLength(PEOPLE.length);
  });

  it('stays quiet on clean variants: date display formats, grouped phones, accepted spellings, both tone placements, new addresses, the very old, "Dự bị" for no official date yet', () => {
    const quiet = PEOPLE.slice(0, rowOf('Hồ Văn Minh') - FIRST_ROW).map((p) => [p.name, on(p.name)]);
    expect(quiet).toEqual(quiet.map(([name]) => [name, []]));
  });

  it('a year typed into a date cell is one date-invalid naming the year, not a member aged 120', () => {
    expect(on('Hồ Văn Minh')).toEqual(['date-invalid']);
    expect(finding('Hồ Văn Minh', 'date-invalid')?.message).toContain('“1980”');
    expect(finding('Hồ Văn Minh', 'date-invalid')?.message).toContain('02/06/1905');
  });

  it('00/00/1945 is a birth date with only its year', () => {
    expect(on('Dương Văn Nam')).toEqual(['date-invalid']);
    expect(finding('Dương Văn Nam', 'date-invalid')?.message).toContain('chỉ có năm');
  });

  it('an ID with dots: the dots and, behind them, the wrong gender digit', () => {
    expect(on('Lý Văn Nghĩa')).toEqual(['id-format', 'id-gender']);
    expect(finding('Lý Văn Nghĩa', 'id-format')?.suggestion).toBe('037180004321');
  });

  it('phones: each message says what the cell holds, with a safe suggestion', () => {
    const noZero = finding('Mai Văn Phong', 'phone-invalid');
    expect([noZero?.suggestion, noZero?.message]).toEqual(['0912345671', expect.stringContaining('thiếu số 0')]);
    expect(noZero?.message).not.toContain('dạng số');

    const padded = finding('Tạ Văn Phúc', 'phone-invalid');
    expect([padded?.suggestion, padded?.message]).toEqual(['0912345672', expect.stringContaining('“0912345672” đang lưu dạng số')]);

    expect(finding('Lò Văn Quang', 'phone-invalid')?.suggestion).toBe('0912345673');
    const words = finding('Hà Văn Sơn', 'phone-invalid');
    expect([words?.suggestion, words?.fix]).toEqual(['0912345674', undefined]);
    for (const name of ['Mai Văn Phong', 'Tạ Văn Phúc', 'Lò Văn Quang', 'Hà Văn Sơn']) expect(on(name)).toEqual(['phone-invalid']);
  });

  it('"DB" long after admission: probation overdue and the spelling suggested, no demand for an official date', () => {
    expect(on('Cao Văn Tài')).toEqual(['probation-overdue', 'value-not-in-list']);
    expect(finding('Cao Văn Tài', 'value-not-in-list')?.suggestion).toBe('Dự bị');
  });

  it('abbreviations get the list value suggested, never replaced', () => {
    for (const [name, value] of [['Kiều Văn Thắng', 'Trung cấp'], ['Lương Văn Thành', 'Không']]) {
      const f = finding(name, 'value-not-in-list');
      expect([name, f?.suggestion, f?.fix]).toEqual([name, value, undefined]);
    }
  });

  it('a pasted apostrophe before an ID and an old Hà Nội area code: suggestions, no fix', () => {
    expect(on('Phan Văn Trung')).toEqual(['id-format', 'phone-invalid']);
    expect(finding('Phan Văn Trung', 'id-format')?.suggestion).toBe('037078004322');
    expect(finding('Phan Văn Trung', 'phone-invalid')?.suggestion).toBe('02438123456');
  });

  it('an abbreviated old district is quoted as typed', () => {
    expect(on('Triệu Văn Toàn')).toEqual(['address-old-unit']);
    expect(finding('Triệu Văn Toàn', 'address-old-unit')?.message).toContain('“Q.1”');
  });
});

/**
 * Dates typed day first in an Excel that reads month first (Windows set to English - United States): what the clerk
 * typed as "05/03/1980" is stored as 3 May, while "25/03/1980" stays text. Synthetic members; typed[i] is what
 * the clerk typed (dd/mm/yyyy) for birth, admission and official dates.
 */
const TYPED: [string, string, string][] = [
  ['05/03/1980', '19/05/2005', '19/05/2006'],
  ['11/02/1975', '03/02/2000', '03/02/2001'],
  ['25/12/1968', '02/09/1995', '02/09/1996'],
  ['07/08/1985', '10/10/2010', '10/10/2011'],
  ['30/04/1990', '07/11/2015', '07/11/2016'],
  ['01/06/1972', '12/03/1998', '12/03/1999'],
];

/** As a US-locale Excel stores what was typed: a real date when the first number can be a month, else the text. */
function usLocale(typed: string): ExcelJS.CellValue {
  const [a, b, y] = typed.split('/').map(Number);
  return a <= 12 ? d(y, a, b) : typed;
}

function usBook(store: (typed: string, member: number) => ExcelJS.CellValue): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  const names = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường', 'Phạm Văn Dũng', 'Hoàng Văn Đức', 'Vũ Văn Giang'];
  TYPED.forEach(([birth, admission, official], i) => {
    const year = Number(birth.slice(6));
    const dates = [birth, admission, official].map((t) => store(t, i));
    putRow(ws, 2 + i, [i + 1, names[i], 'Nam', dates[0], id(year, false, 5000 + i), dates[1], dates[2], 'Chi bộ Thôn 1']);
    // A US-locale Excel shows its dates month first.
    for (const col of [4, 6, 7]) if (dates[col === 4 ? 0 : col === 6 ? 1 : 2] instanceof Date) ws.getCell(2 + i, col).numFmt = 'm/d/yyyy';
  });
  return wb;
}

describe('dates typed day first in a month-first (US-locale) Excel', () => {
  it('every real date whose day and month differ is reported with the date most likely typed; no fix', async () => {
    const c = await checkBook(usBook(usLocale), 'us-locale.xlsx');
    const swapped = c.result.findings.filter((f) => f.rule === 'date-invalid');
    const expected: string[] = [];
    TYPED.forEach((dates, i) =>
      dates.forEach((typed, k) => {
        const [a, b] = typed.split('/').map(Number);
        if (a <= 12 && a !== b) expected.push(`${2 + i}:${[3, 5, 6][k]}:${typed}`);
      }),
    );
    expect(swapped.map((f) => `${f.row}:${f.col}:${f.suggestion}`).sort()).toEqual(expected.sort());
    expect(swapped.every((f) => f.fix === undefined && f.severity === 'error')).toBe(true);
    expect(swapped.find((f) => f.row === 2 && f.col === 3)?.message).toContain('03/05/1980 (ngày 3 tháng 5)');
  });

  it('the same dates entered right say nothing, all real or some kept as text', async () => {
    const right = (typed: string) => {
      const [a, b, y] = typed.split('/').map(Number);
      return d(y, b, a);
    };
    const c = await checkBook(usBook(right), 'vn-locale.xlsx');
    expect(c.result.findings.filter((f) => f.rule === 'date-invalid')).toEqual([]);
    // Text dates of every kind beside real ones, some with a day above 12: a day-first Excel, nothing swapped.
    const mixed = await checkBook(usBook((t, member) => (member % 2 ? t : right(t))), 'mixed.xlsx');
    expect(mixed.result.findings.filter((f) => f.rule === 'date-invalid')).toEqual([]);
  });
});
