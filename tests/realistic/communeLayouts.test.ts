/**
 * Member lists laid out the way commune party offices make them, with clean data: any finding on these rows would be
 * a false one. Each block is one layout the engine once misread. All people and numbers are synthetic.
 */
import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/core/engine';
import { AS_OF, checkBook, d, findingsOn, putRow, type Checked } from './support';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
const GIVEN_M = ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khánh', 'Long', 'Phong', 'Sơn'];
const GIVEN_F = ['Anh', 'Hà', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Nga', 'Yến'];

interface Person {
  index: number;
  fullName: string;
  gender: string;
  birthDate: Date;
  nationalId: string;
  admissionDate: Date;
  officialDate?: Date;
  branch: string;
}

/** A clean member: ID agreeing with birth year and gender, admitted at 25, official 12 months later. */
function person(i: number, branch = 'Chi bộ Thôn 1', probationary = false): Person {
  const female = i % 3 === 1;
  const year = probationary ? 1980 + (i % 20) : 1955 + ((i * 7) % 45); // admitted in 2025 under 60
  const admitted = probationary ? d(2025, 1 + (i % 6), 10) : d(year + 25, 1 + (i % 12), 1 + (i % 28));
  return {
    index: i + 1,
    fullName: `${SURNAMES[i % 10]} ${female ? 'Thị' : 'Văn'} ${(female ? GIVEN_F : GIVEN_M)[(i * 3) % 10]}`,
    gender: female ? 'Nữ' : 'Nam',
    birthDate: d(year, 1 + (i % 12), 1 + ((i * 5) % 28)),
    nationalId: `025${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(100 + i).padStart(6, '0')}`,
    admissionDate: admitted,
    ...(probationary ? {} : { officialDate: d(admitted.getUTCFullYear() + 1, admitted.getUTCMonth() + 1, admitted.getUTCDate()) }),
    branch,
  };
}

function people(n: number, branch?: string, probationary = false, from = 0): Person[] {
  return Array.from({ length: n }, (_, i) => ({ ...person(from + i, branch, probationary), index: i + 1 }));
}

/** The signature block under a list. */
function signatures(ws: ExcelJS.Worksheet, row: number): void {
  putRow(ws, row, ['Hy Cương, ngày 15 tháng 12 năm 2025'], 6);
  putRow(ws, row + 1, [undefined, 'NGƯỜI LẬP BIỂU', undefined, undefined, undefined, 'T/M ĐẢNG ỦY']);
  putRow(ws, row + 2, [undefined, undefined, undefined, undefined, undefined, 'BÍ THƯ']);
  putRow(ws, row + 6, [undefined, 'Nguyễn Thị Hằng', undefined, undefined, undefined, 'Trần Văn Khánh']);
}

describe('the only name column is "Họ và tên khai sinh"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['ĐẢNG BỘ XÃ HY CƯƠNG']);
    putRow(ws, 2, ['CHI BỘ THÔN 3']);
    putRow(ws, 4, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 3 NĂM 2025']);
    ws.mergeCells('A4:H4');
    putRow(ws, 6, ['STT', 'Họ và tên\nkhai sinh', 'Giới tính', 'Ngày sinh', 'Số CCCD\n(12 số)', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    putRow(ws, 7, [1, 2, 3, 4, 5, 6, 7, 8]);
    const ps = people(20, 'Chi bộ Thôn 3');
    ps.forEach((p, i) => putRow(ws, 8 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]));
    putRow(ws, 8 + ps.length, ['Cộng: 20 đảng viên']);
    signatures(ws, 30);
    c = await checkBook(wb, 'birth-name.xlsx');
  });

  it('is read as the members\' full name: the table is found (it was "table-not-found")', () => {
    const t = c.result.tables[0];
    expect(t.columns).toMatchObject({ fullName: 1, gender: 2, birthDate: 3, nationalId: 4 });
    expect(t.dataRows).toHaveLength(20);
    expect(c.result.members[0].records[0].fullName).toBe(person(0).fullName);
  });

  it('clean rows, the numbering row, the count line and the signatures give no finding', () => {
    expect(findingsOn(c.result, 'DV')).toEqual([]);
  });
});

