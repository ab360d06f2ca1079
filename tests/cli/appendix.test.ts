import { existsSync } from 'fs';
import * as path from 'path';
import { APPENDIX_HEADERS, APPENDIX_TITLES } from '../../src/core/strings/reports';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir, readBack, utcDate, writeWorkbook, type SpecEntry } from '../helpers/xlsx';

const HEADER = [
  'STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác',
  'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống',
];
const GOOD: SpecEntry[][] = [
  [1, 'Ninh Bình', 'Xã Yên Thành', 'Nguyễn Thị Lan', utcDate(1985, 4, 12), '037185000257', '0912345678', 'Văn phòng Đảng ủy', 'Đảng ủy xã', '1, 2'],
  [2, '', '', 'Trần Văn Minh', '05/06/1980', '001080012345', '0987654321', 'Bí thư chi bộ', 'Chi bộ Thôn 1', '2'],
  [3, 'Ninh Bình', 'Xã Yên Thành', 'Lê Văn Hùng', utcDate(1975, 9, 2), '037075001234', '0903111222', 'Cán bộ', 'Đảng ủy xã', '3;4;5'],
];
const BAD_ID_ROW: SpecEntry[] = [4, 'Ninh Bình', 'Xã Yên Thành', 'Phạm Thị Hoa', utcDate(1990, 7, 15), '03719000567', '0356789012', 'Cán bộ', 'Đảng ủy xã', '2'];

function accountsSheet(rows: SpecEntry[][]) {
  return { name: 'Đề nghị cấp tài khoản', rows: [['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN'], [], HEADER, ...rows] };
}

describe('dvcheck appendix', () => {
  const dir = makeTempDir();

  it('writes Phụ lục 01: titles, the ten headers, STT, text IDs and phones, dates, rights "1, 2"', async () => {
    await writeWorkbook(dir, 'tk.xlsx', [accountsSheet(GOOD)]);
    const run = await runCliCaptured(['appendix', 'tk.xlsx', '--out', 'pl01.xlsx', '--province', 'Ninh Bình', '--commune', 'Xã Yên Thành', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const ws = (await readBack(path.join(dir, 'pl01.xlsx'))).getWorksheet('Phụ lục 01')!;
    expect([1, 2, 3].map((r) => ws.getCell(r, 1).value)).toEqual([...APPENDIX_TITLES]);
    expect((ws.getRow(5).values as unknown[]).slice(1)).toEqual([...APPENDIX_HEADERS]);
    expect([6, 7, 8].map((r) => ws.getCell(r, 1).value)).toEqual([1, 2, 3]);
    expect([6, 7, 8].map((r) => ws.getCell(r, 4).value)).toEqual(['Nguyễn Thị Lan', 'Trần Văn Minh', 'Lê Văn Hùng']);
    for (const r of [6, 7, 8]) {
      expect(typeof ws.getCell(r, 6).value).toBe('string');
      expect(ws.getCell(r, 6).value).toMatch(/^\d{12}$/);
      expect(ws.getCell(r, 6).numFmt).toBe('@');
      expect(ws.getCell(r, 7).value).toMatch(/^0\d{9}$/);
      expect(ws.getCell(r, 5).numFmt).toBe('dd/mm/yyyy');
    }
    expect(ws.getCell('F6').value).toBe('037185000257');
    expect(ws.getCell('E7').value).toEqual(new Date(Date.UTC(1980, 5, 5))); // text "05/06/1980" became a real date
    expect([6, 7, 8].map((r) => ws.getCell(r, 10).value)).toEqual(['1, 2', '2', '3, 4, 5']);
    expect(ws.getCell('B7').value).toBe('Ninh Bình'); // --province where the row had none
    expect(ws.getCell('C7').value).toBe('Xã Yên Thành');
    expect(ws.getCell(11, 1).value).toBe('Lưu ý: Có thể lựa chọn một hoặc nhiều lựa chọn trên');
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
  });

  it('stops on a bad ID: lists the row on stderr, exit 1, writes nothing', async () => {
    await writeWorkbook(dir, 'tk-loi.xlsx', [accountsSheet([...GOOD, BAD_ID_ROW])]);
    const run = await runCliCaptured(['appendix', 'tk-loi.xlsx', '--out', 'pl01-loi.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ô F7');
    expect(run.stderr).toContain('--force');
    expect(existsSync(path.join(dir, 'pl01-loi.xlsx'))).toBe(false);
  });

  it('with --force includes the bad row, flagged in colour and in a note, never silently', async () => {
    const run = await runCliCaptured(['appendix', 'tk-loi.xlsx', '--out', 'pl01-force.xlsx', '--force', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('ô F7');
    const ws = (await readBack(path.join(dir, 'pl01-force.xlsx'))).getWorksheet('Phụ lục 01')!;
    expect(ws.getCell('A9').value).toBe(4);
    expect(ws.getCell('F9').value).toBe('03719000567');
    expect((ws.getCell('F9').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC');
    expect((ws.getCell('F8').fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb).not.toBe('FFFFF2CC');
    const notes = [12, 13, 14].map((r) => String(ws.getCell(r, 1).value ?? ''));
    expect(notes.some((n) => n.includes('1 dòng còn lỗi'))).toBe(true);
  });

  it('refuses bad arguments and a file without an accounts table (exit 2)', async () => {
    await writeWorkbook(dir, 'khac.xlsx', [{ name: 'Ghi chú', rows: [['Biên bản']] }]);
    expect((await runCliCaptured(['appendix', 'tk.xlsx'], dir)).code).toBe(2);
    expect((await runCliCaptured(['appendix', 'tk.xlsx', '--out', 'tk.xlsx'], dir)).code).toBe(2);
    expect((await runCliCaptured(['appendix', 'tk.xlsx', '--out', 'x.csv'], dir)).code).toBe(2);
    const none = await runCliCaptured(['appendix', 'khac.xlsx', '--out', 'y.xlsx'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Không tìm thấy bảng đề nghị cấp tài khoản');
    expect((await runCliCaptured(['appendix', '--help'], dir)).stdout).toContain('dvcheck appendix');
  });
});
