/**
 * "Ngày vào Đảng" and "Ngày chính thức" (like "Ngày sinh") written over three sub-columns "Ngày" | "Tháng" | "Năm":
 * each is one date, with the same findings a single date cell would give, at the date's "Ngày" sub-column.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, putRow, type Checked } from './support';
import type { Finding } from '../../src/core/findings';
import { serialFromYmd } from '../../src/core/dates';

type Ymd = [number, number, number] | [undefined, undefined, number] | undefined;

/** [name, gender, birth, id, admission, official] — dates as [day, month, year]. */
const PEOPLE: [string, string, Ymd, string, Ymd, Ymd][] = [
  ['Nguyễn Văn An', 'Nam', [5, 1, 1960], '025060001111', [3, 3, 1985], [3, 3, 1986]],
  ['Lê Thị Hà', 'Nữ', [7, 6, 1972], '025172002222', [4, 4, 1998], [4, 4, 1999]],
  // 31/02: no such day
  ['Trần Văn Bình', 'Nam', [9, 9, 1980], '025080003333', [31, 2, 2005], [1, 3, 2006]],
  // admission missing
  ['Phạm Văn Tú', 'Nam', [9, 9, 1981], '025081003334', undefined, [5, 5, 2010]],
  // admission in the future
  ['Đỗ Thị Mai', 'Nữ', [2, 2, 1990], '025190004444', [1, 6, 2026], undefined],
  // official date before admission; only the year of the official date
  ['Vũ Văn Đức', 'Nam', [30, 4, 1985], '025085005555', [1, 7, 2010], [1, 7, 2009]],
  ['Hoàng Văn Nam', 'Nam', [1, 1, 1975], '025075006666', [2, 9, 2000], [undefined, undefined, 2001]],
  // admitted years ago, official date missing
  ['Bùi Thị Lan', 'Nữ', [3, 3, 1970], '025170007777', [3, 3, 2000], undefined],
];

const DATE_HEADS = ['Ngày sinh', 'Ngày vào Đảng', 'Ngày chính thức'];