describe('one sheet per chi bộ, with an instructions sheet, a summary sheet and an empty sheet', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const guide = wb.addWorksheet('Hướng dẫn');
    putRow(guide, 1, ['HƯỚNG DẪN NHẬP DỮ LIỆU']);
    putRow(guide, 3, ['1. Cột Họ và tên: ghi đầy đủ họ, chữ đệm và tên.']);
    putRow(guide, 4, ['2. Cột Ngày sinh, Ngày vào Đảng: nhập dd/mm/yyyy.']);
    putRow(guide, 6, ['Cột', 'Nội dung', 'Ví dụ']);
    putRow(guide, 7, ['Họ và tên', 'Họ tên đảng viên', 'Nguyễn Văn A']);
    putRow(guide, 8, ['Ngày sinh', 'Ngày tháng năm sinh', '01/01/1980']);
    putRow(guide, 9, ['Số CCCD', '12 chữ số', '025080001234']);
    const sum = wb.addWorksheet('Tổng hợp');
    putRow(sum, 1, ['TỔNG HỢP SỐ LƯỢNG ĐẢNG VIÊN']);
    putRow(sum, 3, ['STT', 'Chi bộ', 'Tổng số đảng viên', 'Nam', 'Nữ', 'Chính thức', 'Dự bị']);
    putRow(sum, 4, [1, 'Chi bộ Thôn 1', 22, 14, 8, 22, 0]);
    putRow(sum, 5, [2, 'Chi bộ Thôn 2', 20, 13, 7, 20, 0]);
    putRow(sum, 6, [undefined, 'Cộng', 42, 27, 15, 42, 0]);
    [['CB Thôn 1', 'THÔN 1', 22], ['CB Thôn 2', 'THÔN 2', 20]].forEach(([name, unit, n], k) => {
      const ws = wb.addWorksheet(name as string);
      putRow(ws, 1, ['ĐẢNG BỘ XÃ HY CƯƠNG', undefined, undefined, undefined, undefined, 'ĐẢNG CỘNG SẢN VIỆT NAM']);
      putRow(ws, 2, [`CHI BỘ ${unit}`]);
      putRow(ws, 4, [`DANH SÁCH ĐẢNG VIÊN CHI BỘ ${unit}`]);
      ws.mergeCells('A4:H4');
      putRow(ws, 6, ['TT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
      const ps = people(n as number, `Chi bộ ${unit}`, false, k * 30);
      ps.forEach((p, i) => putRow(ws, 7 + i, [p.index, p.fullName, p.birthDate, p.gender, p.nationalId, p.admissionDate, p.officialDate]));
      putRow(ws, 8 + ps.length, [`Tổng cộng: ${n} đảng viên`]);
      signatures(ws, 10 + ps.length);
    });
    wb.addWorksheet('Sheet3');
    c = await checkBook(wb, 'per-branch.xlsx');
  });

  it('reads the two chi bộ sheets as member lists, each member in the chi bộ of its title', () => {
    expect(c.result.tables.map((t) => [t.sheet, t.kind, t.dataRows.length])).toEqual([['CB Thôn 1', 'members', 22], ['CB Thôn 2', 'members', 20]]);
    expect(c.result.tables.map((t) => t.sections.map((s) => s.label))).toEqual([['CHI BỘ THÔN 1'], ['CHI BỘ THÔN 2']]);
  });

  it('checked as the CLI does (every sheet asked for), the instructions, summary and empty sheets are not table-not-found', () => {
    const all = checkWorkbook(c.sheets, { asOf: AS_OF, requireTables: true });
    expect(all.findings.map((f) => `${f.sheet} ${f.rule}`)).toEqual([]);
  });
});

