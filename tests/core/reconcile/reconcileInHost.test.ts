import type { SheetSpec as OutputSheetSpec } from '../../../src/core/output/sheetSpec';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { noteText } from '../../../src/host/file/cellNotes';
import { defaultPair, reconcileInHost, ReconcileInputError } from '../../../src/taskpane/reconcile/reconcileInHost';
import type { SheetEntry } from '../../../src/taskpane/session/CheckSession';
import { serialFromYmd } from '../../../src/core/dates';
import { buildWorkbook } from '../../helpers/xlsx';
import { BASE, presentationOnlyB, sheetA, sheetB, typedInB } from './fixtures';

const AS_OF = serialFromYmd(2025, 12, 30);

function workbook() {
  const rows = BASE.map((m, i) => typedInB(m, i));
  rows[8] = { ...rows[8], birth: '14/02/1966' }; // Hải (A row 13, B row 10)
  return buildWorkbook([sheetA(BASE, 'A'), sheetB(rows, 'B'), { name: 'Ghi chú', rows: [['x']] }]);
}

describe('reconcileInHost (the pane)', () => {
  it('reconciles two sheets of one workbook, compares every shared field, marks differing cells on both sides', async () => {
    const wb = workbook();
    const host = new FileWorkbookHost(wb);
    const { result } = await reconcileInHost(host, 'A', 'B', AS_OF);
    expect(result.comparedFields).toEqual([
      'fullName', 'gender', 'birthDate', 'nationalId', 'cardNumber', 'admissionDate', 'officialDate', 'branch',
      'hometown', 'phone',
    ]);
    expect(result.pairs.every((p) => p.by === 'nationalId')).toBe(true);
    expect(result.different.map((d) => [d.rowA, d.rowB, d.field, d.a, d.b])).toEqual([
      [13, 10, 'birthDate', '14/02/1965', '14/02/1966'],
    ]);
    // Birth date: column D in both sheets.
    const cellA = wb.getWorksheet('A')!.getCell('D13');
    const cellB = wb.getWorksheet('B')!.getCell('D10');
    expect(noteText(cellA)).toContain('"14/02/1966"');
    expect(noteText(cellB)).toContain('"14/02/1965"');
    expect((cellA.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBeDefined();
    await host.clearMarks(['A', 'B']);
    expect(noteText(cellA)).toBe('');
    expect(cellA.fill).toBeUndefined();
  });

  it('writes the "Đối soát" sheet where the host can', async () => {
    const host = new FileWorkbookHost(workbook());
    const written: OutputSheetSpec[] = [];
    const withWriter = Object.assign(host, {
      writeSheet: async (spec: OutputSheetSpec) => {
        written.push(spec);
        return spec.name;
      },
    });
    const outcome = await reconcileInHost(withWriter, 'A', 'B', AS_OF);
    expect(outcome.sheetWritten).toBe('Đối soát');
    const links = written[0].cells.filter((c) => c.hyperlink).map((c) => c.hyperlink);
    expect(links).toContain("#'A'!D13");
    expect(links).toContain("#'B'!D10");
  });

  it('refuses a sheet without a members table, and the same sheet twice', async () => {
    const host = new FileWorkbookHost(buildWorkbook([sheetA(BASE, 'A'), sheetB(presentationOnlyB(), 'B'), { name: 'Ghi chú', rows: [['x']] }]));
    await expect(reconcileInHost(host, 'A', 'Ghi chú', AS_OF)).rejects.toThrow(ReconcileInputError);
    await expect(reconcileInHost(host, 'A', 'A', AS_OF)).rejects.toThrow('hai trang khác nhau');
  });
});

describe('defaultPair (the sheets the Đối soát tab offers first)', () => {
  const entry = (sheet: string, kind?: 'members' | 'organisations' | 'accounts') =>
    ({ sheet, ...(kind ? { table: { kind } } : {}) }) as unknown as SheetEntry;

  it('member lists first, in sheet order; an organisation list is never chosen for the user', () => {
    const entries = [entry('Tổ chức đảng', 'organisations'), entry('Đảng viên', 'members'), entry('CSDL', 'members')];
    expect(defaultPair(['Tổ chức đảng', 'Đảng viên', 'CSDL'], entries)).toEqual(['Đảng viên', 'CSDL']);
    expect(defaultPair(['Tổ chức đảng', 'Đảng viên'], entries.slice(0, 2))).toEqual(['Đảng viên', '']);
  });

  it('a sheet with no table found (a pasted export) comes before organisations and account requests', () => {
    const entries = [entry('Tổ chức', 'organisations'), entry('DS', 'members'), entry('Dán từ CSDL'), entry('Phụ lục 01', 'accounts')];
    expect(defaultPair(['Tổ chức', 'DS', 'Dán từ CSDL', 'Phụ lục 01'], entries)).toEqual(['DS', 'Dán từ CSDL']);
  });

  it('sheets not detected yet keep the workbook order', () => {
    expect(defaultPair(['A', 'B', 'C'], [])).toEqual(['A', 'B']);
    expect(defaultPair(['A'], [])).toEqual(['A', '']);
  });
});
