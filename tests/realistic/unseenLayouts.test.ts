/**
 * Layouts met in commune workbooks that the other realistic tests do not cover: abbreviated and unaccented
 * headers, subtotal lines per chi bộ, a summary table under the list, dates typed with a literal apostrophe.
 * All people, numbers and places are synthetic.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const HEADER_ROW = 3;

/** Three clean members in the column order of `header` (one value per column, by field). */
function clean(ws: ExcelJS.Worksheet, first: number, cols: (string | null)[]): void {
  const people = [
    { fullName: 'Nguyễn Văn An', gender: 'Nam', birthDate: d(1970, 3, 4), nationalId: '025070001234', admissionDate: d(1995, 5, 6), officialDate: d(1996, 5, 6) },
    { fullName: 'Trần Thị Bình', gender: 'Nữ', birthDate: d(1980, 7, 8), nationalId: '025180002345', admissionDate: d(2005, 1, 2), officialDate: d(2006, 1, 2) },
    { fullName: 'Lê Văn Cường', gender: 'Nam', birthDate: d(1990, 9, 10), nationalId: '025090003456', admissionDate: d(2015, 2, 3), officialDate: d(2016, 2, 3) },
  ];
  const extra: Record<string, ExcelJS.CellValue> = { branch: 'Chi bộ Thôn 1', ethnicity: 'Kinh', religion: 'Không', hometown: 'Phú Thọ' };
  people.forEach((p, i) => {
    const all: Record<string, ExcelJS.CellValue> = { index: i + 1, ...extra, ...p };
    putRow(ws, first + i, cols.map((f) => (f ? all[f] : undefined)));
  });
}

describe('unseen: abbreviated headers as typed in old lists (Ng.sinh, N.vào Đảng, CB, DT, TG, Q.quán)', () => {
  const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch', 'ethnicity', 'religion', 'hometown'];
  let accented: Checked;
  let unaccented: Checked;
  beforeAll(async () => {
    const a = new ExcelJS.Workbook();
    const ws = a.addWorksheet('DS');
    putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN']);
    putRow(ws, HEADER_ROW, ['TT', 'Họ và tên', 'Giới tính', 'Ng.sinh', 'Số CCCD', 'N.vào Đảng', 'N.chính thức', 'CB', 'D.tộc', 'T.giáo', 'Q.quán']);
    clean(ws, HEADER_ROW + 1, FIELDS);
    accented = await checkBook(a, 'abbrev.xlsx');

    const b = new ExcelJS.Workbook();
    const wu = b.addWorksheet('Sheet1');
    putRow(wu, HEADER_ROW, ['TT', 'HO VA TEN', 'GT', 'NG.SINH', 'CCCD', 'N.VAO DANG', 'N.CHINH THUC', 'CB', 'DT', 'TG', 'Q.QUAN']);
    clean(wu, HEADER_ROW + 1, FIELDS);
    unaccented = await checkBook(b, 'abbrev-caps.xlsx');
  });

  it('every abbreviated column is recognised', () => {
    const want = { index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5, officialDate: 6, branch: 7, ethnicity: 8, religion: 9, hometown: 10 };
    expect(accented.result.tables[0].columns).toEqual(want);
    expect(unaccented.result.tables[0].columns).toEqual(want);
  });

  it('"DT" next to "TG" is the ethnicity (dân tộc), not a phone number: no phone-invalid on "Kinh"', () => {
    expect(findingsOn(unaccented.result, 'Sheet1')).toEqual([]);
    expect(findingsOn(accented.result, 'DS')).toEqual([]);
  });
});

