/**
 * (x) Lists exported from the party member management software and other systems, and workbook features users
 * leave on: every value as text (numbers with the green triangle, dates "dd/MM/yyyy"), "Mã ĐV", "Số hồ sơ",
 * "Quê quán" split into Xã | Huyện | Tỉnh, a "Đảng bộ" column, and a "Trạng thái" column that keeps members who
 * died, moved out or were struck off in the list.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
type JsonFinding = { cell: string; rule: string; severity: string };
import { runCliCaptured } from '../helpers/cli';
import { computeProgress } from '../../src/core/reports/progress';
import { readMemberLeft } from '../../src/core/parse/values';
import { computeBadges } from '../../src/core/reports/badges';
import { AS_OF, checkBook, findingsOn, putRow, type Checked } from './support';

const ORGS = 'To chuc';
const EXPORT = 'DSDV';

function orgSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(ORGS);
  putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  const rows = [
    ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn Tây', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Giải thể'],
  ];
  rows.forEach((r, i) => putRow(ws, 2 + i, [String(i + 1), ...r]));
}

type Person = [name: string, female: boolean, birth: string, admission: string, official: string, branch: string, status: string];

// Every value text, as the export writes it. Thôn 1 and Thôn 2 have three members here each; Thôn 3 has only
// members who left.
const PEOPLE: Person[] = [
  ['Nguyễn Văn An', false, '12/03/1960', '03/02/1985', '03/02/1986', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Trần Thị Bình', true, '05/07/1972', '19/05/1998', '19/05/1999', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Lê Văn Cường', false, '20/11/1975', '02/09/2000', '02/09/2001', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Phạm Thị Dung', true, '15/02/1990', '07/11/2015', '07/11/2016', 'Chi bộ Thôn 2', 'Đang sinh hoạt'],
  ['Hoàng Văn Em', false, '01/01/1985', '03/02/2010', '03/02/2011', 'Chi bộ Thôn 2', 'Miễn sinh hoạt'],
  ['Đỗ Thị Phương', true, '09/09/1995', '19/05/2021', '19/05/2022', 'Chi bộ Thôn 2', 'Chuyển đến'],
  // 12: died in 2023 aged 111, in the chi bộ since dissolved: no age, no dissolved chi bộ
  ['Vũ Văn Giáp', false, '10/10/1912', '03/02/1940', '03/02/1941', 'Chi bộ Thôn Tây', 'Từ trần'],
  // 13: died during probation: no official date owed, no probation overdue, no card owed
  ['Bùi Thị Hạnh', true, '04/04/1980', '19/05/2022', '', 'Chi bộ Thôn 3', 'Đã từ trần'],
  // 14: moved out to another commune, last chi bộ written as the new one: not this list's chi bộ to check
  ['Đặng Văn Ích', false, '06/06/1988', '02/09/2014', '02/09/2015', 'Chi bộ Trường THPT Nho Quan', 'Đã chuyển đi'],
  // 15: struck off
  ['Ngô Thị Khuyên', true, '07/07/1983', '07/11/2012', '07/11/2013', 'Chi bộ Thôn 3', 'Xóa tên'],
];

function exportSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXPORT);
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 2, ['Đảng bộ: Đảng bộ xã Gia Viễn']);
  putRow(ws, 4, ['STT', 'Mã ĐV', 'Số hồ sơ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Quê quán', undefined, undefined,
    'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ sinh hoạt', 'Đảng bộ', 'Số thẻ ĐV', 'Trạng thái']);
  putRow(ws, 5, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Xã/Phường', 'Huyện/Quận', 'Tỉnh/TP']);
  for (const c of 'ABCDEFGKLMNOPQ') ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('H4:J4');
  PEOPLE.forEach(([name, female, birth, admission, official, branch, status], i) => {
    const year = birth.slice(-4);
    const id = `037${female ? 1 : 0}${year.slice(2)}${String(5100 + i).padStart(6, '0')}`;
    const card = official ? String(37005100 + i) : '';
    putRow(ws, 6 + i, [String(i + 1), `DV${String(i + 1).padStart(6, '0')}`, `0370${String(i + 1).padStart(5, '0')}`, name,
      female ? 'Nữ' : 'Nam', birth, 'Gia Viễn, Ninh Bình', 'Gia Hòa', 'Gia Viễn', 'Ninh Bình', id, admission, official || undefined,
      branch, 'Đảng bộ xã Gia Viễn', card || undefined, status]);
  });
}

describe('(x) a member list exported from the management software, with a status column', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    exportSheet(wb);
    c = await checkBook(wb, 'export.xlsx');
  });

  it('reads the export: two-row header, Quê quán over three parts, the status column', () => {
    const t = c.result.tables.find((x) => x.sheet === EXPORT)!;
    expect(t.kind).toBe('members');
    expect(t.firstRow).toBe(6);
    expect(t.lastRow).toBe(15);
    expect(t.columns).toMatchObject({ fullName: 3, birthDate: 5, nationalId: 10, admissionDate: 11, officialDate: 12, branch: 13, cardNumber: 15, status: 16 });
    expect(c.result.members[0].records.map((r) => r.left)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, 'died', 'died', 'movedOut', 'removed',
    ]);
  });

  it('members who died, moved out or were struck off get no finding about their age, probation, card or chi bộ', () => {
    expect(findingsOn(c.result, EXPORT)).toEqual([]);
  });

  it('only members still here count towards a chi bộ: Thôn 3 has none', () => {
    expect(findingsOn(c.result, ORGS)).toEqual(['B5 org-empty']);
  });

  it('the progress report counts the members still here; the badge list leaves out those who left', () => {
    const report = computeProgress(c.result, AS_OF);
    const total = (label: string) => report.rows.find((r) => r.label === label)?.counts.total;
    expect([total('Chi bộ Thôn 1'), total('Chi bộ Thôn 2'), total('Chi bộ Thôn 3')]).toEqual([3, 3, 0]);
    expect(report.total.total).toBe(6);
    // Vũ Văn Giáp, admitted 1940, would reach 85 years in 2025; Nguyễn Văn An (1985) reaches 40.
    expect(computeBadges(c.result.members[0].records, 2025).entries.map((e) => e.member.fullName)).toEqual(['Nguyễn Văn An']);
  });
});

/** The full "trích ngang" export: 60 columns, most of them not checked. */
const WIDE_HEADERS = [
  'STT', 'Số lý lịch', 'Số thẻ đảng viên', 'Ngày cấp thẻ', 'Họ và tên đang dùng', 'Họ và tên khai sinh', 'Bí danh', 'Giới tính',
  'Ngày sinh', 'Nơi sinh', 'Quê quán', 'Dân tộc', 'Tôn giáo', 'Nơi thường trú', 'Nơi tạm trú', 'Nghề nghiệp',
  'Trình độ giáo dục phổ thông', 'Chuyên môn nghiệp vụ', 'Học hàm', 'Học vị', 'Lý luận chính trị', 'Ngoại ngữ', 'Tin học',
  'Ngày vào Đảng', 'Tại chi bộ', 'Người giới thiệu thứ nhất', 'Người giới thiệu thứ hai', 'Ngày chính thức', 'Tại chi bộ',
  'Ngày vào Đoàn', 'Ngày tham gia cách mạng', 'Ngày nhập ngũ', 'Ngày xuất ngũ', 'Chức vụ Đảng', 'Chức vụ chính quyền',
  'Chức vụ đoàn thể', 'Khen thưởng', 'Kỷ luật', 'Huy hiệu Đảng', 'Số CCCD', 'Ngày cấp', 'Nơi cấp', 'Điện thoại', 'Email',
  'Chi bộ đang sinh hoạt', 'Thành phần gia đình', 'Đối tượng chính sách', 'Sức khỏe', 'Ngày đi làm',
  'Ngày vào Đảng lần thứ hai', 'Ngày chuyển đến', 'Ngày chuyển đi', 'Lý do', 'Ghi chú', 'Ngày cập nhật', 'Người cập nhật',
  'Mã ĐV', 'Mã chi bộ', 'Loại đảng viên', 'Đã rà soát',
];

