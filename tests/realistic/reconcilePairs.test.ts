/**
 * Reconciliation of realistic pairs: the list exported from CSDL đảng viên against the commune's own Excel list,
 * each laid out its own way, read back from .xlsx through `dvcheck reconcile`. All people and numbers are synthetic.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runReconcile } from '../../src/cli/commands/reconcile';
import type { CliIO } from '../../src/cli/io';
import { reconcileJsonSchema, type ReconcileJson } from '../../src/core/reconcile/schema';
import { makeTempDir } from '../helpers/xlsx';
import { d } from './support';

interface Person {
  name: string;
  gender: 'Nam' | 'Nữ';
  birth: Date;
  id: string;
  card: string;
  admission: Date;
  /** Absent for a probationary member. */
  official?: Date;
  branch: string;
  phone: string;
}

const P: Person[] = [
  { name: 'Nguyễn Văn An', gender: 'Nam', birth: d(1965, 3, 12), id: '036065001234', card: '01234567', admission: d(1990, 5, 19), official: d(1991, 5, 19), branch: 'Chi bộ Thôn 1', phone: '0912345678' },
  { name: 'Trần Thị Thuý', gender: 'Nữ', birth: d(1972, 8, 2), id: '036172004321', card: '01234568', admission: d(1998, 2, 3), official: d(1999, 2, 3), branch: 'Chi bộ Thôn 1', phone: '0987654321' },
  { name: 'Lê Văn Hoà', gender: 'Nam', birth: d(1980, 1, 15), id: '036080007777', card: '01234569', admission: d(2005, 9, 2), official: d(2006, 9, 2), branch: 'Chi bộ Thôn 1', phone: '0356789012' },
  { name: 'Phạm Thị Hạnh', gender: 'Nữ', birth: d(1985, 11, 30), id: '036185002222', card: '01234570', admission: d(2010, 3, 26), official: d(2011, 3, 26), branch: 'Chi bộ Thôn 2', phone: '0901234567' },
  { name: 'Hoàng Văn Bình', gender: 'Nam', birth: d(1958, 6, 6), id: '036058003333', card: '01234571', admission: d(1980, 7, 27), official: d(1981, 7, 27), branch: 'Chi bộ Thôn 2', phone: '0961234567' },
  { name: 'Vũ Thị Lan', gender: 'Nữ', birth: d(1990, 4, 4), id: '036190005555', card: '01234572', admission: d(2015, 12, 22), official: d(2016, 12, 22), branch: 'Chi bộ Thôn 2', phone: '0971234567' },
  { name: 'Đỗ Văn Cường', gender: 'Nam', birth: d(1975, 2, 20), id: '036075006666', card: '01234573', admission: d(2000, 1, 6), official: d(2001, 1, 6), branch: 'Chi bộ Thôn 3', phone: '0341234567' },
  { name: 'Bùi Thị Mai', gender: 'Nữ', birth: d(1995, 9, 9), id: '036195008888', card: '01234574', admission: d(2020, 5, 19), official: d(2021, 5, 19), branch: 'Chi bộ Thôn 3', phone: '0331234567' },
];

const dmy = (x: Date) =>
  `${String(x.getUTCDate()).padStart(2, '0')}/${String(x.getUTCMonth() + 1).padStart(2, '0')}/${x.getUTCFullYear()}`;

function put(ws: ExcelJS.Worksheet, row: number, values: (ExcelJS.CellValue | undefined)[]): void {
  values.forEach((v, i) => {
    if (v === undefined || v === null || v === '') return;
    const cell = ws.getCell(row, i + 1);
    cell.value = v;
    if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  });
}

/** The CSDL export: two title rows, one header row on row 4, names in capitals, dates and IDs as text. */
const A_FIRST = 5;
function csdlExport(people: Person[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN';
  ws.getCell('A2').value = 'Đảng bộ xã Yên Thành';
  put(ws, 4, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số định danh cá nhân', 'Số thẻ đảng viên', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ sinh hoạt', 'Số điện thoại']);
  people.forEach((p, i) =>
    put(ws, A_FIRST + i, [i + 1, p.name.toUpperCase(), p.gender, dmy(p.birth), p.id, p.card, dmy(p.admission), p.official && dmy(p.official), p.branch, p.phone]),
  );
  return wb;
}

type Typed = Omit<Person, 'id' | 'card' | 'phone'> & { id: string | number; card: string | number; phone: string | number };