describe('unseen: members grouped by chi bộ with a subtotal line after each group', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['TT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Ghi chú']);
    const cols = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch'];
    putRow(ws, 3, ['I', 'Chi bộ Thôn 1']);
    clean(ws, 4, cols);
    putRow(ws, 7, [null, 'Cộng chi bộ: 3 đồng chí']);
    putRow(ws, 8, [null, 'Cộng Thôn 1: 3 đ/c']);
    putRow(ws, 9, [null, 'Tổng cộng toàn Đảng bộ: 3 đồng chí']);
    c = await checkBook(wb, 'subtotals.xlsx');
  });

  it('"Cộng chi bộ: 3 đồng chí" and "Cộng Thôn 1: 3 đ/c" are subtotals, not members with empty cells', () => {
    expect(c.result.tables[0].dataRows).toEqual([4, 5, 6]);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: a summary table by chi bộ typed under the member list', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    clean(ws, 2, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch']);
    putRow(ws, 6, ['TỔNG HỢP THEO CHI BỘ']);
    putRow(ws, 7, ['TT', 'Chi bộ', 'Tổng số', 'Nam', 'Nữ']);
    putRow(ws, 8, [1, 'Chi bộ Thôn 1', 3, 2, 1]);
    putRow(ws, 9, [null, 'Cộng', 3, 2, 1]);
    c = await checkBook(wb, 'summary-below.xlsx');
  });

  it('the member list ends where the summary table starts: its rows are not members', () => {
    expect(c.result.tables[0].dataRows).toEqual([2, 3, 4]);
    expect(c.result.tables[0].lastRow).toBe(4);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('unseen: birth dates copied in with a visible apostrophe', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    clean(ws, 2, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch']);
    ws.getCell('D2').value = "'04/03/1970";
    c = await checkBook(wb, 'apostrophe.xlsx');
  });

  it("'04/03/1970 is the date 04/03/1970 stored as text (date-text, fixable), not \"not a date\"", () => {
    expect(findingsOn(c.result, 'Sheet1')).toEqual(['D2 date-text']);
    const f = c.result.findings.find((x) => x.rule === 'date-text')!;
    expect(f.suggestion).toContain('04/03/1970');
  });
});

describe('unseen: the Nam | Nữ birth-date header flattened to one row ("Năm sinh Nam" | "Năm sinh Nữ")', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Ngày sinh (Nam)', 'Ngày sinh (Nữ)', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(ws, 3, [1, 'Nguyễn Văn An', d(1970, 3, 4), null, '025070001234', d(1995, 5, 6), d(1996, 5, 6), 'Chi bộ Thôn 1']);
    putRow(ws, 4, [2, 'Trần Thị Bình', null, d(1980, 7, 8), '025180002345', d(2005, 1, 2), d(2006, 1, 2), 'Chi bộ Thôn 1']);
    putRow(ws, 5, [3, 'Lê Văn Cường', d(1990, 9, 10), null, '025090003456', d(2015, 2, 3), d(2016, 2, 3), 'Chi bộ Thôn 1']);
    putRow(ws, 6, [4, 'Phạm Thị Dung', null, d(1985, 1, 2), '025185004567', d(2015, 2, 3), d(2016, 2, 3), 'Chi bộ Thôn 1']);
    c = await checkBook(wb, 'flat-gender-birth.xlsx');
  });

  it('reads the gender from the column holding the date: no missing gender column, no empty birth date', () => {
    expect(c.result.tables[0].birthDateByGender).toEqual({ male: 2, female: 3 });
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });

  it('the gender is read from the column that holds the date', () => {
    expect(c.result.members[0].records.find((r) => r.row === 6)?.gender).toBe('Nữ');
  });
});