describe('two blocks on one sheet: official members, then probationary members under a header of their own', () => {
  let c: Checked;
  const SHEET = 'DV';
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    putRow(ws, 1, ['ĐẢNG BỘ XÃ HY CƯƠNG', undefined, undefined, undefined, undefined, 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    putRow(ws, 2, ['CHI BỘ THÔN 2']);
    putRow(ws, 4, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2']);
    ws.mergeCells('A4:I4');
    putRow(ws, 6, ['I. ĐẢNG VIÊN CHÍNH THỨC']);
    putRow(ws, 7, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Ghi chú']);
    const official = people(30, 'Chi bộ Thôn 2');
    official.forEach((p, i) => putRow(ws, 8 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate, String(31000001 + i)]));
    // 38 blank, 39 heading, 40 the second header: other columns in another order, no official date or card.
    putRow(ws, 39, ['II. ĐẢNG VIÊN DỰ BỊ']);
    putRow(ws, 40, ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Ngày kết nạp', 'Số CCCD', 'Ghi chú']);
    const probationary = people(6, 'Chi bộ Thôn 2', true, 40);
    probationary.forEach((p, i) => putRow(ws, 41 + i, [p.index, p.fullName, d(1990 + i, 3, 4), p.gender, p.admissionDate, `025${p.gender === 'Nữ' ? 1 : 0}${90 + i}${String(500 + i).padStart(6, '0')}`]));
    // 46: the last one's ID says a man; she is a woman: found on the ID cell of the second block (F46).
    ws.getCell('D46').value = 'Nữ';
    putRow(ws, 47, ['Tổng cộng: 36 đảng viên']);
    signatures(ws, 49);
    c = await checkBook(wb, 'two-blocks.xlsx');
  });

  it('reads each block by its own header: two tables on the sheet', () => {
    const [a, b] = c.result.tables;
    expect(c.result.tables).toHaveLength(2);
    expect([a.headerRow, a.firstRow, a.lastRow, a.dataRows.length]).toEqual([7, 8, 37, 30]);
    expect([b.headerRow, b.firstRow, b.lastRow, b.dataRows.length]).toEqual([40, 41, 46, 6]);
    expect(b.columns).toMatchObject({ fullName: 1, birthDate: 2, gender: 3, admissionDate: 4, nationalId: 5 });
  });

  it('the chi bộ of the title is the branch of both blocks: no column-missing, no required branch', () => {
    expect(c.result.tables.map((t) => t.sections.map((s) => s.label))).toEqual([['CHI BỘ THÔN 2'], ['CHI BỘ THÔN 2']]);
    expect(c.result.members[1].records.map((r) => r.branch)).toEqual(Array(6).fill('CHI BỘ THÔN 2'));
  });

  it('only the real mistake is found (it was a flood of gender, date, ID and branch errors on every probationary row)', () => {
    expect(findingsOn(c.result, SHEET)).toEqual(['F46 id-gender']);
  });
});

describe('the member type marked x under "Đảng viên" over "Chính thức" | "Dự bị"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 4']);
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Đảng viên', undefined, 'Ghi chú']);
    putRow(ws, 4, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Chính thức', 'Dự bị']);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'K']) ws.mergeCells(`${col}3:${col}4`);
    ws.mergeCells('I3:J3');
    const official = people(20, 'Chi bộ Thôn 4');
    official.forEach((p, i) => putRow(ws, 5 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate, String(42000001 + i), 'x']));
    const probationary = people(3, 'Chi bộ Thôn 4', true, 20);
    probationary.forEach((p, i) => putRow(ws, 25 + i, [21 + i, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, undefined, undefined, undefined, 'x']));
    // 28: marked official, no official date and no card: both are missing; 29: marked twice.
    const [late, twice] = people(2, 'Chi bộ Thôn 4', false, 30);
    putRow(ws, 28, [24, late.fullName, late.gender, late.birthDate, late.nationalId, late.admissionDate, undefined, undefined, 'x']);
    putRow(ws, 29, [25, twice.fullName, twice.gender, twice.birthDate, twice.nationalId, twice.admissionDate, twice.officialDate, '42000099', 'x', 'x']);
    c = await checkBook(wb, 'type-marks.xlsx');
  });

  it('reads the marked column as the type (the marks were 25 "x" values outside the list)', () => {
    expect(c.result.tables[0].memberTypeByMark).toEqual({ official: 8, probationary: 9 });
    const types = c.result.members[0].records.map((r) => r.memberType);
    expect(types.slice(0, 20)).toEqual(Array(20).fill('Chính thức'));
    expect(types.slice(20, 23)).toEqual(Array(3).fill('Dự bị'));
  });

  it('finds only what the marks say is missing or contradictory', () => {
    expect(findingsOn(c.result, 'DS')).toEqual(['G28 required', 'H28 card-missing', 'J29 value-not-in-list']);
  });
});

