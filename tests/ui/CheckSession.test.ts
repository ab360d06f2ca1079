import { FakeExcel } from '../../src/host/office/testing/FakeExcel';
import { MEMBER_SHEET, ORG_SHEET, seedCommuneWorkbook } from '../../src/host/office/testing/seedWorkbook';
import { OfficeWorkbookHost } from '../../src/host/office/OfficeWorkbookHost';
import { CheckSession, OVERRIDES_SETTING } from '../../src/taskpane/session/CheckSession';
import { serialFromYmd } from '../../src/core/dates';

const ERROR_FILL = '#FFC7CE';

async function setup() {
  const excel = new FakeExcel();
  seedCommuneWorkbook(excel);
  const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  const session = new CheckSession(host, { asOf: serialFromYmd(2025, 12, 30), debounceMs: 10 });
  await session.start();
  return { excel, host, session };
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('CheckSession over the Office adapter and the test host', () => {
  test('finds both tables, with their header rows and data rows', async () => {
    const { session } = await setup();
    const s = session.getState();
    expect(s.error).toBeUndefined();
    const tables = s.sheets.map((e) => e.table && { sheet: e.sheet, kind: e.table.kind, headerRow: e.table.headerRow, rows: e.table.dataRows.length });
    expect(tables).toEqual([
      { sheet: ORG_SHEET, kind: 'organisations', headerRow: 3, rows: 3 },
      { sheet: MEMBER_SHEET, kind: 'members', headerRow: 3, rows: 8 },
    ]);
  });

  test('a second block with a header of its own is shown under its sheet and counted in the rows checked', async () => {
    const excel = new FakeExcel();
    seedCommuneWorkbook(excel);
    const D = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
    excel.addSheet('Hai khối', [
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'],
      [1, 'Nguyễn Văn An', 'Nam', D(1970, 3, 12), '037070001234', D(1995, 5, 19), D(1996, 5, 19), 'Chi bộ Thôn Đông'],
      [2, 'Trần Văn Bình', 'Nam', D(1975, 7, 2), '037075002345', D(2000, 2, 3), D(2001, 2, 3), 'Chi bộ Thôn Đông'],
      [],
      ['II. ĐẢNG VIÊN DỰ BỊ'],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ', 'Số CCCD', 'Ngày vào Đảng'],
      [1, 'Lê Văn Cường', D(1998, 1, 20), 'Nam', 'Chi bộ Thôn Tây', '037098003456', D(2025, 9, 2)],
    ]);
    const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    const session = new CheckSession(host, { asOf: serialFromYmd(2025, 12, 30), debounceMs: 10 });
    await session.start();
    const entry = session.getState().sheets.find((e) => e.sheet === 'Hai khối')!;
    expect(entry.table && [entry.table.headerRow, entry.table.dataRows.length]).toEqual([1, 2]);
    expect(entry.moreBlocks?.map((b) => [b.kind, b.headerRow, b.dataRows.length])).toEqual([['members', 6, 1]]);
    await session.check('members');
    expect(session.getState().rowsChecked).toBe(8 + 2 + 1);
  });

  test('checking members lists member findings only and marks their cells', async () => {
    const { session, excel } = await setup();
    await session.check('members');
    const s = session.getState();
    expect(s.error).toBeUndefined();
    expect(s.findings.length).toBeGreaterThan(0);
    expect(s.findings.every((f) => f.sheet === MEMBER_SHEET)).toBe(true);
    const rules = new Set(s.findings.map((f) => f.rule));
    expect(rules).toContain('id-format'); // row 7: 11-digit ID
    expect(rules).toContain('member-org-unknown'); // Chi bộ Thôn Bắc is not in the organisation table
    const idFinding = s.findings.find((f) => f.rule === 'id-format')!;
    expect(idFinding.row).toBe(7);
    expect(excel.displayedFill(MEMBER_SHEET, idFinding.row - 1, idFinding.col)).toBe(ERROR_FILL);
    expect(s.live).toBe(true);
  });

  test('editing a cell re-checks it and clears its mark', async () => {
    const { session, excel, host } = await setup();
    await session.check('all');
    await host.watchSheets();
    const before = session.getState().findings.filter((f) => f.rule === 'id-format');
    expect(before.map((f) => `${f.row}:${f.col}`)).toEqual(['7:4']);
    await excel.userEdit(MEMBER_SHEET, 'E7', '037182004567');
    await wait(50);
    await session.flushEdits();
    const after = session.getState();
    expect(after.findings.some((f) => f.rule === 'id-format')).toBe(false);
    expect(excel.displayedFill(MEMBER_SHEET, 6, 4)).toBeUndefined();
  });

  test('a column correction is saved in the workbook and used next time', async () => {
    const { session, excel, host } = await setup();
    await session.setOverride({ sheet: MEMBER_SHEET, columns: { 8: null } });
    expect(excel.settings.has('dvcheck.' + OVERRIDES_SETTING)).toBe(true);
    const member = session.getState().sheets.find((e) => e.sheet === MEMBER_SHEET)!.table!;
    expect(member.columns.phone).toBeUndefined();
    const next = new CheckSession(host, { asOf: serialFromYmd(2025, 12, 30) });
    await next.start();
    expect(next.getState().sheets.find((e) => e.sheet === MEMBER_SHEET)!.table!.columns.phone).toBeUndefined();
  });

  test('clearMarks restores the user\'s formatting exactly; Excel errors become Vietnamese messages', async () => {
    const { session, excel } = await setup();
    const look = excel.formatSnapshot(MEMBER_SHEET);
    await session.check('all');
    expect(excel.formatSnapshot(MEMBER_SHEET)).not.toBe(look);
    await session.clearMarks();
    expect(excel.formatSnapshot(MEMBER_SHEET)).toBe(look);
    excel.sheet(MEMBER_SHEET).protected = true;
    await session.check('all');
    expect(session.getState().error).toMatch(/đang được bảo vệ/);
    expect(session.getState().findings.length).toBeGreaterThan(0);
  });
});

test('Cancel stops the reading: no result, a Vietnamese notice, and the pane is ready again', async () => {
  const { session } = await setup();
  const running = session.check('all');
  session.cancel();
  await running;
  const s = session.getState();
  expect(s.result).toBeUndefined();
  expect(s.notice).toMatch(/Đã hủy/);
  expect(s.phase).toBe('idle');
  await session.check('organisations');
  expect(session.getState().result).toBeDefined();
  expect(session.getState().findings.every((f) => f.sheet === ORG_SHEET)).toBe(true);
});

test('inserting rows re-reads the sheet: findings and marks move with their rows', async () => {
  const { session, excel, host } = await setup();
  await session.check('all');
  await host.watchSheets();
  expect(session.getState().findings.find((f) => f.rule === 'id-format')?.row).toBe(7);
  await excel.userInsertRows(MEMBER_SHEET, 5, 2);
  await wait(30);
  await session.flushEdits();
  const s = session.getState();
  expect(s.error).toBeUndefined();
  expect(s.findings.find((f) => f.rule === 'id-format')?.row).toBe(9);
  expect(excel.displayedFill(MEMBER_SHEET, 8, 4)).toBe(ERROR_FILL);
  expect(excel.displayedFill(MEMBER_SHEET, 6, 4)).toBeUndefined();
  expect(s.sheets.find((e) => e.sheet === MEMBER_SHEET)!.table!.dataRows.length).toBe(8);
});
