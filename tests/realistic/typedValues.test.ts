/**
 * (k) Dates and IDs as people type them: a date whose cell lost its date format (Excel shows 22723), two-digit
 * years, "00:00:00" left by an export, "ngày … tháng … năm …", month/year only, ISO and dotted dates, an old
 * 9-digit CMND, a trailing space after an ID, headers broken over two lines.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, putRow, type Checked } from './support';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  putRow(ws, 1, ['STT', 'Họ và\ntên', 'Giới\ntính', 'Ngày\nsinh', 'Số\nCCCD', 'Ngày vào\nĐảng', 'Ngày chính\nthức', 'Chi bộ']);
  const rows: (ExcelJS.CellValue | undefined)[][] = [
    [1, 'Nguyễn Văn Bảo', 'Nam', 22723, '037062001111', d(1985, 3, 3), d(1986, 3, 3), 'Chi bộ 1'],
    [2, 'Nguyễn Văn Cường', 'Nam', '12/03/75', '037075001111', d(1995, 3, 3), d(1996, 3, 3), 'Chi bộ 1'],
    [3, 'Nguyễn Văn Dũng', 'Nam', '12/03/1975 00:00:00', '168123456', d(1995, 3, 3), d(1996, 3, 3), 'Chi bộ 1'],
    [4, 'Nguyễn Văn Em', 'Nam', 'ngày 12 tháng 3 năm 1975', '037075001112 ', d(1995, 3, 3), d(1996, 3, 3), 'Chi bộ 1'],
    [5, 'Nguyễn Văn Giang', 'Nam', '3/1975', '037075001113', '19/5/1995', '19/05/1996', 'Chi bộ 1'],
    [6, 'Nguyễn Văn Hải', 'Nam', '1975-03-12', '037075001114', '19-05-1995', '19.05.1996', 'Chi bộ 1'],
  ];
  rows.forEach((r, i) => putRow(ws, 2 + i, r));
  return wb;
}

describe('(k) dates and IDs as typed', () => {
  let c: Checked;
  const at = (row: number, col: number) => c.result.findings.filter((f) => f.row === row && f.col === col);
  beforeAll(async () => {
    c = await checkBook(book(), 'typed.xlsx');
  });

  it('headers broken over two lines are recognised', () => {
    expect(c.result.tables[0].columns).toMatchObject({ fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5, officialDate: 6 });
  });

  it('a date that lost its format is read, with a warning that says it shows as a number and a fix', () => {
    const [f] = at(2, 3);
    expect(f.rule).toBe('date-text');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('22723');
    expect(f.message).not.toContain('là chữ');
    expect(f.suggestion).toBe('18/03/1962');
    expect(c.result.members[0].records[0].birthDate).toBe(22723);
  });

  it('two-digit years and month/year only are invalid; other readable forms are date-text with a fix', () => {
    expect(at(3, 3).map((f) => f.rule)).toEqual(['date-invalid']);
    expect(at(6, 3).map((f) => f.rule)).toEqual(['date-invalid']);
    for (const [row, col, fixed] of [[4, 3, '12/03/1975'], [5, 3, '12/03/1975'], [6, 5, '19/05/1995'], [7, 3, '12/03/1975'], [7, 5, '19/05/1995'], [7, 6, '19/05/1996']] as const) {
      expect(at(row, col).map((f) => [f.rule, f.suggestion])).toEqual([['date-text', fixed]]);
    }
  });

  it('an old CMND is reported as such; a trailing space after an ID is said to be at the end, not between digits', () => {
    expect(at(4, 4).map((f) => f.rule)).toEqual(['id-legacy-cmnd']);
    const [ws] = at(5, 4);
    expect(ws.rule).toBe('text-whitespace');
    expect(ws.message).not.toContain('xen giữa');
    expect(ws.suggestion).toBe('037075001112');
  });
});
