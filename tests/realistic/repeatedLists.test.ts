/**
 * (r) The same members listed twice in one workbook, as offices keep them: a copy of the sheet ("DS 2025 (2)",
 * what Excel names a copied sheet), or the whole đảng bộ's list beside one chi bộ's own sheet. The people are not
 * duplicates of themselves and the chi bộ are not twice their size: one warning on the repeating list instead of a
 * duplicate-id error on every row and a size warning on every chi bộ.
 */
import ExcelJS from 'exceljs';
import { AS_OF, checkBook, d, findingsOn, putRow } from './support';
import { computeProgress } from '../../src/core/reports/progress';

const ORGS = 'Tổ chức';

function orgSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(ORGS);
  putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  putRow(ws, 2, [1, 'Đảng bộ xã Yên Thịnh', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động']);
  putRow(ws, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Thịnh', 'Đang hoạt động']);
  putRow(ws, 4, [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Thịnh', 'Đang hoạt động']);
}

const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân'];

/** Twelve synthetic members (six per chi bộ), men born 1960…1971 in Ninh Bình (ID province 037). */
function members(): { name: string; born: Date; id: string; admitted: Date; official: Date; branch: string }[] {
  return GIVEN.map((given, i) => {
    const year = 1960 + i;
    return {
      name: `Nguyễn Văn ${given}`,
      born: d(year, 4, 1 + i),
      id: `0370${String(year % 100).padStart(2, '0')}${String(7300 + i).padStart(6, '0')}`,
      admitted: d(year + 30, 6, 2),
      official: d(year + 31, 6, 2),
      branch: i < 6 ? 'Chi bộ Thôn 1' : 'Chi bộ Thôn 2',
    };
  });
}

function memberSheet(wb: ExcelJS.Workbook, name: string, which: (i: number) => boolean, title?: string): void {
  const ws = wb.addWorksheet(name);
  const top = title ? 3 : 1;
  if (title) putRow(ws, 1, [title]);
  putRow(ws, top, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  let n = 0;
  members().forEach((m, i) => {
    if (!which(i)) return;
    n++;
    putRow(ws, top + n, [n, m.name, 'Nam', m.born, m.id, m.admitted, m.official, m.branch]);
  });
}

describe('a member list that repeats another', () => {
  it('a copy of the sheet: one warning on the copy, no duplicate-id, each chi bộ counted once', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    memberSheet(wb, 'DS 2025', () => true);
    memberSheet(wb, 'DS 2025 (2)', () => true);
    const { result } = await checkBook(wb, 'copy.xlsx');
    expect(result.findings.filter((f) => f.rule === 'duplicate-id' || f.rule === 'duplicate-person')).toEqual([]);
    const repeated = result.findings.filter((f) => f.rule === 'members-repeated');
    expect(repeated.map((f) => `${f.sheet}!${f.row}:${f.col}:${f.severity}:${f.group}`)).toEqual(['DS 2025 (2)!1:4:warning:clean']);
    expect(repeated[0].message).toContain('Cả 12 đảng viên');
    expect(repeated[0].message).toContain('trang “DS 2025”');
    // Six members each, not twelve: a chi bộ cơ sở of 12 would still be fine, so the đảng bộ's total tells.
    expect(findingsOn(result, ORGS)).toEqual([]);
    expect(findingsOn(result, 'DS 2025')).toEqual([]);
    expect(findingsOn(result, 'DS 2025 (2)')).toEqual(['E1 members-repeated']);
    // The progress report counts each member once: six per chi bộ, twelve in all.
    const report = computeProgress(result, AS_OF);
    expect(report.total.total).toBe(12);
    expect(report.rows.filter((r) => r.kind === 'organisation' && r.label.includes('Thôn')).map((r) => `${r.label}:${r.counts.total}`))
      .toEqual(['Chi bộ Thôn 1:6', 'Chi bộ Thôn 2:6']);
  });

  it('one chi bộ’s own sheet beside the whole list repeats part of it; its row checks still run', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    memberSheet(wb, 'Toàn đảng bộ', () => true);
    memberSheet(wb, 'CB Thôn 2', (i) => i >= 6, 'DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2');
    const ws = wb.getWorksheet('CB Thôn 2')!;
    ws.getCell('C4').value = 'Nam giới'; // a typing error in the chi bộ's own copy
    const { result } = await checkBook(wb, 'extract.xlsx');
    expect(result.findings.filter((f) => f.rule === 'duplicate-id')).toEqual([]);
    const repeated = result.findings.filter((f) => f.rule === 'members-repeated');
    expect(repeated.map((f) => `${f.sheet}!${f.row}`)).toEqual(['CB Thôn 2!3']);
    expect(repeated[0].message).toContain('Cả 6 đảng viên');
    expect(findingsOn(result, 'CB Thôn 2')).toEqual(['C4 gender-invalid', 'E3 members-repeated']);
    expect(findingsOn(result, ORGS)).toEqual([]);
    // Its row errors still count in the report, its members once.
    const report = computeProgress(result, AS_OF);
    expect(report.total.total).toBe(12);
    expect(report.total.groups.correct).toBe(1);
  });

  it('two lists sharing a few members only are two lists: the shared IDs are duplicates', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    memberSheet(wb, 'Thôn 1', (i) => i < 6);
    memberSheet(wb, 'Thôn 2', (i) => i >= 6);
    // Two members of Thôn 1 written again in Thôn 2's list (moved, or a typing slip): 2 of 8 is no copy.
    const ws = wb.getWorksheet('Thôn 2')!;
    const m = members();
    putRow(ws, 8, [7, m[0].name, 'Nam', m[0].born, m[0].id, m[0].admitted, m[0].official, 'Chi bộ Thôn 2']);
    putRow(ws, 9, [8, m[1].name, 'Nam', m[1].born, m[1].id, m[1].admitted, m[1].official, 'Chi bộ Thôn 2']);
    const { result } = await checkBook(wb, 'shared.xlsx');
    expect(result.findings.filter((f) => f.rule === 'members-repeated')).toEqual([]);
    expect(findingsOn(result, 'Thôn 2', (f) => f.rule === 'duplicate-id')).toEqual(['E8 duplicate-id', 'E9 duplicate-id']);
    expect(findingsOn(result, 'Thôn 1', (f) => f.rule === 'duplicate-id')).toEqual(['E2 duplicate-id', 'E3 duplicate-id']);
  });
});
