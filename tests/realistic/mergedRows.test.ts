/**
 * (g) A working list: the chi bộ merged vertically over its members, a hidden helper column, a VLOOKUP that
 * returns #N/A for one member, and a total row with formulas at the bottom.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const SHEET = 'Tong hop';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['BẢNG TỔNG HỢP ĐẢNG VIÊN']);
  ws.mergeCells('A1:I1');
  putRow(ws, 3, ['STT', 'Chi bộ', 'Họ và tên', 'Mã', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Số điện thoại']);
  ws.getColumn(4).hidden = true; // a helper key for the VLOOKUP
  const members: [string, string, string, Date, string, Date, Date][] = [
    ['Chi bộ Thôn 1', 'Nguyễn Văn Ba', 'Nam', d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3)],
    ['Chi bộ Thôn 1', 'Hoàng Thị Tư', 'Nữ', d(1972, 6, 7), '025172002222', d(1998, 4, 4), d(1999, 4, 4)],
    ['Chi bộ Thôn 1', 'Lò Văn Năm', 'Nam', d(1990, 9, 9), '025090003333', d(2020, 5, 5), d(2021, 5, 5)],
    ['Chi bộ Thôn 2', 'Quàng Thị Sáu', 'Nữ', d(1985, 2, 2), '025185004444', d(2010, 6, 6), d(2011, 6, 6)],
    ['Chi bộ Thôn 2', 'Cầm Văn Bảy', 'Nam', d(1979, 12, 12), '025079005555', d(2005, 7, 7), d(2006, 7, 7)],
  ];
  members.forEach((m, i) => {
    const r = 4 + i;
    putRow(ws, r, [i + 1, m[0], m[1], `K${i + 1}`, m[2], m[3], m[4], m[5], m[6]]);
    // Phone looked up from another sheet; the last member is not in it.
    ws.getCell(r, 10).value =
      i === 4 ? { formula: `VLOOKUP(D${r},DT!A:B,2,0)`, result: { error: '#N/A' } } : { formula: `VLOOKUP(D${r},DT!A:B,2,0)`, result: `09123456${70 + i}` };
  });
  // The chi bộ written once and merged down over its members.
  ws.mergeCells('B4:B6');
  ws.mergeCells('B7:B8');
  putRow(ws, 9, ['Tổng cộng']);
  ws.mergeCells('A9:C9');
  ws.getCell('G9').value = { formula: 'COUNTA(G4:G8)', result: 5 };
  const dt = wb.addWorksheet('DT');
  ['K1', 'K2', 'K3', 'K4'].forEach((k, i) => putRow(dt, i + 1, [k, `09123456${70 + i}`]));
  return wb;
}

describe('(g) merged chi bộ cells, hidden column, #N/A and a total row', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'merged.xlsx');
  });

  it('the total row is not a member', () => {
    const t = c.result.tables.find((x) => x.sheet === SHEET)!;
    expect(t.dataRows).toEqual([4, 5, 6, 7, 8]);
  });

  it('a chi bộ merged down its members applies to every row of the merge (no required finding)', () => {
    const recs = c.result.members[0].records;
    expect(recs.map((r) => r.branch)).toEqual(['Chi bộ Thôn 1', 'Chi bộ Thôn 1', 'Chi bộ Thôn 1', 'Chi bộ Thôn 2', 'Chi bộ Thôn 2']);
    expect(findingsOn(c.result, SHEET, (f) => f.rule === 'required')).toEqual([]);
  });

  it('#N/A from the lookup is a cell-error-value; nothing else is wrong', () => {
    expect(findingsOn(c.result, SHEET)).toEqual(['J8 cell-error-value']);
    expect(c.result.members[0].records.map((r) => r.phone)).toEqual(['0912345670', '0912345671', '0912345672', '0912345673', undefined]);
  });

  it('the lookup sheet is not mistaken for a table', () => {
    expect(c.result.tables.map((t) => t.sheet)).toEqual([SHEET]);
  });
});