describe('"I. ĐẢNG VIÊN CHÍNH THỨC" and "II. ĐẢNG VIÊN DỰ BỊ" headings with no type column', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 5']);
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    putRow(ws, 4, ['I', 'ĐẢNG VIÊN CHÍNH THỨC']);
    const official = people(12, 'Chi bộ Thôn 5');
    official.forEach((p, i) => putRow(ws, 5 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]));
    // 17: listed as official, admitted in March 2025, no official date yet: the list contradicts itself.
    const [recent] = people(1, 'Chi bộ Thôn 5', true, 12);
    putRow(ws, 17, [13, recent.fullName, recent.gender, recent.birthDate, recent.nationalId, d(2025, 3, 1)]);
    putRow(ws, 18, ['II', 'ĐẢNG VIÊN DỰ BỊ']);
    const probationary = people(3, 'Chi bộ Thôn 5', true, 13);
    probationary.forEach((p, i) => putRow(ws, 19 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate]));
    // 21: probationary since June 2024: overdue (it was "official date missing", an error, though the list says dự bị).
    ws.getCell('F21').value = d(2024, 6, 1);
    c = await checkBook(wb, 'type-headings.xlsx');
  });

  it('the headings are neither members nor chi bộ: the chi bộ is the title\'s', () => {
    expect(c.result.tables[0].dataRows).toHaveLength(16);
    expect(c.result.tables[0].sections.map((s) => s.label)).toEqual(['CHI BỘ THÔN 5']);
  });

  it('each member has the type of the heading above', () => {
    expect(c.result.members[0].records.map((r) => r.memberType)).toEqual([...Array(13).fill('Chính thức'), ...Array(3).fill('Dự bị')]);
  });

  it('the official member with no official date is reported; the overdue probationary member is overdue', () => {
    expect(findingsOn(c.result, 'DS')).toEqual(['F21 probation-overdue', 'G17 required']);
  });
});

describe('"Chức vụ Đảng" beside "Chức vụ chính quyền"', () => {
  it('the party position is the field; the other column is not a duplicate to delete', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Chức vụ Đảng', 'Chức vụ chính quyền']);
    people(5).forEach((p, i) => putRow(ws, 3 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate, p.branch, i ? 'Đảng viên' : 'Bí thư chi bộ', i ? undefined : 'Trưởng thôn']));
    const c = await checkBook(wb, 'positions.xlsx');
    expect(c.result.tables[0].columns.position).toBe(8);
    expect(c.result.tables[0].duplicateColumns).toEqual([]);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('"Chưa có", "Chưa cấp", "Không có" written in the card, record and phone columns', () => {
  it('are no number: nothing for a probationary member, card-missing for an official one, record-missing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Số thẻ đảng viên', 'Số lý lịch', 'Số điện thoại']);
    const ps = [...people(3), ...people(2, 'Chi bộ Thôn 1', true, 3)];
    const extra = [['31000001', '012345HC', '0912345678'], ['Chưa cấp', '012346HC', 'Không có'], ['31000003', 'Chưa có', '0912345679'], ['Chưa có', '012348HC', '0912345680'], ['chưa có thẻ', '012349HC', '']];
    ps.forEach((p, i) => putRow(ws, 3 + i, [i + 1, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate, p.branch, ...extra[i]]));
    const c = await checkBook(wb, 'none-yet.xlsx');
    expect(findingsOn(c.result, 'DS')).toEqual(['I4 card-missing', 'J5 record-missing']);
  });
});

