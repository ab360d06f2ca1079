import ExcelJS from 'exceljs';
import { serialFromYmd } from '../../../src/core/dates';
import { buildAppendixSheet } from '../../../src/core/reports/appendix';
import { buildHistorySheet, historyPoint, readHistory } from '../../../src/core/reports/history';
import { computeProgress } from '../../../src/core/reports/progress';
import { buildProgressSheet } from '../../../src/core/reports/progressSheet';
import { APPENDIX_HEADERS, APPENDIX_TITLES, PROGRESS_HEADERS } from '../../../src/core/strings/reports';
import { writeWorkbookBuffer } from '../../../src/host/file/writeSheetSpec';
import { sheetFromWorksheet } from '../../../src/host/file/sheetFromWorksheet';
import { communeOrgs, finding, input, member, table } from './fakeInput';

async function roundTrip(specs: Parameters<typeof writeWorkbookBuffer>[1], existing?: string[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const name of existing ?? []) wb.addWorksheet(name);
  const bytes = await writeWorkbookBuffer(wb, specs);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(bytes as unknown as ArrayBuffer);
  return back;
}

describe('Phụ lục 01 sheet', () => {
  const records = [
    { row: 3, province: 'Phú Thọ', commune: 'Xã Hòa Bình', fullName: 'Nguyễn Văn An', birthDate: serialFromYmd(1980, 5, 1),
      nationalId: '025080000123', phone: '0912345678', position: 'Văn phòng', workplace: 'Đảng ủy xã', rights: [2, 1] },
    { row: 4, fullName: 'Trần Thị Bình', birthDate: serialFromYmd(1990, 12, 31), nationalId: '001190000456',
      phone: '0345678901', rights: [5] },
  ];

  it('has the official titles, the ten headers in order, STT, text IDs and phones, dd/mm/yyyy dates, "1, 2" rights', async () => {
    const wb = await roundTrip([buildAppendixSheet(records, { province: 'Phú Thọ', commune: 'Xã Hòa Bình' })], ['Phụ lục 01']);
    const ws = wb.getWorksheet('Phụ lục 01 (2)')!; // the name was taken: a numbered one, nothing overwritten
    expect(ws).toBeDefined();
    expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual([...APPENDIX_TITLES]);
    expect(ws.getRow(5).values).toEqual([undefined, ...APPENDIX_HEADERS]);
    expect([6, 7].map((r) => ws.getCell(r, 1).value)).toEqual([1, 2]);
    expect(ws.getCell('F6').value).toBe('025080000123');
    expect(ws.getCell('F6').numFmt).toBe('@');
    expect(ws.getCell('F7').value).toBe('001190000456');
    expect(ws.getCell('G6').value).toBe('0912345678');
    expect(ws.getCell('E6').value).toEqual(new Date(Date.UTC(1980, 4, 1)));
    expect(ws.getCell('E6').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('J6').value).toBe('1, 2');
    expect(ws.getCell('J7').value).toBe('5');
    expect(ws.getCell('B7').value).toBe('Phú Thọ'); // typed once, used where the row had none
    expect(ws.getCell('C7').value).toBe('Xã Hòa Bình');
    const after = [9, 10].map((r) => String(ws.getCell(r, 1).value));
    expect(after[0]).toContain('(5) Làm huy hiệu Đảng');
    expect(after[1]).toBe('Lưu ý: Có thể lựa chọn một hoặc nhiều lựa chọn trên');
    expect(ws.getCell('D5').alignment?.wrapText).toBe(true);
    expect(ws.getCell('D6').border?.left?.style).toBe('thin');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
    expect(ws.getColumn(4).width).toBeGreaterThan(15);
  });
});