/** Each of the three dates in three sub-columns, or (parts = false) in one cell as dd/mm/yyyy text. */
function book(parts: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN BẮC']);
  if (parts) {
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Số CCCD', ...DATE_HEADS.flatMap((h) => [h, undefined, undefined]), 'Chi bộ']);
    putRow(ws, 4, [undefined, undefined, undefined, undefined, ...DATE_HEADS.flatMap(() => ['Ngày', 'Tháng', 'Năm'])]);
    for (const c of ['A', 'B', 'C', 'D', 'N']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('E3:G3');
    ws.mergeCells('H3:J3');
    ws.mergeCells('K3:M3');
  } else {
    putRow(ws, 4, ['STT', 'Họ và tên', 'Giới tính', 'Số CCCD', ...DATE_HEADS, 'Chi bộ']);
  }
  PEOPLE.forEach(([name, gender, birth, id, admission, official], i) => {
    const dates = [birth, admission, official];
    const cells = parts
      ? dates.flatMap((x) => (x ? x : [undefined, undefined, undefined]))
      : dates.map((x) => (x ? x.filter((n) => n !== undefined).map((n) => String(n).padStart(2, '0')).join('/') : undefined));
    putRow(ws, 5 + i, [i + 1, name, gender, id, ...cells, 'Chi bộ Thôn Bắc']);
  });
  return wb;
}

/** A finding as "row field rule", whatever column layout the table has. */
const key = (f: Finding) => `${f.row} ${f.field} ${f.rule}`;

describe('dates over "Ngày" | "Tháng" | "Năm" sub-columns', () => {
  let parts: Checked;
  let single: Checked;
  beforeAll(async () => {
    parts = await checkBook(book(true), 'split-dates.xlsx');
    single = await checkBook(book(false), 'single-dates.xlsx');
  });

  it('each date is read from its three sub-columns, none of them a duplicate column', () => {
    const t = parts.result.tables[0];
    expect(t.kind).toBe('members');
    expect(t.duplicateColumns).toEqual([]);
    expect(t.columns).toMatchObject({ birthDate: 4, admissionDate: 7, officialDate: 10 });
    expect(t.birthDateParts).toEqual({ day: 4, month: 5, year: 6 });
    expect(t.dateParts).toEqual({
      birthDate: { day: 4, month: 5, year: 6 },
      admissionDate: { day: 7, month: 8, year: 9 },
      officialDate: { day: 10, month: 11, year: 12 },
    });
    const recs = parts.result.members[0].records;
    expect(recs.map((r) => r.admissionDate)).toEqual(single.result.members[0].records.map((r) => r.admissionDate));
    expect(recs.map((r) => r.officialDate)).toEqual(single.result.members[0].records.map((r) => r.officialDate));
    expect(recs[0].admissionDate).toBeDefined();
  });

  it('gives the findings one date cell would give', () => {
    const singles = single.result.findings.map(key).sort();
    // the fixture is not clean: the comparison means something
    expect(singles.length).toBeGreaterThanOrEqual(6);
    expect(parts.result.findings.map(key).sort()).toEqual(singles);
  });

  it('points each date finding at the "Ngày" sub-column of its own date', () => {
    const dayCol: Record<string, number> = { birthDate: 4, admissionDate: 7, officialDate: 10 };
    const dated = parts.result.findings.filter((f) => f.field !== null && f.field in dayCol);
    expect(dated.length).toBeGreaterThan(0);
    for (const f of dated) expect([f.field, f.col]).toEqual([f.field, dayCol[f.field as string]]);
  });

  it('"Ngày vào Đảng" merged over three columns with no sub-labels, the parts typed as text ("03")', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', undefined, undefined, 'Chi bộ']);
    ws.mergeCells('F1:H1');
    putRow(ws, 2, [1, 'Nguyễn Văn An', 'Nam', d(1960, 1, 5), '025060001111', '03', '03', '1985', 'Chi bộ Thôn Bắc']);
    putRow(ws, 3, [2, 'Lê Thị Hà', 'Nữ', d(1972, 6, 7), '025172002222', '04', '4', '1998', 'Chi bộ Thôn Bắc']);
    putRow(ws, 4, [3, 'Trần Văn Bình', 'Nam', d(1980, 9, 9), '025080003333', '-', '-', '-', 'Chi bộ Thôn Bắc']);
    const c = await checkBook(wb, 'admission-span-text.xlsx');
    expect(c.result.tables[0].dateParts).toEqual({ admissionDate: { day: 5, month: 6, year: 7 } });
    const recs = c.result.members[0].records;
    expect(recs.map((r) => r.admissionDate)).toEqual([serialFromYmd(1985, 3, 3), serialFromYmd(1998, 4, 4), undefined]);
    expect(c.result.findings.map(key)).toEqual(['4 admissionDate required']);
  });

  it('the birth date alone in parts still works, and a single admission date beside it is untouched', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Ngày sinh', undefined, undefined, 'Giới tính', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ']);
    putRow(ws, 2, [undefined, undefined, 'Ngày', 'Tháng', 'Năm']);
    for (const c of ['A', 'B', 'F', 'G', 'H', 'I']) ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells('C1:E1');
    putRow(ws, 3, [1, 'Nguyễn Văn An', 5, 1, 1960, 'Nam', '025060001111', d(1985, 3, 3), 'Chi bộ Thôn Bắc']);
    const c = await checkBook(wb, 'birth-parts-only.xlsx');
    const t = c.result.tables[0];
    expect(t.birthDateParts).toEqual({ day: 2, month: 3, year: 4 });
    expect(t.dateParts).toEqual({ birthDate: { day: 2, month: 3, year: 4 } });
    expect(c.result.members[0].records[0].admissionDate).toBeDefined();
    expect(c.result.findings.map(key)).toEqual([]);
  });
});

describe('"Vào Đảng" | "Chính thức" each over "Ngày" | "Tháng" | "Năm"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    const heads = ['Ngày sinh', 'Vào Đảng', 'Chính thức'];
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Số CCCD', ...heads.flatMap((h) => [h, undefined, undefined]), 'Chi bộ']);
    putRow(ws, 4, [undefined, undefined, undefined, undefined, ...heads.flatMap(() => ['Ngày', 'Tháng', 'Năm'])]);
    for (const col of ['A', 'B', 'C', 'D', 'N']) ws.mergeCells(`${col}3:${col}4`);
    ws.mergeCells('E3:G3');
    ws.mergeCells('H3:J3');
    ws.mergeCells('K3:M3');
    putRow(ws, 5, [1, 'Nguyễn Văn An', 'Nam', '025060001111', 5, 1, 1960, 3, 3, 1985, 3, 3, 1986, 'Chi bộ Thôn Bắc']);
    putRow(ws, 6, [2, 'Lê Thị Hà', 'Nữ', '025172002222', 7, 6, 1972, 4, 4, 1998, 4, 4, 1999, 'Chi bộ Thôn Bắc']);
    c = await checkBook(wb, 'split-dates-short-groups.xlsx');
  });

  it('reads "Chính thức" over the parts as the official date, not the member type', () => {
    const t = c.result.tables[0];
    expect(t.columns.memberType).toBeUndefined();
    expect(t.dateParts?.officialDate).toEqual({ day: 10, month: 11, year: 12 });
    expect(c.result.members[0].records.map((r) => r.officialDate)).toEqual([serialFromYmd(1986, 3, 3), serialFromYmd(1999, 4, 4)]);
    expect(c.result.findings).toEqual([]);
  });
});