describe('"Dự bị" or "Chưa" written in the official-date column', () => {
  it('is no date yet: the member is probationary (overdue when admitted over 12 months ago), not an invalid date', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    const ps = [...people(2), ...people(4, 'Chi bộ Thôn 1', true, 2)];
    const official = [undefined, undefined, 'Dự bị', 'Đang dự bị', 'Dự bị', 'Chưa'];
    ps.forEach((p, i) => putRow(ws, 3 + i, [i + 1, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, official[i] ?? p.officialDate, p.branch]));
    // 7 and 8: admitted in June 2024: the first says dự bị (overdue), the second only "Chưa" (the date is missing).
    ws.getCell('F7').value = d(2024, 6, 1);
    ws.getCell('F8').value = d(2024, 6, 1);
    const c = await checkBook(wb, 'not-yet-official.xlsx');
    expect(findingsOn(c.result, 'DS')).toEqual(['F7 probation-overdue', 'G8 required']);
    expect(c.result.members[0].records.map((r) => r.memberType)).toEqual([undefined, undefined, 'Dự bị', 'Dự bị', 'Dự bị', undefined]);
  });
});

describe('members grouped under units named without "Chi bộ" ("Trường Tiểu học Hy Cương", "Công an xã")', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ HY CƯƠNG']);
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    let r = 4;
    ['Trường Tiểu học Hy Cương', 'Công an xã', 'TRẠM Y TẾ'].forEach((unit, k) => {
      putRow(ws, r++, [undefined, unit]);
      for (const p of people(5, unit, false, k * 5)) putRow(ws, r++, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]);
    });
    // 22: a member typed with a name only and no STT yet: still a member, missing everything else.
    putRow(ws, 22, [undefined, 'Đinh Văn Tuấn']);
    c = await checkBook(wb, 'unit-headings.xlsx');
  });

  it('the unit lines are headings, each member belongs to the unit above (they were members with five empty cells)', () => {
    const t = c.result.tables[0];
    expect(t.sections.map((s) => [s.row, s.label])).toEqual([[4, 'Trường Tiểu học Hy Cương'], [10, 'Công an xã'], [16, 'TRẠM Y TẾ']]);
    expect(c.result.members[0].records.slice(0, 15).map((m) => m.branch)).toEqual(['Trường Tiểu học Hy Cương', 'Công an xã', 'TRẠM Y TẾ'].flatMap((u) => Array(5).fill(u)));
  });

  it('no column-missing for the branch; only the member with a name alone is reported', () => {
    expect(findingsOn(c.result, 'DS')).toEqual(['C22 required', 'D22 required', 'E22 required', 'F22 required']);
  });
});

describe('two chi bộ lists stacked on one sheet, each with its title, header and signatures', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    let r = 1;
    ['THÔN 1', 'THÔN 2'].forEach((unit, k) => {
      putRow(ws, r++, ['ĐẢNG BỘ XÃ HY CƯƠNG']);
      putRow(ws, r, [`DANH SÁCH ĐẢNG VIÊN CHI BỘ ${unit}`]);
      ws.mergeCells(r, 1, r, 8);
      r += 2;
      putRow(ws, r++, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
      for (const p of people(8, unit, false, k * 8)) putRow(ws, r++, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]);
      signatures(ws, r + 1);
      r += 10;
    });
    c = await checkBook(wb, 'stacked.xlsx');
  });

  it('the second title starts the second chi bộ: its members are no longer counted in the first', () => {
    const t = c.result.tables[0];
    expect(t.sections.map((s) => s.label)).toEqual(['CHI BỘ THÔN 1', 'CHI BỘ THÔN 2']);
    const branches = c.result.members[0].records.map((m) => m.branch);
    expect(branches).toEqual([...Array(8).fill('CHI BỘ THÔN 1'), ...Array(8).fill('CHI BỘ THÔN 2')]);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('a template filled in: a row of notes and an example row under the header', () => {
  it('neither is a member (they were six errors on the notes and an ID error on the example)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 7']);
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    putRow(ws, 4, [undefined, '(Viết hoa chữ cái đầu)', '(Nam/Nữ)', '(dd/mm/yyyy)', '(Đủ 12 số)', '(dd/mm/yyyy)', '(dd/mm/yyyy)']);
    putRow(ws, 5, ['VD', 'Nguyễn Văn A', 'Nam', '01/01/1980', '0010800xxxxx', '03/02/2005', '03/02/2006', 'Dòng ví dụ, không xóa']);
    people(10, 'Chi bộ Thôn 7').forEach((p, i) => putRow(ws, 6 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]));
    const c = await checkBook(wb, 'template.xlsx');
    expect(c.result.tables[0].dataRows).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('a "Năm sinh" column holding years only', () => {
  it('each year is an incomplete birth date, and still the year the ID is checked against', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['STT', 'HỌ VÀ TÊN', 'NĂM SINH', 'GIỚI TÍNH', 'SỐ CCCD', 'NGÀY VÀO ĐẢNG', 'NGÀY CHÍNH THỨC', 'CHI BỘ']);
    const ps = people(3);
    ps.forEach((p, i) => putRow(ws, 3 + i, [p.index, p.fullName, p.birthDate.getUTCFullYear(), p.gender, p.nationalId, p.admissionDate, p.officialDate, p.branch]));
    // 5: typed as text, and three years off the ID's.
    ws.getCell('C5').value = String(ps[2].birthDate.getUTCFullYear() + 3);
    const c = await checkBook(wb, 'years.xlsx');
    expect(findingsOn(c.result, 'DS')).toEqual(['C3 date-invalid', 'C4 date-invalid', 'C5 date-invalid', 'E5 id-birth-year']);
  });
});

