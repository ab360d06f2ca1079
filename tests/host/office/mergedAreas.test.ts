import { FakeExcel, type FakeValue } from '../../../src/host/office/testing/FakeExcel';
import { OfficeWorkbookHost } from '../../../src/host/office/OfficeWorkbookHost';
import { checkWorkbook } from '../../../src/core/engine';
import { serialFromYmd } from '../../../src/core/dates';
import type { SheetData } from '../../../src/core/cells';

/**
 * Commune lists often write a chi bộ once and merge it down over its members' rows. Through Office.js the adapter
 * must report those merges (ExcelApi 1.13) so the engine reads the chi bộ on every row of the merge.
 */
const SHEET = 'Đảng viên';
const BRANCH_COL = 7; // H
const DATE = 'dd/mm/yyyy';
const AS_OF = serialFromYmd(2025, 12, 31);

/** Title, header in row 3, then `groups` chi bộ of three members each, the chi bộ merged over its three rows. */
function seedMergedBranches(excel: FakeExcel, groups: number) {
  const rows: FakeValue[][] = [['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ AN BÌNH'], [], [
    'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ',
  ]];
  const formats: (string | undefined)[][] = [[], [], []];
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hải'];
  for (let g = 0; g < groups; g++) {
    for (let k = 0; k < 3; k++) {
      const i = g * 3 + k;
      const female = i % 2 === 1;
      const year = 1960 + (i % 30);
      rows.push([
        i + 1, `${female ? 'Trần Thị' : 'Nguyễn Văn'} ${given[i % given.length]}`, female ? 'Nữ' : 'Nam',
        serialFromYmd(year, 1 + (i % 12), 1 + (i % 28)), `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`,
        serialFromYmd(year + 25, 5, 19), serialFromYmd(year + 26, 5, 19),
        // Only the merge's top cell holds the chi bộ, as Excel keeps it.
        k === 0 ? `Chi bộ Thôn ${g + 1}` : '',
      ]);
      formats.push([undefined, undefined, undefined, DATE, '@', DATE, DATE]);
    }
  }
  excel.addSheet(SHEET, rows, formats);
  for (let g = 0; g < groups; g++) {
    const top = 4 + g * 3; // Excel rows
    excel.mergeCells(SHEET, `H${top}:H${top + 2}`);
  }
}

async function read(apiVersion: number, groups: number): Promise<{ sheet: SheetData; excel: FakeExcel }> {
  const excel = new FakeExcel({ apiVersion });
  seedMergedBranches(excel, groups);
  const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
  return { sheet: await host.readSheet(SHEET), excel };
}

/** Excel rows with a `required` finding in the chi bộ column. */
function requiredBranchRows(sheet: SheetData): number[] {
  const { findings } = checkWorkbook([sheet], { asOf: AS_OF });
  return findings.filter((f) => f.rule === 'required' && f.col === BRANCH_COL).map((f) => f.row).sort((a, b) => a - b);
}

describe('merged areas read through Office.js', () => {
  test('ExcelApi 1.13: every merge of the sheet is reported, also far below the header', async () => {
    const { sheet } = await read(13, 12);
    expect(sheet.merges).toHaveLength(12);
    // The last group starts at Excel row 4 + 11 × 3 = 37, well below the header rows.
    expect(sheet.merges).toContainEqual({ top: 36, left: BRANCH_COL, bottom: 38, right: BRANCH_COL });
    expect(sheet.merges).toContainEqual({ top: 3, left: BRANCH_COL, bottom: 5, right: BRANCH_COL });
  });

  test('a chi bộ merged over three members gives no required finding on the lower rows', async () => {
    const { sheet } = await read(13, 12);
    expect(requiredBranchRows(sheet)).toEqual([]);
  });

  test('ExcelApi 1.7: the sheet still reads (no merges), and the lower rows then lack a chi bộ', async () => {
    const { sheet, excel } = await read(7, 12);
    expect(sheet.merges).toEqual([]);
    expect(excel.stats.refused).toBe(0);
    expect(sheet.rows[3][BRANCH_COL]).toMatchObject({ type: 'text', value: 'Chi bộ Thôn 1' });
    // What the merges save the user from: every row under a merge's top looks empty without them.
    const lower = Array.from({ length: 12 }, (_, g) => [5 + g * 3, 6 + g * 3]).flat();
    expect(requiredBranchRows(sheet)).toEqual(lower);
  });

  test('a host told nothing about API sets assumes ExcelApi 1.7 and never asks for merges', async () => {
    const excel = new FakeExcel({ apiVersion: 7 });
    seedMergedBranches(excel, 2);
    const sheet = await new OfficeWorkbookHost({ run: excel.run }).readSheet(SHEET);
    expect(sheet.merges).toEqual([]);
    expect(sheet.rows[8][BRANCH_COL]).toBeUndefined();
  });

  test('the merges cost one sync per sheet, not one per chunk', async () => {
    const many = 4000;
    const withMerges = await read(13, many);
    const without = await read(7, many);
    expect(withMerges.sheet.merges).toHaveLength(many);
    expect(withMerges.excel.stats.syncs - without.excel.stats.syncs).toBe(1);
    expect(withMerges.sheet.rows).toEqual(without.sheet.rows);
  });

  test('a partial re-read of edited rows does not ask for merges (the session keeps those of the full read)', async () => {
    const excel = new FakeExcel({ apiVersion: 13 });
    seedMergedBranches(excel, 3);
    const host = new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
    const part = await host.readSheet(SHEET, { rows: { first: 5, last: 6 } });
    expect(part.merges).toEqual([]);
    expect(part.rows[4][1]).toMatchObject({ type: 'text' });
  });
});
