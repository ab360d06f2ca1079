/**
 * (d) An organisation list as a commune keeps it: the commune party committee on top (under "Huyện ủy …" in a list
 * made before July 2025, under "Tỉnh ủy …" after), chi bộ of villages, the school, the health station, the police
 * and the military, each with its member count, and a total row.
 */
import ExcelJS from 'exceljs';
import { checkBook, findingsOn, putRow, type Checked } from './support';

function orgSheet(wb: ExcelJS.Workbook, name: string, superior: string, topType: string, childType: string): void {
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, ['ĐẢNG BỘ XÃ TÂN LẬP']);
  putRow(ws, 2, ['DANH SÁCH TỔ CHỨC CƠ SỞ ĐẢNG']);
  putRow(ws, 4, ['STT', 'Tên tổ chức đảng', 'Loại hình tổ chức', 'Trực thuộc', 'Số đảng viên', 'Ghi chú']);
  putRow(ws, 5, ['1', '2', '3', '4', '5', '6']);
  const rows: [string, string, string, number][] = [
    ['Đảng bộ xã Tân Lập', topType, superior, 0],
    ['Chi bộ Thôn Đông', childType, 'Đảng bộ xã Tân Lập', 32],
    ['Chi bộ Thôn Tây', childType, 'Đảng bộ xã Tân Lập', 27],
    ['Chi bộ Trường THCS Tân Lập', childType, 'Đảng bộ xã Tân Lập', 12],
    ['Chi bộ Trạm Y tế xã', childType, 'Đảng bộ xã Tân Lập', 5],
    ['Chi bộ Công an xã', childType, 'Đảng bộ xã Tân Lập', 9],
    ['Chi bộ Quân sự xã', childType, 'Đảng bộ xã Tân Lập', 4],
  ];
  rows.forEach(([n, t, p, count], i) => putRow(ws, 6 + i, [i + 1, n, t, p, i === 0 ? undefined : count]));
  const total = 6 + rows.length;
  putRow(ws, total, [undefined, 'Tổng cộng']);
  ws.getCell(total, 5).value = { formula: `SUM(E7:E${total - 1})`, result: 89 };
  putRow(ws, total + 2, [undefined, undefined, undefined, 'T/M ĐẢNG ỦY']);
  putRow(ws, total + 3, [undefined, undefined, undefined, 'BÍ THƯ']);
}

describe('(d) organisation list of a commune', () => {
  let c: Checked;
  let old: Checked;
  beforeAll(async () => {
    // After July 2025: the commune committee is above grassroots level, under the province.
    const wb = new ExcelJS.Workbook();
    orgSheet(wb, 'Sau 2025', 'Tỉnh ủy Phú Thọ', 'Đảng bộ cấp trên cơ sở', 'Chi bộ cơ sở');
    c = await checkBook(wb, 'orgs.xlsx');
    // Before: the commune committee is a grassroots đảng bộ under the district; village chi bộ are chi bộ trực thuộc.
    const before = new ExcelJS.Workbook();
    orgSheet(before, 'Truoc 2025', 'Huyện ủy Tam Nông', 'Đảng bộ cơ sở', 'Chi bộ trực thuộc');
    old = await checkBook(before, 'orgs-2024.xlsx');
  });

  it('an organisation table of seven organisations (numbering row, total row and signatures left out)', () => {
    expect(c.result.tables.map((t) => [t.sheet, t.kind, t.dataRows.length])).toEqual([['Sau 2025', 'organisations', 7]]);
    expect(c.result.organisations[0].records.map((r) => r.memberCount)).toEqual([undefined, 32, 27, 12, 5, 9, 4]);
  });

  it('the superior outside the table is not an unknown parent; a valid hierarchy has no error', () => {
    expect(findingsOn(c.result, 'Sau 2025', (f) => f.severity === 'error')).toEqual([]);
    expect(findingsOn(old.result, 'Truoc 2025', (f) => f.severity === 'error')).toEqual([]);
  });

  it('"Trực thuộc" and "Loại hình" written once and merged down over the chi bộ apply to each of them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Merged');
    putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(ws, 2, [1, 'Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ']);
    putRow(ws, 3, [2, 'Chi bộ Thôn Đông', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập']);
    putRow(ws, 4, [3, 'Chi bộ Thôn Tây']);
    putRow(ws, 5, [4, 'Chi bộ Thôn Nam']);
    ws.mergeCells('C3:C5');
    ws.mergeCells('D3:D5');
    const m = await checkBook(wb, 'orgs-merged.xlsx');
    expect(m.result.organisations[0].records.map((r) => r.parent)).toEqual([
      'Tỉnh ủy Phú Thọ', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã Tân Lập', 'Đảng bộ xã Tân Lập',
    ]);
    expect(findingsOn(m.result, 'Merged', (f) => f.severity === 'error')).toEqual([]);
  });

  it('without a member table there is nothing to count members from: no org-size or org-empty', () => {
    expect(findingsOn(c.result, 'Sau 2025', (f) => f.rule === 'org-size' || f.rule === 'org-empty')).toEqual([]);
  });
});
