import * as path from 'path';
import { runReconcile } from '../../src/cli/commands/reconcile';
import type { CliIO } from '../../src/cli/io';
import { reconcileJsonSchema, type ReconcileJson } from '../../src/core/reconcile/schema';
import { makeTempDir, memberSheet, readBack, utcDate, writeBytes, writeWorkbook, type SheetSpec } from '../helpers/xlsx';
import { ADDED, BASE, presentationOnlyB, sheetA, sheetB, typedInB } from '../core/reconcile/fixtures';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(dir: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir };
  const code = await runReconcile(argv, io);
  return { code, out, err };
}

async function runJson(dir: string, ...argv: string[]): Promise<{ code: number; json: ReconcileJson }> {
  const r = await run(dir, ...argv, '--json');
  expect(r.err).toBe('');
  return { code: r.code, json: reconcileJsonSchema.parse(JSON.parse(r.out)) };
}

const A_FIRST_ROW = 5; // sheetA: two title rows, a blank row, the header on row 4
const B_FIRST_ROW = 2; // sheetB: header on row 1

let dir: string;
beforeAll(() => {
  dir = makeTempDir('dvcheck-reconcile-');
});

async function files(a: SheetSpec[], b: SheetSpec[]): Promise<void> {
  await writeWorkbook(dir, 'A.xlsx', a);
  await writeWorkbook(dir, 'B.xlsx', b);
}

