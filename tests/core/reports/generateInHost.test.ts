import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../../src/core/engine';
import { serialFromIso } from '../../../src/core/dates';
import type { TableOverride } from '../../../src/core/fields';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { OVERRIDES_SETTING } from '../../../src/taskpane/session/CheckSession';
import {
  PLACE_SETTING, rowsFromAccounts, rowsFromMembers, writeAppendix, writeBadgeList, writeProgressReport,
} from '../../../src/taskpane/generate/generateInHost';
import { buildWorkbook, memberSheet, organisationSheet, utcDate } from '../../helpers/xlsx';

const AS_OF = serialFromIso('2025-12-30')!;

async function checked(host: FileWorkbookHost, overrides?: TableOverride[]) {
  const sheets = [];
  for (const name of await host.listSheets()) sheets.push(await host.readSheet(name));
  return checkWorkbook(sheets, { asOf: AS_OF, overrides });
}

describe('the Báo cáo tab\'s actions on a workbook host', () => {
  it('writes report + history into the open workbook, appends history on the next report, and excludes its sheets from checks', async () => {
    const host = new FileWorkbookHost(buildWorkbook([organisationSheet(), memberSheet()]));
    const result = await checked(host);
    const first = await writeProgressReport(host, result, AS_OF);
    expect(first.sheet).toBe('Báo cáo tiến độ');
    expect(first.points).toBe(1);
    const second = await writeProgressReport(host, result, AS_OF + 7);
    expect(second.sheet).toBe('Báo cáo tiến độ (2)'); // the first report is kept
    expect(second.points).toBe(2);
    expect(await host.listSheets()).toEqual(['Tổ chức đảng', 'Đảng viên', 'Lịch sử tiến độ', 'Báo cáo tiến độ', 'Báo cáo tiến độ (2)']);

    const history = await host.readSheet('Lịch sử tiến độ');
    expect(history.rows[3]?.[0]?.value).toBe(AS_OF);
    expect(history.rows[4]?.[0]?.value).toBe(AS_OF + 7);
    expect(history.rows[4]?.[1]?.value).toBe(first.report.total.total);

    const zip = await JSZip.loadAsync(await host.writeBuffer());
    const charts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(charts.filter((x) => x.includes('<c:barChart>'))).toHaveLength(2);
    expect(charts.filter((x) => x.includes('<c:lineChart>'))).toHaveLength(1);

    // The next check with the saved corrections reads the same tables and findings as before.
    const overrides = (await host.getSetting<TableOverride[]>(OVERRIDES_SETTING))!;
    expect(overrides.map((o) => o.sheet).sort()).toEqual(['Báo cáo tiến độ', 'Báo cáo tiến độ (2)', 'Lịch sử tiến độ']);
    const again = await checked(host, overrides);
    expect(again.findings).toEqual(result.findings);
  });

  it('never writes over a sheet of the user\'s named "Lịch sử tiến độ": the history takes a numbered name and is found again', async () => {
    const wb = buildWorkbook([organisationSheet(), memberSheet()]);
    const mine = wb.addWorksheet('Lịch sử tiến độ');
    mine.getCell('A1').value = 'Lịch sử tiến độ xây dựng nhà văn hóa thôn';
    mine.getCell('A2').value = 'Khởi công 15/3/2025';
    const host = new FileWorkbookHost(wb);
    const result = await checked(host);
    const first = await writeProgressReport(host, result, AS_OF);
    const second = await writeProgressReport(host, result, AS_OF + 7);
    expect(second.points).toBe(2);
    const names = await host.listSheets();
    expect(names.filter((n) => n.startsWith('Lịch sử'))).toEqual(['Lịch sử tiến độ', 'Lịch sử tiến độ (2)']);
    const kept = await host.readSheet('Lịch sử tiến độ');
    expect(kept.rows.map((r) => r?.[0]?.value)).toEqual(['Lịch sử tiến độ xây dựng nhà văn hóa thôn', 'Khởi công 15/3/2025']);
    const history = await host.readSheet('Lịch sử tiến độ (2)');
    expect([history.rows[3]?.[0]?.value, history.rows[4]?.[0]?.value]).toEqual([AS_OF, AS_OF + 7]);
    expect(history.rows[4]?.[1]?.value).toBe(first.report.total.total);
    // The trend chart reads the history where it is.
    const zip = await JSZip.loadAsync(await host.writeBuffer());
    const charts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    expect(charts.find((x) => x.includes('<c:lineChart>'))).toContain("'Lịch sử tiến độ (2)'!$D$4:$D$5");
  });

  it('builds Phụ lục 01 from members picked in the pane with their rights; a missing right is an error', async () => {
    const host = new FileWorkbookHost(buildWorkbook([organisationSheet(), memberSheet()]));
    const result = await checked(host);
    const t = result.members[0];
    const lan = t.records.find((m) => m.fullName === 'Nguyễn Thị Lan')!;
    const minh = t.records.find((m) => m.fullName === 'Trần Văn Minh')!;
    const rows = rowsFromMembers(result, [
      { sheet: t.table.sheet, member: lan, rights: [4, 1] },
      { sheet: t.table.sheet, member: minh, rights: [] },
    ]);
    expect(rows[0].errors).toEqual([]);
    expect(rows[0].record.rights).toEqual([1, 4]);
    expect(rows[1].errors.map((e) => e.message)).toEqual([expect.stringContaining('chưa chọn quyền')]);
    const sheet = await writeAppendix(host, rows, { province: 'Ninh Bình', commune: 'Xã Yên Lạc' });
    expect(sheet).toBe('Phụ lục 01');
    expect(await host.getSetting(PLACE_SETTING)).toEqual({ province: 'Ninh Bình', commune: 'Xã Yên Lạc' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await host.writeBuffer()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Phụ lục 01')!;
    expect([ws.getCell('D6').value, ws.getCell('F6').value, ws.getCell('J6').value, ws.getCell('B6').value])
      .toEqual(['Nguyễn Thị Lan', '037153000257', '1, 4', 'Ninh Bình']);
    expect((ws.getCell('D7').fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBe('FFFFF2CC');
  });

  it('takes the accounts table rows with the engine\'s errors, and writes the badge list', async () => {
    const accounts = {
      name: 'Tài khoản',
      rows: [
        ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'],
        [1, 'Ninh Bình', 'Xã Yên Lạc', 'Nguyễn Thị Lan', utcDate(1985, 4, 12), '037185000257', '0912345678', 'Văn phòng', 'Đảng ủy xã', '1, 2'],
        [2, 'Ninh Bình', 'Xã Yên Lạc', 'Trần Văn Minh', utcDate(1980, 6, 5), '12345', '0987654321', 'Bí thư', 'Chi bộ Thôn 1', '7'],
      ],
    };
    const host = new FileWorkbookHost(buildWorkbook([organisationSheet(), memberSheet(), accounts]));
    const result = await checked(host);
    const { rows, tableErrors } = rowsFromAccounts(result);
    expect(tableErrors).toEqual([]);
    expect(rows.map((r) => r.errors.length > 0)).toEqual([false, true]);
    expect(rows[1].errors.every((e) => e.sheet === 'Tài khoản' && e.row === 3)).toBe(true);

    const badges = await writeBadgeList(host, result, 2025); // Nguyễn Thị Lan joined 26/03/1975: 50 years
    expect(badges).toEqual({ sheet: 'Huy hiệu Đảng', count: 1 });
    const data = await host.readSheet('Huy hiệu Đảng');
    const names = data.rows.map((r) => r?.[1]?.value).filter((v) => v === 'Nguyễn Thị Lan');
    expect(names).toHaveLength(1);
  });

  it('lists an accounts table\'s own errors (a missing column) apart from its rows', async () => {
    const noPhone = {
      name: 'Tài khoản',
      rows: [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Quyền khai thác, sử dụng hệ thống'],
        [1, 'Nguyễn Thị Lan', utcDate(1985, 4, 12), '037185000257', '1, 2'],
      ],
    };
    const host = new FileWorkbookHost(buildWorkbook([noPhone]));
    const { rows, tableErrors } = rowsFromAccounts(await checked(host));
    expect(rows).toHaveLength(1);
    expect(tableErrors.length).toBeGreaterThan(0);
    expect(tableErrors.every((e) => e.row === 1)).toBe(true);
  });
});