describe('(x) a 60-column export: "Tại chi bộ" beside the admission and official dates', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Trich ngang');
    putRow(ws, 1, ['TRÍCH NGANG ĐẢNG VIÊN']);
    putRow(ws, 3, WIDE_HEADERS);
    const at = (h: string) => WIDE_HEADERS.indexOf(h) + 1;
    const people = [
      ['Nguyễn Văn An', 'Nam', '12/03/1960', '037060001234', '03/02/1985', '03/02/1986', 'Chi bộ Quân sự huyện Gia Viễn'],
      ['Trần Thị Bình', 'Nữ', '05/07/1972', '037172002345', '19/05/1998', '19/05/1999', 'Chi bộ Trường THPT Gia Viễn A'],
      ['Lê Văn Cường', 'Nam', '20/11/1975', '037075003456', '02/09/2000', '02/09/2001', 'Chi bộ Thôn 1'],
    ];
    people.forEach(([name, gender, birth, id, admission, official, admittedAt], i) => {
      const r = 4 + i;
      const put = (h: string, v: string, nth = 0) => {
        ws.getCell(r, nth ? WIDE_HEADERS.lastIndexOf(h) + 1 : at(h)).value = v;
      };
      put('STT', String(i + 1));
      put('Số lý lịch', `12345${i}NB`);
      put('Số thẻ đảng viên', String(37001234 + i));
      put('Ngày cấp thẻ', '19/05/2002');
      put('Họ và tên đang dùng', name);
      put('Giới tính', gender);
      put('Ngày sinh', birth);
      put('Quê quán', 'Xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình');
      put('Ngày vào Đảng', admission);
      put('Tại chi bộ', admittedAt);
      put('Người giới thiệu thứ nhất', 'Lê Văn Tư');
      put('Ngày chính thức', official);
      put('Tại chi bộ', admittedAt, 1);
      put('Ngày vào Đoàn', '26/03/1976');
      put('Chức vụ Đảng', 'Đảng viên');
      put('Chức vụ chính quyền', 'Trưởng thôn');
      put('Số CCCD', id);
      put('Ngày cấp', '10/10/2021');
      put('Chi bộ đang sinh hoạt', 'Chi bộ Thôn 1');
      put('Mã ĐV', `DV00${i}`);
      put('Loại đảng viên', 'Chính thức');
    });
    const o = wb.addWorksheet('To chuc');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(o, 2, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    c = await checkBook(wb, 'wide.xlsx');
  });

  it('the chi bộ is the one the member belongs to now; "Tại chi bộ" and a second admission date are not columns of it', () => {
    const t = c.result.tables[0];
    expect(t.columns.branch).toBe(WIDE_HEADERS.indexOf('Chi bộ đang sinh hoạt'));
    expect(t.columns.admissionDate).toBe(WIDE_HEADERS.indexOf('Ngày vào Đảng'));
    expect(t.duplicateColumns).toEqual([]);
    expect(c.result.findings.map((f) => `${f.sheet}!${f.row} ${f.rule}`)).toEqual([]);
  });
});