describe('unseen: a template filled in part, with formulas (STT =ROW()-2, Tuổi Đảng) copied down empty rows', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Tuổi Đảng', 'Chi bộ', 'Ghi chú']);
    clean(ws, 3, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', null, 'branch']);
    for (let r = 3; r <= 12; r++) {
      ws.getCell(r, 1).value = { formula: 'ROW()-2', result: r - 2 };
      ws.getCell(r, 8).value = r <= 5 ? { formula: `2025-YEAR(F${r})`, result: 20 } : { formula: `IF(F${r}="","",2025-YEAR(F${r}))`, result: '' };
    }
    ws.getCell(7, 8).value = { formula: '2025-YEAR(F7)', result: 125 }; // an older formula without the IF
    ws.getCell(8, 10).value = 'Chờ bổ sung';
    c = await checkBook(wb, 'template-formulas.xlsx');
  });

  it('rows with only the STT, formula results or a note in unread columns are not members', () => {
    expect(c.result.tables[0].dataRows).toEqual([3, 4, 5]);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: one header cell merged over the parts of a value, with no sub-labels', () => {
  const rest = (i: number) => [['Nam', 'Nữ', 'Nam'][i], ['025070001234', '025180002345', '025090003456'][i], d(2015, 2, 3), d(2016, 2, 3), 'Chi bộ Thôn 1'];
  const names: [string, string][] = [['Nguyễn Văn', 'An'], ['Trần Thị', 'Bình'], ['Lê Văn', 'Cường']];
  const births: [number, number, number][] = [[4, 3, 1970], [8, 7, 1980], [10, 9, 1990]];

  async function nameBook(split: boolean): Promise<Checked> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['STT', 'Họ và tên', null, 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    ws.mergeCells('B2:C2');
    names.forEach(([surname, given], i) => {
      const [y, m, day] = [births[i][2], births[i][1], births[i][0]];
      const name = split ? [surname, given] : [`${surname} ${given}`, null];
      putRow(ws, 3 + i, [i + 1, ...name, rest(i)[0], d(y, m, day), ...rest(i).slice(1)]);
    });
    return checkBook(wb, split ? 'merged-name-split.xlsx' : 'merged-name-wide.xlsx');
  }

  it('"Họ và tên" merged over two columns holding "Nguyễn Văn" | "An" (sorted by given name): the full name is both', async () => {
    const c = await nameBook(true);
    expect(c.result.tables[0].nameSplit).toEqual({ surname: 1, given: 2 });
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });

  it('the same merge only widening the column (whole name on the left) stays one name column', async () => {
    const c = await nameBook(false);
    expect(c.result.tables[0].nameSplit).toBeUndefined();
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });

  async function birthBook(parts: boolean): Promise<Checked> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', null, null, 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    ws.mergeCells('D2:F2');
    names.forEach(([surname, given], i) => {
      const [day, m, y] = births[i];
      const birth = parts ? [day, m, y] : [d(y, m, day), null, null];
      putRow(ws, 3 + i, [i + 1, `${surname} ${given}`, rest(i)[0], ...birth, ...rest(i).slice(1)]);
    });
    return checkBook(wb, parts ? 'merged-birth-parts.xlsx' : 'merged-birth-wide.xlsx');
  }

  it('"Ngày sinh" merged over three columns holding day | month | year numbers is one date, not the serial 4 (1900)', async () => {
    const c = await birthBook(true);
    expect(c.result.tables[0].birthDateParts).toEqual({ day: 3, month: 4, year: 5 });
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });

  it('the same merge over a real date on the left stays one date column', async () => {
    const c = await birthBook(false);
    expect(c.result.tables[0].birthDateParts).toBeUndefined();
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: chi bộ headings numbered 1, 2 in the STT column, members numbered 1.1, 1.2 …', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    const cols = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate'];
    putRow(ws, 3, [1, 'Chi bộ Thôn 1']);
    ws.mergeCells(3, 2, 3, 8);
    clean(ws, 4, cols);
    putRow(ws, 7, [2, 'CHI BỘ THÔN 2']); // not merged: the keyword tells
    const more = [
      [3, 'Phạm Văn Dũng', 'Nam', d(1971, 3, 4), '025071001234', d(1996, 5, 6), d(1997, 5, 6)],
      [4, 'Hoàng Thị Én', 'Nữ', d(1981, 7, 8), '025181002345', d(2006, 1, 2), d(2007, 1, 2)],
      [5, 'Vũ Văn Phong', 'Nam', d(1991, 9, 10), '025091003456', d(2016, 2, 3), d(2017, 2, 3)],
    ];
    more.forEach((m, i) => putRow(ws, 8 + i, m));
    [4, 5, 6].forEach((r, i) => (ws.getCell(r, 1).value = `1.${i + 1}`));
    [8, 9, 10].forEach((r, i) => (ws.getCell(r, 1).value = `2.${i + 1}`));
    putRow(ws, 11, [6, 'Nguyễn Văn Tám']); // a member with only a name: still a member, its gaps reported
    c = await checkBook(wb, 'numbered-headings.xlsx');
  });

  it('"1 | Chi bộ Thôn 1" is a heading: the members below belong to it, no column-missing for the branch', () => {
    const t = c.result.tables[0];
    expect(t.sections.map((s) => [s.row, s.label])).toEqual([[3, 'Chi bộ Thôn 1'], [7, 'CHI BỘ THÔN 2']]);
    expect(t.dataRows).toEqual([4, 5, 6, 8, 9, 10, 11]);
    expect(c.result.members[0].records.find((r) => r.row === 9)?.branch).toBe('CHI BỘ THÔN 2');
  });

  it('only the member with nothing but a name is reported', () => {
    expect(findingsOn(c.result, 'Sheet1')).toEqual(['C11 required', 'D11 required', 'E11 required', 'F11 required']);
  });
});