/**
 * The commune's list: "Ngày tháng" over "Vào Đảng | Chính thức", members under a section row per chi bộ (no branch
 * column), real dates, IDs as numbers shown with 12 digits. Returns each person's Excel row.
 */
function communeList(people: Typed[], sectionTitle: (branch: string) => string): { wb: ExcelJS.Workbook; rows: number[] } {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS đảng viên');
  ws.getCell('A1').value = 'ĐẢNG BỘ XÃ YÊN THÀNH';
  ws.getCell('A3').value = 'DANH SÁCH ĐẢNG VIÊN NĂM 2025';
  put(ws, 5, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số thẻ ĐV', 'Ngày tháng', undefined, 'Điện thoại']);
  put(ws, 6, [undefined, undefined, undefined, undefined, undefined, undefined, 'Vào Đảng', 'Chính thức']);
  for (const c of [1, 2, 3, 4, 5, 6, 9]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 7, 5, 8);
  let r = 7;
  let current = '';
  const rows: number[] = [];
  people.forEach((p, i) => {
    if (p.branch !== current) {
      current = p.branch;
      ws.getCell(r, 1).value = sectionTitle(current);
      ws.mergeCells(r, 1, r, 9);
      r++;
    }
    put(ws, r, [i + 1, p.name, p.gender, p.birth, p.id, p.card, p.admission, p.official, p.phone]);
    if (typeof p.id === 'number') ws.getCell(r, 5).numFmt = '000000000000';
    rows.push(r++);
  });
  return { wb, rows };
}

let dir: string;
beforeAll(() => {
  dir = makeTempDir('dvcheck-recpairs-');
});

async function reconcile(a: ExcelJS.Workbook, b: ExcelJS.Workbook, ...extra: string[]): Promise<{ code: number; json: ReconcileJson; err: string }> {
  await a.xlsx.writeFile(path.join(dir, 'csdl.xlsx'));
  await b.xlsx.writeFile(path.join(dir, 'xa.xlsx'));
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir };
  const code = await runReconcile(['csdl.xlsx', 'xa.xlsx', '--json', ...extra], io);
  return { code, json: reconcileJsonSchema.parse(JSON.parse(out)), err };
}