describe('(x) workbook features: formulas, rich text, links, notes, validation, hidden rows, filter, frozen panes', () => {
  const SHEET = 'DS';
  function book(cached: boolean): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const dm = wb.addWorksheet('DM');
    putRow(dm, 1, ['CB01', 'Chi bộ Thôn 1']);
    const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 5 }] });
    putRow(ws, 1, ['ĐẢNG BỘ XÃ GIA VIỄN']);
    putRow(ws, 3, ['DANH SÁCH ĐẢNG VIÊN']);
    putRow(ws, 5, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Tuổi', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Mã CB', 'Chi bộ', 'Ghi chú']);
    ws.autoFilter = 'A5:K5';
    const people: [string, string, number, string][] = [
      ['Nguyễn Văn An', 'Nam', 1960, '037060001234'],
      ['Trần Thị Bình', 'Nữ', 1972, '037172002345'],
      ['Lê Văn Cường', 'Nam', 1980, '037080003456'],
    ];
    people.forEach(([name, gender, year, id], i) => {
      const r = 6 + i;
      const result = <T>(v: T) => (cached ? { result: v } : {});
      ws.getCell(r, 1).value = { formula: 'ROW()-5', ...result(i + 1) } as ExcelJS.CellFormulaValue;
      const parts = name.split(' ');
      ws.getCell(r, 2).value = i === 0
        ? { richText: [{ text: `${parts[0]} `, font: { bold: true } }, { text: parts.slice(1).join(' ') }] }
        : i === 1 ? { text: name, hyperlink: '#DM!A1' } : name;
      if (i === 2) ws.getCell(r, 2).note = 'Đã đối chiếu hồ sơ';
      ws.getCell(r, 3).value = gender;
      ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['"Nam,Nữ"'] };
      putRow(ws, r, [new Date(Date.UTC(year, 2, 3))], 4);
      ws.getCell(r, 5).value = { formula: `DATEDIF(D${r},TODAY(),"Y")`, ...result(2025 - year) } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 6).value = id;
      putRow(ws, r, [new Date(Date.UTC(year + 25, 4, 19))], 7);
      ws.getCell(r, 8).value = { formula: `EDATE(G${r},12)`, ...result(new Date(Date.UTC(year + 26, 4, 19))) } as ExcelJS.CellFormulaValue;
      ws.getCell(r, 8).numFmt = 'dd/mm/yyyy';
      ws.getCell(r, 9).value = 'CB01';
      ws.getCell(r, 10).value = { formula: `VLOOKUP(I${r},DM!A:B,2,0)`, ...result('Chi bộ Thôn 1') } as ExcelJS.CellFormulaValue;
    });
    ws.getRow(7).hidden = true;
    ws.getColumn(11).hidden = true;
    ws.addConditionalFormatting({
      ref: 'F6:F8',
      rules: [{ type: 'expression', priority: 1, formulae: ['LEN(F6)<>12'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }],
    });
    return wb;
  }

  it('reads cached formula results, rich text and hyperlink text; hidden rows are still members', async () => {
    const c = await checkBook(book(true), 'features.xlsx');
    const t = c.result.tables.find((x) => x.sheet === SHEET)!;
    expect([t.firstRow, t.lastRow]).toEqual([6, 8]);
    expect(c.result.members[0].records.map((r) => [r.fullName, r.branch])).toEqual([
      ['Nguyễn Văn An', 'Chi bộ Thôn 1'], ['Trần Thị Bình', 'Chi bộ Thôn 1'], ['Lê Văn Cường', 'Chi bộ Thôn 1'],
    ]);
    expect(findingsOn(c.result, SHEET)).toEqual([]);
  });

  it('formulas the file holds no result for (written by other software, never saved by Excel): one warning per column, no "empty" errors', async () => {
    const c = await checkBook(book(false), 'features-uncalculated.xlsx');
    expect(findingsOn(c.result, SHEET)).toEqual(['H6 formula-no-result', 'J6 formula-no-result']);
    const f = c.result.findings.find((x) => x.col === 9)!;
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('3 ô trong cột “Chi bộ” chứa công thức');
  });
});