describe('unseen: columns about something else that contain a field\'s name (Ngày cấp CCCD, Chi bộ cũ, Số QĐ kết nạp …)', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS đảng viên');
    putRow(ws, 2, [
      'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày cấp CCCD', 'Nơi cấp CCCD', 'Số QĐ kết nạp',
      'Ngày vào Đảng (dd/mm/yyyy)', 'Ngày công nhận', 'Chi bộ cũ', 'Chi bộ mới', 'Địa chỉ cũ', 'Nơi ở hiện nay',
      'Họ tên người giới thiệu', 'SĐT người thân',
    ]);
    const cols = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', null, null, null, 'admissionDate', 'officialDate', null, 'branch'];
    clean(ws, 3, cols);
    for (let r = 3; r <= 5; r++) {
      putRow(ws, r, [d(2021, 6, 1), 'Cục Cảnh sát QLHC về TTXH', `${r}-QĐ/ĐU`], 6);
      putRow(ws, r, ['Chi bộ Thôn 3', 'Chi bộ Thôn 1', 'xóm 3, xã An Phú, huyện Tam Nông, tỉnh Phú Thọ', 'Thôn 1, xã An Phú, tỉnh Phú Thọ', 'Nguyễn Văn Giới', '0987654321'], 11);
    }
    c = await checkBook(wb, 'other-subjects.xlsx');
  });

  it('each field goes to its own column; the issue date, the decision number, old values and other people are left out', () => {
    expect(c.result.tables[0].columns).toEqual({
      index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 8, officialDate: 9, branch: 11, address: 13,
    });
    expect(c.result.tables[0].duplicateColumns).toEqual([]);
  });

  it('no finding: the old district address is history, not the current address', () => {
    expect(findingsOn(c.result, 'DS đảng viên')).toEqual([]);
  });
});