describe('reconciling the CSDL export against the commune list', () => {
  it('finds nothing where only layout and typing differ: Thuý/Thúy, capitals, spaces, +84/0084/dots, numbers, chi bộ names', async () => {
    const typed: Typed[] = P.map((p) => ({ ...p }));
    typed[1].name = 'Trần Thị Thúy';
    typed[2].name = ' Lê  Văn Hòa ';
    typed[0].phone = '0912.345.678';
    typed[1].phone = '+84 987 654 321';
    typed[2].phone = '0084 356 789 012';
    typed[3].phone = 901234567; // a number cell: its leading 0 lost
    typed[4].phone = '+84 (0) 961 234 567';
    // IDs and card numbers kept as numbers: the card's leading 0 is lost (01234567 → 1234567).
    typed.forEach((p) => {
      p.id = Number(p.id);
      p.card = Number(p.card);
    });
    const titles: Record<string, string> = { 'Chi bộ Thôn 1': 'I. CHI BỘ THÔN 1', 'Chi bộ Thôn 2': 'CB Thôn 02', 'Chi bộ Thôn 3': '3. Chi bộ thôn Ba' };
    const { wb } = communeList(typed, (b) => titles[b]);
    // The export names each chi bộ with its superior committee.
    const exported = P.map((p) => ({ ...p, branch: `${p.branch} - Đảng bộ xã Yên Thành` }));
    const { code, json } = await reconcile(csdlExport(exported), wb);
    expect(json).toMatchObject({ matched: P.length, onlyInA: [], onlyInB: [], different: [], ambiguous: [] });
    expect(code).toBe(0);
  });

  it('reports each real difference once, with the rows and normalised values a clerk acts on', async () => {
    const a = P.map((p) => ({ ...p }));
    a[3].id = ''; // Hạnh: no ID in the CSDL export, found by her card (a number cell in the commune list)
    a[4].id = '036058333'; // Bình: still a 9-digit CMND in the export
    a[5].id = '036190005556'; // Lan: one digit mistyped
    const b: Typed[] = P.map((p) => ({ ...p }));
    b[0].birth = d(1965, 3, 13); // An: a day off
    b[3].card = Number(P[3].card);
    b[6].branch = 'Chi bộ Thôn 2'; // Cường: moved to Thôn 2 in the commune list
    b[7].id = ''; // Mai: no ID in the commune list, found by her card
    b.push({ ...P[0], name: 'Ngô Văn Khoa', birth: d(1988, 7, 7), id: '036088001111', card: '01234575', branch: 'Chi bộ Thôn 3', phone: '0391234567' });
    b.sort((x, y) => x.branch.localeCompare(y.branch));
    const { wb, rows } = communeList(b, (br) => br);
    const rowB = (name: string) => rows[b.findIndex((p) => p.name === name)];
    const rowA = (i: number) => A_FIRST + i;

    const { code, json } = await reconcile(csdlExport(a), wb);
    expect(code).toBe(1);
    expect(json.matched).toBe(P.length);
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([{ row: rowB('Ngô Văn Khoa'), nationalId: '036088001111', fullName: 'Ngô Văn Khoa' }]);
    expect(json.ambiguous).toEqual([]);
    expect(json.different).toEqual([
      { rowA: rowA(0), rowB: rowB(P[0].name), field: 'birthDate', a: '12/03/1965', b: '13/03/1965' },
      { rowA: rowA(3), rowB: rowB(P[3].name), field: 'nationalId', a: '', b: P[3].id },
      { rowA: rowA(4), rowB: rowB(P[4].name), field: 'nationalId', a: '036058333', b: P[4].id },
      { rowA: rowA(5), rowB: rowB(P[5].name), field: 'nationalId', a: '036190005556', b: P[5].id },
      { rowA: rowA(6), rowB: rowB(P[6].name), field: 'branch', a: 'Chi bộ Thôn 3', b: 'Chi bộ Thôn 2' },
      { rowA: rowA(7), rowB: rowB(P[7].name), field: 'nationalId', a: P[7].id, b: '' },
    ]);
  });

  it('says a row whose ID is listed twice on the other side is ambiguous, not matched', async () => {
    const b: Typed[] = [...P, { ...P[0], name: 'Nguyễn Văn Ân', birth: d(1966, 1, 1) }].map((p) => ({ ...p }));
    const { wb, rows } = communeList(b, (br) => br);
    const { code, json } = await reconcile(csdlExport(P), wb);
    expect(code).toBe(1);
    expect(json.ambiguous).toEqual([{ rowA: A_FIRST, rowsB: [rows[0], rows[P.length]].sort((x, y) => x - y) }]);
    expect(json.matched).toBe(P.length - 1);
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([]);
  });

  it('reads both blocks of a sheet listing official members, then probationary ones under a header of other columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đảng viên');
    ws.getCell('A1').value = 'I. ĐẢNG VIÊN CHÍNH THỨC';
    put(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    P.slice(0, 5).forEach((p, i) => put(ws, 3 + i, [i + 1, p.name, p.gender, dmy(p.birth), p.id, dmy(p.admission), dmy(p.official!), p.branch]));
    ws.getCell('A10').value = 'II. ĐẢNG VIÊN DỰ BỊ';
    put(ws, 11, ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ', 'Số CCCD', 'Ngày vào Đảng']);
    const late = P.slice(5);
    late.forEach((p, i) => put(ws, 12 + i, [i + 1, p.name, dmy(p.birth), p.gender, p.branch, p.id, dmy(p.admission)]));
    // Mai's chi bộ differs in the second block: the difference names that block's column (E), not the first's (H).
    ws.getCell(14, 5).value = 'Chi bộ Thôn 1';

    const exported = P.map((p, i) => (i < 5 ? p : { ...p, official: undefined }));
    const { code, json } = await reconcile(wb, csdlExport(exported));
    expect(code).toBe(1);
    expect(json.matched).toBe(P.length);
    expect(json.onlyInA).toEqual([]);
    expect(json.onlyInB).toEqual([]);
    expect(json.different).toEqual([{ rowA: 14, rowB: A_FIRST + 7, field: 'branch', a: 'Chi bộ Thôn 1', b: 'Chi bộ Thôn 3' }]);

    await reconcile(wb, csdlExport(exported), '--out', 'doi-soat.xlsx');
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'doi-soat.xlsx'));
    const cells: string[] = [];
    out.getWorksheet('Đối soát')!.eachRow((row) => row.eachCell((c) => cells.push(String(c.text))));
    // "Ô ở A" | "Ô ở B" of the one difference: the chi bộ cell of each list.
    expect(cells.join('|')).toContain(`|E14|I${A_FIRST + 7}`);
  });
});