describe('chi bộ headings with "Đảng viên chính thức" / "Đảng viên dự bị" sub-headings in the first only', () => {
  it('the next chi bộ\'s members are not typed by the previous "Đảng viên dự bị" (they would all be overdue)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức']);
    putRow(ws, 3, ['I', 'Chi bộ Thôn 1']);
    putRow(ws, 4, [undefined, 'Đảng viên chính thức']);
    people(3, 'Chi bộ Thôn 1').forEach((p, i) => putRow(ws, 5 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]));
    putRow(ws, 8, [undefined, 'Đảng viên dự bị']);
    people(1, 'Chi bộ Thôn 1', true, 3).forEach((p) => putRow(ws, 9, [4, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate]));
    putRow(ws, 10, ['II', 'Chi bộ Thôn 2']);
    people(3, 'Chi bộ Thôn 2', false, 4).forEach((p, i) => putRow(ws, 11 + i, [p.index, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate]));
    const c = await checkBook(wb, 'types-in-sections.xlsx');
    const recs = c.result.members[0].records;
    expect(recs.map((r) => [r.branch, r.memberType])).toEqual([
      ...Array(3).fill(['Chi bộ Thôn 1', 'Chính thức']),
      ['Chi bộ Thôn 1', 'Dự bị'],
      ...Array(3).fill(['Chi bộ Thôn 2', undefined]),
    ]);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('"Họ và tên" over "Khai sinh" | "Đang dùng", "Trình độ" over "GDPT" | "CM" | "LLCT"', () => {
  it('the name in use is the full name, the other the birth name (the birth name was read as the full name)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN ĐÔNG']);
    putRow(ws, 3, ['STT', 'Họ và tên', undefined, 'Giới tính', 'Ngày, tháng, năm sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Trình độ']);
    putRow(ws, 4, [undefined, 'Khai sinh', 'Đang dùng', undefined, undefined, undefined, undefined, undefined, 'GDPT', 'CM', 'LLCT']);
    for (const col of ['A', 'D', 'E', 'F', 'G', 'H']) ws.mergeCells(`${col}3:${col}4`);
    ws.mergeCells('B3:C3');
    ws.mergeCells('I3:K3');
    const ps = people(4, 'Chi bộ Thôn Đông');
    ps.forEach((p, i) => putRow(ws, 5 + i, [p.index, p.fullName, p.fullName, p.gender, p.birthDate, p.nationalId, p.admissionDate, p.officialDate, '12/12', 'Đại học', 'Sơ cấp']));
    // 5: known by another name than the one on the birth certificate.
    ws.getCell('B5').value = 'Nguyễn Văn Tý';
    const c = await checkBook(wb, 'name-group.xlsx');
    expect(c.result.tables[0].columns).toMatchObject({ birthName: 1, fullName: 2, schooling: 8, profession: 9, politicalTheory: 10 });
    expect(c.result.members[0].records[0].fullName).toBe(ps[0].fullName);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});