describe('unseen: "Quê quán" and "Nơi ở hiện nay" merged over their parts (Xã | Huyện | Tỉnh)', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Quê quán', null, null, 'Nơi ở hiện nay', null, 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(ws, 4, [null, null, null, null, null, 'Xã', 'Huyện', 'Tỉnh', 'Thôn/xóm', 'Xã/phường']);
    ['A', 'B', 'C', 'D', 'E', 'K', 'L', 'M'].forEach((col) => ws.mergeCells(`${col}3:${col}4`));
    ws.mergeCells('F3:H3');
    ws.mergeCells('I3:J3');
    clean(ws, 5, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', null, null, null, null, null, 'admissionDate', 'officialDate', 'branch']);
    for (let r = 5; r <= 7; r++) putRow(ws, r, ['Hòa Bình', 'Tam Nông', 'Phú Thọ', 'Thôn 1', 'Xã An Phú'], 6);
    c = await checkBook(wb, 'address-parts.xlsx');
  });

  it('the sub-labels row is part of the header, not a member with every cell empty', () => {
    const t = c.result.tables[0];
    expect([t.headerRow, t.headerRows, t.dataRows]).toEqual([4, 2, [5, 6, 7]]);
    expect(t.columns).toMatchObject({ hometown: 5, address: 8, admissionDate: 10, branch: 12 });
  });

  it('the parts of one place are not duplicate columns; no finding', () => {
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: one sheet per chi bộ, the chi bộ named only in the title block', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('To chuc');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
    putRow(o, 2, [1, 'Đảng bộ xã An Phú', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ', 'Đang hoạt động']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã An Phú', 'Đang hoạt động']);
    putRow(o, 4, [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã An Phú', 'Đang hoạt động']);
    const cols = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate'];
    const t1 = wb.addWorksheet('Thôn 1');
    putRow(t1, 1, ['ĐẢNG BỘ XÃ AN PHÚ', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    putRow(t1, 2, ['CHI BỘ THÔN 1', null, null, null, 'An Phú, ngày 10 tháng 11 năm 2025']);
    putRow(t1, 4, ['DANH SÁCH ĐẢNG VIÊN']);
    putRow(t1, 6, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    clean(t1, 7, cols);
    const t2 = wb.addWorksheet('Sheet3');
    putRow(t2, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2 NĂM 2025']);
    putRow(t2, 2, ['(Tính đến ngày 30/11/2025)']);
    putRow(t2, 4, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức']);
    const more = [
      [1, 'Phạm Văn Dũng', 'Nam', d(1971, 3, 4), '025071001234', d(1996, 5, 6), d(1997, 5, 6)],
      [2, 'Hoàng Thị Én', 'Nữ', d(1981, 7, 8), '025181002345', d(2006, 1, 2), d(2007, 1, 2)],
      [3, 'Vũ Văn Phong', 'Nam', d(1991, 9, 10), '025091003456', d(2016, 2, 3), d(2017, 2, 3)],
    ];
    more.forEach((m, i) => putRow(t2, 5 + i, m));
    const all = wb.addWorksheet('Toàn xã');
    putRow(all, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ AN PHÚ']);
    putRow(all, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức']);
    putRow(all, 4, [1, 'Đỗ Văn Hùng', 'Nam', d(1972, 3, 4), '025072001234', d(1997, 5, 6), d(1998, 5, 6)]);
    c = await checkBook(wb, 'sheet-per-branch.xlsx');
  });

  it('the chi bộ of the title is every member\'s branch, so no column-missing on those sheets', () => {
    const branches = c.result.members.flatMap((m) => m.records.map((r) => r.branch));
    expect(branches.slice(0, 6)).toEqual(['CHI BỘ THÔN 1', 'CHI BỘ THÔN 1', 'CHI BỘ THÔN 1', 'CHI BỘ THÔN 2', 'CHI BỘ THÔN 2', 'CHI BỘ THÔN 2']);
    expect(findingsOn(c.result, 'Thôn 1')).toEqual([]);
    expect(findingsOn(c.result, 'Sheet3')).toEqual([]);
    expect(findingsOn(c.result, 'To chuc')).toEqual([]);
  });

  it('a list of the whole đảng bộ names no chi bộ: the missing branch column is still reported', () => {
    expect(findingsOn(c.result, 'Toàn xã')).toEqual(['A3 column-missing']);
  });
});

describe('unseen: the old "Số CMND" column kept beside "Số CCCD"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CMND', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    clean(ws, 2, ['index', 'fullName', 'gender', 'birthDate', null, 'nationalId', 'admissionDate', 'officialDate', 'branch']);
    ws.getCell('E2').value = '131234567';
    ws.getCell('E3').value = '131234568';
    ws.getColumn(5).hidden = true;
    c = await checkBook(wb, 'cmnd-and-cccd.xlsx');
  });

  it('the CCCD column is the national ID; the CMND column is history, neither read nor a duplicate', () => {
    expect(c.result.tables[0].columns.nationalId).toBe(5);
    expect(c.result.tables[0].duplicateColumns).toEqual([]);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: chi bộ headings with their count, count lines and "Trong đó" breakdowns between groups', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('TC');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(o, 2, [1, 'Đảng bộ xã An Phú', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã An Phú']);
    putRow(o, 4, [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã An Phú']);
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    const cols = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate'];
    putRow(ws, 2, ['Chi bộ Thôn 1: 3 đảng viên']);
    clean(ws, 3, cols);
    putRow(ws, 6, ['Số lượng: 3 đồng chí']);
    putRow(ws, 7, ['CHI BỘ THÔN 2 - có 3 đ/c']);
    const more = [
      [1, 'Phạm Văn Dũng', 'Nam', d(1971, 3, 4), '025071001234', d(1996, 5, 6), d(1997, 5, 6)],
      [2, 'Hoàng Thị Én', 'Nữ', d(1981, 7, 8), '025181002345', d(2006, 1, 2), d(2007, 1, 2)],
      [3, 'Vũ Văn Phong', 'Nam', d(1991, 9, 10), '025091003456', d(2016, 2, 3), d(2017, 2, 3)],
    ];
    more.forEach((m, i) => putRow(ws, 8 + i, m));
    putRow(ws, 11, ['Có 3 đồng chí']);
    putRow(ws, 12, [null, 'Trong đó: Nam 2, Nữ 1']);
    putRow(ws, 13, ['Chi bộ Thôn 2 (tiếp)']);
    putRow(ws, 14, [4, 'Đỗ Văn Hùng', 'Nam', d(1972, 3, 4), '025072001234', d(1997, 5, 6), d(1998, 5, 6)]);
    c = await checkBook(wb, 'heading-counts.xlsx');
  });

  it('the headings name the chi bộ without their count; count lines are neither headings nor members', () => {
    const t = c.result.tables.find((x) => x.sheet === 'DS')!;
    expect(t.sections.map((s) => s.label)).toEqual(['Chi bộ Thôn 1', 'CHI BỘ THÔN 2', 'Chi bộ Thôn 2']);
    expect(t.dataRows).toEqual([3, 4, 5, 8, 9, 10, 14]);
  });

  it('no finding on either sheet', () => {
    expect(findingsOn(c.result, 'DS')).toEqual([]);
    expect(findingsOn(c.result, 'TC')).toEqual([]);
  });
});

describe('unseen: a chi bộ\'s own list grouped by tổ đảng (party groups inside the chi bộ)', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('TC');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(o, 2, [1, 'Đảng bộ xã An Phú', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã An Phú']);
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['CHI BỘ THÔN 1']);
    putRow(ws, 2, ['DANH SÁCH ĐẢNG VIÊN']);
    putRow(ws, 4, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
    putRow(ws, 5, ['Tổ đảng số 1']);
    clean(ws, 6, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate']);
    ws.spliceRows(8, 0, ['TỔ ĐẢNG SỐ 2']);
    c = await checkBook(wb, 'to-dang.xlsx');
  });

  it('a tổ đảng is not an organisation: its members belong to the chi bộ of the title', () => {
    expect(c.result.members[0].records.map((r) => r.branch)).toEqual(['CHI BỘ THÔN 1', 'CHI BỘ THÔN 1', 'CHI BỘ THÔN 1']);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });
});

describe('unseen: "Căn cước công dân" merged over "Số" | "Ngày cấp" | "Nơi cấp"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Căn cước công dân', null, null, 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(ws, 4, [null, null, null, null, 'Số', 'Ngày cấp', 'Nơi cấp']);
    ['A', 'B', 'C', 'D', 'H', 'I', 'J'].forEach((col) => ws.mergeCells(`${col}3:${col}4`));
    ws.mergeCells('E3:G3');
    clean(ws, 5, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', null, null, 'admissionDate', 'officialDate', 'branch']);
    for (let r = 5; r <= 7; r++) putRow(ws, r, [d(2021, 6, 1), 'Cục Cảnh sát QLHC về TTXH'], 6);
    c = await checkBook(wb, 'id-issue.xlsx');
  });

  it('"Số" is the ID itself (not a second STT); the date and place of issue are not the ID', () => {
    expect(c.result.tables[0].columns).toMatchObject({ index: 0, nationalId: 4, admissionDate: 7 });
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: the numbering column has no header, chi bộ headings numbered 1, 2 in it', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 2, [null, 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức']);
    putRow(ws, 3, [1, 'Chi bộ Thôn 1']);
    clean(ws, 4, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate']);
    ['1.1', '1.2', '1.3'].forEach((n, i) => (ws.getCell(4 + i, 1).value = n));
    putRow(ws, 7, [2, 'CHI BỘ THÔN 2']);
    putRow(ws, 8, ['2.1', 'Phạm Văn Dũng', 'Nam', d(1971, 3, 4), '025071001234', d(1996, 5, 6), d(1997, 5, 6)]);
    c = await checkBook(wb, 'unlabelled-numbering.xlsx');
  });

  it('the numbered rows naming a chi bộ are headings; no finding', () => {
    expect(c.result.tables[0].sections.map((s) => s.label)).toEqual(['Chi bộ Thôn 1', 'CHI BỘ THÔN 2']);
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: "Ngày, tháng, năm" merged over "Dự bị" | "Chính thức"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Sheet1');
    putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày, tháng, năm', null, 'Chi bộ']);
    putRow(ws, 4, [null, null, null, null, null, 'Dự bị', 'Chính thức']);
    ['A', 'B', 'C', 'D', 'E', 'H'].forEach((col) => ws.mergeCells(`${col}3:${col}4`));
    ws.mergeCells('F3:G3');
    clean(ws, 5, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch']);
    c = await checkBook(wb, 'dates-du-bi.xlsx');
  });

  it('"Dự bị" under a date group is the admission date, not the member type', () => {
    expect(c.result.tables[0].columns).toMatchObject({ admissionDate: 5, officialDate: 6 });
    expect(c.result.tables[0].columns.memberType).toBeUndefined();
    expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
  });
});

describe('unseen: the title line right above the header names the chi bộ, and a column no rule reads (Ghi chú)', () => {
  for (const merged of [false, true]) {
    it(`the title is not a group label over the header${merged ? ' (title merged across the table)' : ''}: "Ghi chú" is not the branch`, async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Sheet1');
      putRow(ws, 1, ['ĐẢNG BỘ XÃ AN PHÚ']);
      putRow(ws, 2, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1']);
      if (merged) ws.mergeCells('A2:H2');
      putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
      clean(ws, 4, ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate']);
      const c = await checkBook(wb, merged ? 'title-above-merged.xlsx' : 'title-above.xlsx');
      const t = c.result.tables[0];
      expect([t.headerRow, t.headerRows, t.columns.branch]).toEqual([3, 1, undefined]);
      expect(c.result.members[0].records.map((r) => r.branch)).toEqual(['CHI BỘ THÔN 1', 'CHI BỘ THÔN 1', 'CHI BỘ THÔN 1']);
      expect(findingsOn(c.result, 'Sheet1')).toEqual([]);
    });
  }
});