describe('(x) member statuses as exports and offices write them', () => {
  it.each([
    ['Đang sinh hoạt', undefined], ['Miễn sinh hoạt', undefined], ['Chuyển đến', undefined], ['Đã chuyển chính thức', undefined],
    ['Chuyển sinh hoạt tạm thời đi', undefined], ['Từ trần', 'died'], ['Đã mất', 'died'], ['TỪ TRẦN (2023)', 'died'],
    ['Đã chuyển đi', 'movedOut'], ['Chuyển sinh hoạt đi', 'movedOut'], ['Đã chuyển sinh hoạt', 'movedOut'],
    ['Xóa tên', 'removed'], ['Xoá tên', 'removed'], ['Khai trừ', 'removed'],
  ])('%s', (text, left) => {
    expect(readMemberLeft(text)).toBe(left);
  });
});

describe('(x) dvcheck report on a commune workbook: sections, an unknown chi bộ, a member who died', () => {
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('To chuc');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
    [
      ['Đảng bộ xã Yên Mô', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
      ['Chi bộ Thôn Bắc', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Mô', 'Đang hoạt động'],
      ['Chi bộ Thôn Nam', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Mô', 'Đang hoạt động'],
    ].forEach((r, i) => putRow(o, 2 + i, [i + 1, ...r]));
    const m = wb.addWorksheet('Dang vien');
    putRow(m, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ YÊN MÔ']);
    putRow(m, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Tình trạng', 'Đã rà soát']);
    const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hải', 'Khoa', 'Linh', 'Mai', 'Nam', 'Oanh'];
    let r = 4;
    let n = 0;
    for (const [label, count] of [['I. Chi bộ Thôn Bắc', 4], ['II. Chi bộ Thôn Nam', 4], ['III. Chi bộ Thôn Đông', 2]] as const) {
      putRow(m, r, [label]);
      m.mergeCells(r, 1, r, 9);
      r++;
      for (let j = 0; j < count; j++, r++, n++) {
        const female = n % 2 === 1;
        const year = 1960 + n;
        let id = `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(600000 + n)}`;
        if (n === 1) id = '03717'; // Thôn Bắc: id-format
        const status = n === 2 ? 'Từ trần' : 'Đang sinh hoạt'; // Thôn Bắc: died, and an error on the row
        const birth = n === 2 ? new Date(Date.UTC(year, 2, 30)) : new Date(Date.UTC(year, 2, 1 + n));
        putRow(m, r, [n + 1, `${female ? 'Trần Thị' : 'Nguyễn Văn'} ${given[n]}`, female ? 'Nữ' : 'Nam', birth, n === 2 ? '0370' : id,
          new Date(Date.UTC(year + 25, 4, 19)), new Date(Date.UTC(year + 26, 4, 19)), status, n % 3 ? 'x' : undefined]);
      }
    }
    return wb;
  }

  it('per chi bộ: members still here, reviewed, standardised, errors per group; totals agree with check --json', async () => {
    const c = await checkBook(book(), 'commune-report.xlsx');
    const dir = path.dirname(c.file);
    const run = await runCliCaptured(['report', 'commune-report.xlsx', '--out', 'R.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(0);
    const check = JSON.parse((await runCliCaptured(['check', 'commune-report.xlsx', '--json', '--as-of', '2025-12-30'], dir)).stdout).files[0];
    const errors = check.findings.filter((f: JsonFinding) => f.severity === 'error');
    expect(errors.map((f: JsonFinding) => `${f.cell} ${f.rule}`).sort()).toEqual(['A14 member-org-unknown', 'E6 id-format', 'E7 id-format']);

    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'R.xlsx'));
    const ws = out.getWorksheet('Báo cáo tiến độ')!;
    const rows = new Map<string, number[]>();
    for (let r = 7; r <= ws.rowCount; r++) {
      const label = ws.getCell(r, 1).value;
      if (typeof label === 'string' && typeof ws.getCell(r, 2).value === 'number') {
        rows.set(label.trim(), [2, 3, 5, 7, 8, 9, 10, 11, 12].map((k) => ws.getCell(r, k).value as number));
      }
    }
    // total, reviewed, standardised, with errors, Đủ, Đúng, Sạch, Sống, Thống nhất
    expect(rows.get('Chi bộ Thôn Bắc')).toEqual([3, 1, 2, 1, 0, 2, 0, 0, 0]);
    expect(rows.get('Chi bộ Thôn Nam')).toEqual([4, 3, 4, 0, 0, 0, 0, 0, 0]);
    expect(rows.get('Chưa xác định chi bộ')).toEqual([2, 1, 2, 0, 0, 0, 0, 0, 1]);
    const total = rows.get('Tổng cộng')!;
    expect(total).toEqual([9, 5, 8, 1, 0, 2, 0, 0, 1]);
    expect(total.slice(4).reduce((a, b) => a + b, 0)).toBe(errors.length);
  });
});

describe('(x) the organisation written as a path, the way web systems export it', () => {
  it('"Đảng bộ tỉnh > Đảng bộ xã > Chi bộ" (top down) is the chi bộ, as "Chi bộ - Đảng bộ xã" (bottom up) is', async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('To chuc');
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(o, 2, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    const m = wb.addWorksheet('DV');
    putRow(m, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Tổ chức đảng']);
    const paths = [
      'Đảng bộ tỉnh Ninh Bình > Đảng bộ xã Gia Viễn > Chi bộ Thôn 1',
      'Đảng bộ tỉnh Ninh Bình » Đảng bộ xã Gia Viễn » Chi bộ Thôn 1',
      'Chi bộ Thôn 1 - Đảng bộ xã Gia Viễn',
    ];
    paths.forEach((p, i) => putRow(m, 2 + i, [String(i + 1), ['Nguyễn Văn An', 'Lê Văn Bình', 'Phạm Văn Cường'][i], 'Nam',
      `12/03/196${i}`, `03706${i}001230`, `03/02/198${5 + i}`, `03/02/198${6 + i}`, p]));
    const c = await checkBook(wb, 'paths.xlsx');
    expect(findingsOn(c.result, 'DV')).toEqual([]);
    expect(findingsOn(c.result, 'To chuc')).toEqual([]);
  });
});

describe('(x) "Nơi thường trú" beside "Nơi ở hiện nay" (the software export, population data)', () => {
  it('two addresses, not a duplicate column: where the member lives now is the address checked', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Nơi thường trú', 'Nơi ở hiện nay']);
    putRow(ws, 2, ['1', 'Nguyễn Văn An', 'Nam', '12/03/1960', '037060001234', '03/02/1985', '03/02/1986', 'Chi bộ Thôn 1',
      'Thôn 1, xã Gia Viễn, tỉnh Ninh Bình', 'Số 5 phố Lê Lợi, huyện Gia Viễn, tỉnh Ninh Bình']);
    const c = await checkBook(wb, 'addresses.xlsx');
    expect(c.result.tables[0].columns.address).toBe(9);
    expect(findingsOn(c.result, 'DS')).toEqual(['J2 address-old-unit']);
  });
});

describe('(x) "Trạng thái" holding the member type', () => {
  it('"Chính thức" / "Dự bị" under "Trạng thái" is the member type: an overdue probation is found', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Trạng thái']);
    putRow(ws, 2, ['1', 'Nguyễn Văn An', 'Nam', '12/03/1960', '037060001234', '03/02/1985', '03/02/1986', 'Chi bộ Thôn 1', 'Chính thức']);
    putRow(ws, 3, ['2', 'Trần Thị Bình', 'Nữ', '05/07/1996', '037196002345', '19/05/2024', undefined, 'Chi bộ Thôn 1', 'Dự bị']);
    putRow(ws, 4, ['3', 'Lê Văn Cường', 'Nam', '20/11/1999', '037099003456', '02/09/2025', undefined, 'Chi bộ Thôn 1', 'Dự bị']);
    const c = await checkBook(wb, 'status-type.xlsx');
    expect(c.result.members[0].records.map((r) => r.memberType)).toEqual(['Chính thức', 'Dự bị', 'Dự bị']);
    expect(findingsOn(c.result, 'DS')).toEqual(['F3 probation-overdue']);
  });
});

describe('(x) the current address written over parts', () => {
  it('"Nơi ở hiện nay" over Thôn | Xã | Huyện | Tỉnh: a value under "Huyện/Quận" is a district that no longer exists', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Nơi ở hiện nay']);
    putRow(ws, 2, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Thôn, xóm', 'Xã/Phường', 'Huyện/Quận', 'Tỉnh/TP']);
    for (const c of 'ABCDEFGH') ws.mergeCells(`${c}1:${c}2`);
    ws.mergeCells('I1:L1');
    const person = ['1', 'Nguyễn Văn An', 'Nam', '12/03/1960', '037060001234', '03/02/1985', '03/02/1986', 'Chi bộ Thôn 1'];
    putRow(ws, 3, [...person, 'Thôn 1', 'Gia Viễn', 'Gia Viễn', 'Ninh Bình']);
    putRow(ws, 4, ['2', 'Trần Thị Bình', 'Nữ', '05/07/1972', '037172002345', '19/05/1998', '19/05/1999', 'Chi bộ Thôn 1', 'Thôn 2', 'Gia Hưng', undefined, 'Ninh Bình']);
    putRow(ws, 5, ['3', 'Lê Văn Cường', 'Nam', '20/11/1975', '037075003456', '02/09/2000', '02/09/2001', 'Chi bộ Thôn 1', 'Xóm 3', 'Kim Bảng', undefined, 'tỉnh Hà Nam']);
    const c = await checkBook(wb, 'address-parts.xlsx');
    expect(c.result.tables[0].duplicateColumns).toEqual([]);
    expect(findingsOn(c.result, 'DS')).toEqual(['I5 address-old-province', 'K3 address-old-unit']);
    expect(c.result.members[0].records[1].address).toBe('Thôn 2, Gia Hưng, Ninh Bình');
  });
});
