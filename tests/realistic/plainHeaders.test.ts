/**
 * (b) A list typed without diacritics, headers in UPPER CASE, IDs typed as numbers in General format, dates typed
 * as text ("12/3/1975") or only a year ("1975", as text or as a number).
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, rulesOnRow, type Checked } from './support';

const SHEET = 'Sheet1';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['DANG BO XA AN BINH']);
  putRow(ws, 2, ['DANH SACH DANG VIEN NAM 2025']);
  putRow(ws, 4, ['STT', 'HO VA TEN', 'GIOI TINH', 'NGAY SINH', 'SO CCCD', 'NGAY VAO DANG', 'NGAY CHINH THUC', 'CHI BO', 'DAN TOC', 'TON GIAO']);
  const rows: (ExcelJS.CellValue | undefined)[][] = [
    // 5: clean, ID as a number that lost its leading zero (11 digits), agrees with birth year and gender
    [1, 'NGUYỄN VĂN AN', 'Nam', d(1962, 3, 12), 34062001234, d(1990, 5, 19), d(1991, 5, 19), 'Chi bộ Thôn 1', 'Kinh', 'Không'],
    // 6: birth date typed as text d/m/yyyy; gender "NU"
    [2, 'TRẦN THỊ BÌNH', 'NU', '12/3/1975', 34175004321, d(2000, 9, 2), d(2001, 9, 2), 'Chi bộ Thôn 1', 'Kinh', 'Không'],
    // 7: birth year only, as text
    [3, 'LÊ VĂN CƯỜNG', 'Nam', '1958', 34058007777, d(1985, 2, 3), d(1986, 2, 3), 'Chi bộ Thôn 1', 'Kinh', 'Không'],
    // 8: birth year only, as a number in General format (not serial 1958 = 1905!)
    [4, 'PHẠM VĂN DŨNG', 'Nam', 1960, 34060002222, d(1988, 3, 3), d(1989, 3, 3), 'Chi bộ Thôn 2', 'Kinh', 'Không'],
    // 9: ID of a person registered in Hà Nội (two leading zeros lost) typed as a number, dates as text dd/mm/yyyy
    [5, 'ĐỖ THỊ HÀ', 'Nữ', '05/06/1980', 1180003333, '19/05/2005', '19/05/2006', 'Chi bộ Thôn 2', 'Kinh', 'Phật giáo'],
  ];
  rows.forEach((r, i) => putRow(ws, 5 + i, r));
  // The ID cells are plain numbers (General); exceljs leaves numFmt unset.
  return wb;
}

describe('(b) headers without diacritics, IDs as numbers, dates as text', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'plain.xlsx');
  });

  it('recognises the UPPER CASE headers without diacritics', () => {
    const t = c.result.tables[0];
    expect(t.kind).toBe('members');
    expect(t.headerRow).toBe(4);
    expect(Object.keys(t.columns).sort()).toEqual(
      ['admissionDate', 'birthDate', 'branch', 'ethnicity', 'fullName', 'gender', 'index', 'nationalId', 'officialDate', 'religion'],
    );
    expect(t.dataRows).toEqual([5, 6, 7, 8, 9]);
  });

  it('IDs that lost their zeros are restorable; UPPER CASE names are a style, not an error', () => {
    expect(rulesOnRow(c.result, SHEET, 5)).toEqual(['id-leading-zeros-lost']);
    expect(rulesOnRow(c.result, SHEET, 9)).toEqual(['id-leading-zeros-lost']);
    const fix = c.result.findings.find((f) => f.row === 5 && f.rule === 'id-leading-zeros-lost');
    expect(fix?.suggestion).toBe('034062001234');
  });

  it('a d/m/yyyy text date is accepted with a date-text warning; "NU" is a fixable gender', () => {
    expect(rulesOnRow(c.result, SHEET, 6)).toEqual(['date-text', 'gender-invalid', 'id-leading-zeros-lost']);
    const g = c.result.findings.find((f) => f.row === 6 && f.rule === 'gender-invalid');
    expect(g?.suggestion).toBe('Nữ');
  });

  it('a year alone is not a date of birth, whether typed as text or as a number', () => {
    expect(rulesOnRow(c.result, SHEET, 7)).toContain('date-invalid');
    expect(rulesOnRow(c.result, SHEET, 8)).toContain('date-invalid');
    // The number 1960 is not read as the serial day 1960 (a date in 1905): no admission-age or age finding.
    expect(rulesOnRow(c.result, SHEET, 8)).not.toContain('admission-age');
    expect(rulesOnRow(c.result, SHEET, 8)).not.toContain('age-implausible');
    expect(c.result.members[0].records.find((r) => r.row === 8)?.birthDate).toBeUndefined();
  });

  it('reports nothing on the title rows', () => {
    expect(findingsOn(c.result, SHEET).filter((s) => /^[A-Z]+[1-4] /.test(s))).toEqual([]);
  });
});