describe('dvcheck reconcile', () => {
  it('finds no difference where only layout and typing differ (exit 0)', async () => {
    await files([sheetA(BASE)], [sheetB(presentationOnlyB())]);
    const { code, json } = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(json.different).toEqual([]);
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([]);
    expect(json.ambiguous).toEqual([]);
    expect(json.matched).toBe(BASE.length);
    expect(json.a).toEqual({ file: 'A.xlsx', sheet: 'Danh sách CSDL' });
    expect(json.b).toEqual({ file: 'B.xlsx', sheet: 'Danh sách chi bộ' });
    expect(code).toBe(0);

    const text = await run(dir, 'A.xlsx', 'B.xlsx');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Hai danh sách khớp nhau: 11 đảng viên');
  });

  it('reports removed, added and changed members, and nothing normalisation makes equal (exit 1)', async () => {
    const n = BASE.length;
    const rows = BASE.slice(0, n - 1).map((m, i) => typedInB(m, i)); // Khoa (last) removed
    rows[8] = { ...rows[8], birth: '14/02/1966' }; // Hải: another birth date
    rows[9] = { ...rows[9], branch: 'Chi bộ Thôn 2' }; // Hạnh: another branch
    rows[6] = { ...rows[6], id: '036078009901' }; // Nam: one ID digit differs
    rows[2] = { ...rows[2], phone: null }; // Hòa: phone missing in B
    rows.push(typedInB(ADDED, 99));
    await files([sheetA(BASE)], [sheetB(rows)]);

    const { code, json } = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(code).toBe(1);
    // All but Khoa (removed); Nam's mistyped ID (same name and birth date) is one ID to correct, not two people.
    expect(json.matched).toBe(n - 1);
    expect(json.onlyInA).toEqual([{ row: A_FIRST_ROW + 10, nationalId: BASE[10].id, fullName: BASE[10].name }]);
    expect(json.onlyInB).toEqual([{ row: B_FIRST_ROW + 10, nationalId: ADDED.id, fullName: ADDED.name }]);
    expect(json.different).toEqual([
      { rowA: A_FIRST_ROW + 2, rowB: B_FIRST_ROW + 2, field: 'phone', a: BASE[2].phone, b: '' },
      { rowA: A_FIRST_ROW + 6, rowB: B_FIRST_ROW + 6, field: 'nationalId', a: BASE[6].id, b: '036078009901' },
      { rowA: A_FIRST_ROW + 8, rowB: B_FIRST_ROW + 8, field: 'birthDate', a: '14/02/1965', b: '14/02/1966' },
      { rowA: A_FIRST_ROW + 9, rowB: B_FIRST_ROW + 9, field: 'branch', a: 'Chi bộ Thôn 1', b: 'Chi bộ Thôn 2' },
    ]);
    expect(json.ambiguous).toEqual([]);

    const text = await run(dir, 'A.xlsx', 'B.xlsx');
    expect(text.code).toBe(1);
    expect(text.out).toContain('Chỉ có ở A: 1');
    expect(text.out).toContain('Ngày sinh: "14/02/1965" ≠ "14/02/1966"');
  });

  it('reports a member listed twice as ambiguous, counted neither matched nor only-in (exit 1)', async () => {
    const rows = presentationOnlyB();
    rows.push(typedInB(BASE[1], 1)); // Bình twice in B: last row
    await files([sheetA(BASE)], [sheetB(rows)]);
    const { code, json } = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(code).toBe(1);
    const binhInB = BASE.length - 1 - 1 + B_FIRST_ROW; // reversed order
    expect(json.ambiguous).toEqual([{ rowA: A_FIRST_ROW + 1, rowsB: [binhInB, B_FIRST_ROW + BASE.length] }]);
    expect(json.matched).toBe(BASE.length - 1);
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([]);

    const text = await run(dir, 'A.xlsx', 'B.xlsx');
    expect(text.out).toContain(`Trùng trong B theo Số CCCD "${BASE[1].id}"`);

    // The same member twice in A: both rows of A are ambiguous, each naming B's one row (§6 shape kept).
    await files([sheetA([...BASE, BASE[1]])], [sheetB(presentationOnlyB())]);
    const fromA = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(fromA.code).toBe(1);
    expect(fromA.json.ambiguous).toEqual([
      { rowA: A_FIRST_ROW + 1, rowsB: [binhInB] },
      { rowA: A_FIRST_ROW + BASE.length, rowsB: [binhInB] },
    ]);
    expect(fromA.json.matched).toBe(BASE.length - 1);
    expect(fromA.json.onlyInA).toEqual([]);
  });

  it('picks the members sheet by default and the named sheet with --sheet-a/--sheet-b', async () => {
    const notes: SheetSpec = { name: 'Ghi chú', rows: [['Danh sách cập nhật tháng 12']] };
    const changed = presentationOnlyB();
    changed[0] = { ...changed[0], phone: '0900000000' };
    await files(
      [notes, sheetA(BASE)],
      [sheetB(presentationOnlyB(), 'Cũ'), sheetB(changed, 'Mới')],
    );
    const first = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(first.json.a.sheet).toBe('Danh sách CSDL');
    expect(first.json.b.sheet).toBe('Cũ');
    expect(first.code).toBe(0);
    const named = await runJson(dir, 'A.xlsx', 'B.xlsx', '--sheet-a', 'Danh sách CSDL', '--sheet-b=Mới');
    expect(named.json.b.sheet).toBe('Mới');
    expect(named.json.different.map((x) => [x.field, x.b])).toEqual([['phone', '0900000000']]);
    expect(named.code).toBe(1);
  });

  it('exits 2 with a Vietnamese message for bad arguments, missing files and sheets', async () => {
    await files([sheetA(BASE), { name: 'Ghi chú', rows: [['Không phải bảng']] }], [sheetB(presentationOnlyB())]);
    const cases: [string[], RegExp][] = [
      [['A.xlsx'], /Cần đúng hai tệp/],
      [['A.xlsx', 'B.xlsx', '--sheet-x', 'a'], /Tùy chọn không hợp lệ: "--sheet-x"/],
      [['A.xlsx', 'B.xlsx', '--out'], /--out cần một giá trị/],
      [['A.xlsx', 'khong-co.xlsx'], /Không tìm thấy tệp "khong-co.xlsx"/],
      [['A.xlsx', 'B.xlsx', '--sheet-a', 'Trang 9'], /không có trang "Trang 9".*"Danh sách CSDL"/],
      [['A.xlsx', 'B.xlsx', '--sheet-a', 'Ghi chú'], /Trang "Ghi chú" trong tệp "A.xlsx" không có bảng đảng viên/],
      [['A.xlsx', 'B.xlsx', '--out', 'A.xlsx'], /không ghi đè/],
      [['A.xlsx', 'hong.xlsx'], /Tệp "hong.xlsx" không phải là tệp Excel/],
    ];
    writeBytes(dir, 'hong.xlsx', 'STT,Họ và tên\n1,Nguyễn Văn An\n');
    for (const [argv, message] of cases) {
      const r = await run(dir, ...argv);
      expect({ argv, code: r.code }).toEqual({ argv, code: 2 });
      expect(r.err).toMatch(message);
    }
  });

  it('--out writes a "Đối soát" sheet linking each row to the cells of both files', async () => {
    const rows = BASE.map((m, i) => typedInB(m, i));
    rows[8] = { ...rows[8], birth: '14/02/1966' };
    await files([sheetA(BASE)], [sheetB(rows)]);
    const r = await run(dir, 'A.xlsx', 'B.xlsx', '--out', 'ket-qua.xlsx');
    expect(r.code).toBe(1);
    expect(r.out).toContain('Đã ghi tệp đối soát: ket-qua.xlsx');
    const wb = await readBack(path.join(dir, 'ket-qua.xlsx'));
    const ws = wb.getWorksheet('Đối soát')!;
    expect(ws).toBeDefined();
    const texts: string[] = [];
    const formulas: string[] = [];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | string | number | null;
        if (v && typeof v === 'object' && v.formula) formulas.push(v.formula);
        texts.push(cell.text);
      }),
    );
    for (const title of ['CHỈ CÓ Ở A (0)', 'CHỈ CÓ Ở B (0)', 'KHÁC NHAU (1)', 'TRÙNG LẶP VÀ KHÔNG XÁC ĐỊNH ĐƯỢC (0)']) {
      expect(texts).toContain(title);
    }
    expect(texts).toEqual(expect.arrayContaining(['14/02/1965', '14/02/1966', 'Ngày sinh']));
    // Row 13 in A (Hải), birth date in column D; row 10 in B, birth date in column D too (after TT, ID, name).
    expect(formulas).toContain(`HYPERLINK("[A.xlsx]'Danh sách CSDL'!D${A_FIRST_ROW + 8}","14/02/1965")`);
    expect(formulas).toContain(`HYPERLINK("[B.xlsx]'Danh sách chi bộ'!D${B_FIRST_ROW + 8}","14/02/1966")`);

    // With --json too, stdout holds the JSON alone.
    const both = await runJson(dir, 'A.xlsx', 'B.xlsx', '--out', 'ket-qua-2.xlsx');
    expect(both.json.different).toHaveLength(1);
    expect((await readBack(path.join(dir, 'ket-qua-2.xlsx'))).getWorksheet('Đối soát')).toBeDefined();
  });

  it('reads a two-row merged header, ISO text dates, formulas and error cells (the shared member fixture)', async () => {
    // memberSheet: titles, a header on rows 4-5 with "Ngày tháng" over "Vào Đảng"/"Chính thức", data from row 6.
    const plain: SheetSpec = {
      name: 'Danh sách',
      rows: [
        ['Họ và tên', 'Ngày sinh', 'Giới tính', 'CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'SĐT', 'Địa chỉ'],
        ['NGUYỄN THỊ LAN', '12/04/1953', 'Nữ', '037153000257', '26/03/1975', '26/03/1976', 'Chi bộ Thôn 1', '0912345678', 'Thôn 1, xã Yên Lạc, tỉnh Ninh Bình'],
        ['Trần Văn Minh', utcDate(1980, 6, 5), 'Nam', '001080012345', utcDate(2005, 5, 19), utcDate(2006, 5, 19), 'Chi bộ Thôn 1', '0987654321', 'Thôn 2, xã Yên Lạc, tỉnh Ninh Bình'],
        ['Lê Văn Hùng', '02/09/1975', 'Nam', '037075001234', '03/01/2000', '03/01/2001', 'Chi bộ Thôn 2', '0903111222', 'Thôn 3, xã Yên Lạc, tỉnh Ninh Bình'],
        ['Phạm Thị Hoa', '15/07/1990', 'Nữ', '037190005678', '03/02/2015', '03/02/2016', 'Chi bộ Thôn 2', '0356789012', 'Thôn 4, xã Yên Lạc, tỉnh Ninh Bình'],
        ['Hoàng Văn Nam', '01/12/1985', 'Nam', '037085009999', '01/06/2010', '01/06/2011', 'Chi bộ Thôn 1', '0912000111', 'Thôn 1, xã Yên Lạc, tỉnh Ninh Bình'],
      ],
    };
    await files([memberSheet()], [plain]);
    const { code, json } = await runJson(dir, 'A.xlsx', 'B.xlsx');
    expect(json.matched).toBe(5);
    // Only the phone that is an error value (#N/A) in A differs; it is shown as typed, not as empty.
    expect(json.different).toEqual([{ rowA: 10, rowB: 6, field: 'phone', a: '#N/A', b: '0912000111' }]);
    expect(code).toBe(1);
  });
});
