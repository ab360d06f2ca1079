import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { checkReportJsonSchema, type CheckReportJson } from '../../src/core/findings';
import { RULES_BY_ID } from '../../src/core/rules/catalog';
import { RESULT_SHEET } from '../../src/core/strings/cli';
import { MARK_FILL_ARGB } from '../../src/host/file/markStyles';
import { noteText } from '../../src/host/file/cellNotes';
import { runCliCaptured } from '../helpers/cli';
import {
  cfbBytes, makeTempDir, memberSheet, organisationSheet, readBack, truncatedZip, writeBytes, writeWorkbook,
} from '../helpers/xlsx';

const AS_OF = '2025-12-30';

function parseReport(stdout: string): CheckReportJson {
  return checkReportJsonSchema.parse(JSON.parse(stdout));
}

describe('dvcheck check (in-process)', () => {
  const dir = makeTempDir();
  let messy: string;
  let noTable: string;

  beforeAll(async () => {
    messy = await writeWorkbook(dir, 'messy.xlsx', [organisationSheet(), memberSheet()]);
    noTable = await writeWorkbook(dir, 'ghi-chu.xlsx', [{ name: 'Ghi chú', rows: [['Biên bản họp chi bộ'], ['Nội dung: ...']] }]);
  });

  it('prints the §5 JSON: tables with column letters, findings with cell/row/column, exit 1 on errors', async () => {
    const run = await runCliCaptured(['check', 'messy.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    const report = parseReport(run.stdout);
    expect(report.asOf).toBe(AS_OF);
    expect(report.files).toHaveLength(1);
    const f = report.files[0];
    expect(f.file).toBe('messy.xlsx');
    const members = f.tables.find((t) => t.kind === 'members')!;
    expect(members).toMatchObject({ sheet: 'Đảng viên', headerRow: 5, firstRow: 6, lastRow: 10 });
    expect(members.columns).toMatchObject({ fullName: 'B', nationalId: 'E', admissionDate: 'F', officialDate: 'G', branch: 'H' });
    expect(f.tables.find((t) => t.kind === 'organisations')).toMatchObject({ sheet: 'Tổ chức đảng', headerRow: 3 });
    for (const finding of f.findings) {
      expect(finding.cell).toBe(`${finding.column}${finding.row}`);
      expect(RULES_BY_ID.get(finding.rule)?.group).toBe(finding.group);
    }
    const at = (cell: string) => f.findings.filter((x) => x.sheet === 'Đảng viên' && x.cell === cell).map((x) => x.rule);
    expect(at('E8')).toContain('id-leading-zeros-lost'); // 37075001234 as a number
    expect(at('E9')).toContain('id-stored-as-number'); // number with a 12-zero format
    expect(at('D8')).toContain('date-text'); // "1975-09-02"
    expect(at('I10')).toContain('cell-error-value'); // #N/A
    expect(at('D7')).not.toContain('date-text'); // text dd/mm/yyyy is accepted
  });

  it('exits 0 when there are no errors (warnings allowed)', async () => {
    const clean = memberSheet();
    clean.rows = clean.rows.slice(0, 7); // titles, header and the two clean members
    await writeWorkbook(dir, 'sach.xlsx', [organisationSheet(), clean]);
    const run = await runCliCaptured(['check', 'sach.xlsx', '--json', '--as-of', AS_OF], dir);
    const report = parseReport(run.stdout);
    expect(report.files[0].findings.filter((x) => x.severity === 'error')).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('prints a Vietnamese summary by default', async () => {
    const run = await runCliCaptured(['check', 'messy.xlsx', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Tệp: messy.xlsx');
    expect(run.stdout).toContain('Trang "Đảng viên": bảng đảng viên, dòng tiêu đề 5');
    expect(run.stdout).toMatch(/Sạch: \d+ lỗi, \d+ cảnh báo/);
    expect(run.stdout).toContain('Đảng viên!E8');
    expect(run.stdout.normalize('NFC')).toBe(run.stdout);
  });

  it('reports a workbook with no table as table-not-found, with a line on stderr', async () => {
    const run = await runCliCaptured(['check', 'ghi-chu.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('không tìm thấy bảng tổ chức đảng hay bảng đảng viên nào');
    const report = parseReport(run.stdout);
    expect(report.files[0].tables).toEqual([]);
    expect(report.files[0].findings.map((x) => x.rule)).toEqual(['table-not-found']);
  });

  it('exits 2 for unreadable files but still checks the others', async () => {
    writeBytes(dir, 'cu.xlsx', cfbBytes());
    writeBytes(dir, 'hong.xlsx', truncatedZip(messy));
    writeBytes(dir, 'van-ban.xlsx', 'STT,Họ và tên\n1,Nguyễn Văn A\n');
    const run = await runCliCaptured(
      ['check', 'khong-co.xlsx', 'cu.xlsx', 'hong.xlsx', 'van-ban.xlsx', 'messy.xlsx', '--json', `--as-of=${AS_OF}`],
      dir,
    );
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Không tìm thấy tệp "khong-co.xlsx"');
    expect(lines[1]).toContain('được đặt mật khẩu, nên không đọc được');
    expect(lines[2]).toContain('bị hỏng');
    expect(lines[3]).toContain('không phải là tệp Excel .xlsx');
    expect(parseReport(run.stdout).files.map((x) => x.file)).toEqual(['messy.xlsx']);
  });

  it.each([
    [['check'], 'Chưa có tệp nào'],
    [['check', 'messy.xlsx', '--as-of', '30/12/2025'], 'không hợp lệ'],
    [['check', 'messy.xlsx', '--as-of', '2025-02-30'], 'không hợp lệ'],
    [['check', 'messy.xlsx', '--as-of'], 'cần một giá trị'],
    [['check', 'messy.xlsx', '--xml'], 'Tùy chọn không hợp lệ: "--xml"'],
    [['kiemtra', 'messy.xlsx'], 'Lệnh không hợp lệ'],
    [[], 'Chưa chọn lệnh'],
  ])('exits 2 on bad arguments %j', async (argv, message) => {
    const run = await runCliCaptured(argv as string[], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('shows Vietnamese help listing the commands', async () => {
    const run = await runCliCaptured(['--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Cách dùng');
    expect(run.stdout).toMatch(/\n {2}check +Kiểm tra/);
    expect(run.stdout).toContain('--as-of');
    const sub = await runCliCaptured(['check', '--help'], dir);
    expect(sub.code).toBe(0);
    expect(sub.stdout).toContain('dvcheck check');
  });

  it('--out writes a marked copy and leaves the input byte-identical', async () => {
    const before = readFileSync(messy);
    const run = await runCliCaptured(['check', 'messy.xlsx', '--out', 'ket-qua', '--as-of', AS_OF, '--json'], dir);
    expect(run.code).toBe(1);
    expect(readFileSync(messy).equals(before)).toBe(true);
    const out = path.join(dir, 'ket-qua', 'messy.checked.xlsx');
    expect(existsSync(out)).toBe(true);
    const report = parseReport(run.stdout);

    const wb = await readBack(out);
    const ws = wb.getWorksheet('Đảng viên')!;
    const e8 = ws.getCell('E8');
    expect((e8.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(MARK_FILL_ARGB.error);
    expect(noteText(e8)).toContain(
      report.files[0].findings.find((x) => x.cell === 'E8' && x.sheet === 'Đảng viên')!.message,
    );
    const results = wb.getWorksheet(RESULT_SHEET.name)!;
    expect(results.rowCount).toBe(1 + report.files[0].findings.length);
    expect(results.getCell('A1').value).toBe(RESULT_SHEET.headers[0]);
    // The marked copy is itself checkable and gives the same findings (the result sheet is skipped).
    const again = await runCliCaptured(['check', path.join('ket-qua', 'messy.checked.xlsx'), '--json', '--as-of', AS_OF], dir);
    expect(parseReport(again.stdout).files[0].findings.map((x) => x.cell + x.rule)).toEqual(
      report.files[0].findings.map((x) => x.cell + x.rule),
    );
  });

  it('--out keeps two inputs of the same name apart', async () => {
    await writeWorkbook(path.join(dir), 'a-ds.xlsx', [organisationSheet(), memberSheet()]);
    const { mkdirSync, copyFileSync } = await import('fs');
    mkdirSync(path.join(dir, 'a'), { recursive: true });
    mkdirSync(path.join(dir, 'b'), { recursive: true });
    copyFileSync(path.join(dir, 'a-ds.xlsx'), path.join(dir, 'a', 'ds.xlsx'));
    copyFileSync(path.join(dir, 'a-ds.xlsx'), path.join(dir, 'b', 'ds.xlsx'));
    const run = await runCliCaptured(['check', 'a/ds.xlsx', 'b/ds.xlsx', '--out', 'hai', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(existsSync(path.join(dir, 'hai', 'ds.checked.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'hai', 'ds-2.checked.xlsx'))).toBe(true);
    expect(run.stdout).toContain('Đã ghi tệp đánh dấu kết quả: ' + path.join('hai', 'ds-2.checked.xlsx'));
  });
});
