/** The engine on a real .xlsx written with exceljs and read back through the file adapter. */
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../../src/host/file/loadXlsx';
import { checkWorkbook } from '../../../src/core/engine';
import { serialFromYmd } from '../../../src/core/dates';
import { makeTempDir, memberSheet, organisationSheet, writeWorkbook } from '../../helpers/xlsx';

const AS_OF = serialFromYmd(2025, 12, 30);

async function readAll(file: string) {
  const host = new FileWorkbookHost(await loadXlsxFile(file));
  const names = await host.listSheets();
  return Promise.all(names.map((n) => host.readSheet(n)));
}

describe('checkWorkbook on an .xlsx file', () => {
  let sheets: Awaited<ReturnType<typeof readAll>>;

  beforeAll(async () => {
    const dir = makeTempDir();
    const file = await writeWorkbook(dir, 'ds.xlsx', [organisationSheet(), memberSheet()]);
    sheets = await readAll(file);
  });

  it('checks organisations first, then members, and reports in sheet order', () => {
    const result = checkWorkbook(sheets, { asOf: AS_OF });
    expect(result.tables.map((t) => t.kind)).toEqual(['organisations', 'members']);
    expect(result.organisations[0].records.length).toBe(3);
    expect(result.members[0].records.length).toBe(5);
    const sheetOrder = result.findings.map((f) => (f.sheet === 'Tổ chức đảng' ? 0 : 1));
    expect([...sheetOrder].sort()).toEqual(sheetOrder);
  });

  it('finds what the member sheet holds: a text ISO date, an ID that lost its zero, an ID kept as a number, an error value', () => {
    const f = checkWorkbook(sheets, { asOf: AS_OF }).findings.filter((x) => x.sheet === 'Đảng viên');
    const rules = (row: number) => f.filter((x) => x.row === row).map((x) => x.rule);
    expect(rules(8)).toEqual(expect.arrayContaining(['date-text', 'id-leading-zeros-lost']));
    expect(rules(9)).toEqual(expect.arrayContaining(['id-stored-as-number']));
    expect(rules(10)).toEqual(expect.arrayContaining(['cell-error-value']));
    expect(rules(6)).toEqual([]);
    expect(rules(7)).toEqual([]);
  });

  it('kinds limits the check to the tables asked for', () => {
    const result = checkWorkbook(sheets, { asOf: AS_OF, kinds: ['members'] });
    expect(result.tables.map((t) => t.kind)).toEqual(['members']);
    expect(result.findings.every((x) => x.sheet === 'Đảng viên')).toBe(true);
  });
});