describe('progress report and history sheets', () => {
  const orgs = communeOrgs();
  const members = [
    member(2, 'Chi bộ Thôn Đông', { reviewed: true }), member(3, 'Chi bộ Thôn Đông'),
    member(4, 'Chi bộ Giáo viên', { reviewed: true }), member(5, 'Chi bộ Hành chính'), member(6, 'Nơi khác'),
  ];
  const data = input({
    organisations: [{ table: table('TC', 'organisations', orgs.length), records: orgs }],
    members: [{ table: table('ĐV', 'members', members.length, { reviewed: 9 }), records: members }],
    findings: [finding('ĐV', 3, 'correct'), finding('ĐV', 5, 'current'), finding('ĐV', 5, 'clean')],
  });
  const asOf = serialFromYmd(2026, 3, 2);
  const report = computeProgress(data, asOf);
  const earlier = { date: serialFromYmd(2026, 2, 23), total: 5, reviewed: 1, reviewedPct: 20, standardised: 1, standardisedPct: 20, errors: 7 };
  const history = [earlier, historyPoint(report)];

  it('writes header block, headers, indented rows, subtotals, totals and the targets', async () => {
    const wb = await roundTrip([buildProgressSheet(report, { historyCount: 2 }), buildHistorySheet(history)]);
    const ws = wb.getWorksheet('Báo cáo tiến độ')!;
    expect(ws.getCell('A1').value).toBe('ĐẢNG BỘ XÃ HÒA BÌNH');
    expect(ws.getCell('A3').value).toBe('BÁO CÁO TIẾN ĐỘ LÀM SẠCH, CHUẨN HÓA DỮ LIỆU ĐẢNG VIÊN');
    expect(ws.getCell('A4').value).toBe('Số liệu tính đến ngày 02/03/2026');
    expect((ws.getRow(6).values as unknown[]).slice(1, 13)).toEqual([...PROGRESS_HEADERS]);
    const rowOf = (label: string): number => {
      for (let r = 7; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === label) return r;
      throw new Error(label);
    };
    const num = (label: string, col: number): number => ws.getCell(rowOf(label), col).value as number;
    expect(num('Chi bộ Thôn Đông', 2)).toBe(2);
    expect(num('Chi bộ Thôn Đông', 3)).toBe(1);
    expect(num('Chi bộ Thôn Đông', 4)).toBe(50);
    expect(ws.getCell(rowOf('Chi bộ Giáo viên'), 1).alignment?.indent).toBe(2);
    for (let col = 2; col <= 12; col++) {
      if (col === 4 || col === 6) continue;
      expect(num('Cộng Đảng bộ Trường THCS', col)).toBe(
        num('Đảng bộ Trường THCS', col) + num('Chi bộ Giáo viên', col) + num('Chi bộ Hành chính', col),
      );
    }
    expect(num('Chưa xác định chi bộ', 2)).toBe(1);
    expect(num('Tổng cộng', 2)).toBe(5);
    expect(num('Tổng cộng', 3)).toBe(2);
    expect(num('Tổng cộng', 4)).toBe(40);
    expect(num('Tổng cộng', 5)).toBe(3);
    expect(num('Tổng cộng', 6)).toBe(60);
    expect(num('Tổng cộng', 7)).toBe(2);
    expect([8, 9, 10, 11, 12].map((c) => num('Tổng cộng', c))).toEqual([0, 1, 1, 1, 0]);
    const footer = [rowOf('Tổng cộng') + 2, rowOf('Tổng cộng') + 3].map((r) => String(ws.getCell(r, 1).value));
    expect(footer[0]).toBe('Mục tiêu 100% hồ sơ đảng viên được rà soát: đã đạt 40,0%, còn 3 hồ sơ chưa rà soát.');
    expect(footer[1]).toBe('Mục tiêu 100% dữ liệu đảng viên được chuẩn hóa: đã đạt 60,0%, còn 2 đảng viên có dữ liệu còn lỗi.');
    expect(ws.pageSetup.printTitlesRow).toBe('6:6');
  });

  it('keeps history rows readable for the next report, which appends one', async () => {
    const wb = await roundTrip([buildHistorySheet(history)]);
    const back = readHistory(sheetFromWorksheet(wb.getWorksheet('Lịch sử tiến độ')!));
    expect(back).toEqual(history);
    const next = [...back, { ...historyPoint(report), date: serialFromYmd(2026, 3, 9) }];
    const wb2 = await roundTrip([buildHistorySheet(next)]);
    const ws = wb2.getWorksheet('Lịch sử tiến độ')!;
    expect(ws.getCell('A4').value).toEqual(new Date(Date.UTC(2026, 1, 23)));
    expect(ws.getCell('A6').value).toEqual(new Date(Date.UTC(2026, 2, 9)));
    expect(ws.getCell('D6').value).toBe(40);
    expect(ws.getCell('F6').value).toBe(60);
    expect(ws.getCell('G6').value).toBe(3);
  });

  it('has a bar chart per organisation and, from two history points, a trend line', () => {
    const spec = buildProgressSheet(report, { historyCount: 2 });
    expect(spec.charts.map((c) => c.type)).toEqual(['bar', 'line']);
    const bar = spec.charts[0];
    const labels = spec.cells.filter((c) => c.col === bar.categories.col && c.row >= bar.categories.firstRow && c.row <= bar.categories.lastRow);
    expect(labels.map((c) => c.value)).toEqual(['Chi bộ Thôn Đông', 'Chi bộ Giáo viên', 'Chi bộ Hành chính', 'Chưa xác định chi bộ']);
    expect(buildProgressSheet(report, { historyCount: 1 }).charts.map((c) => c.type)).toEqual(['bar']);
  });
});
