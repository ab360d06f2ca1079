/**
 * (g) The generated sheets (progress report, badge list, history) against what a careful clerk counts by hand, on
 * layouts the engine reads but a report could miscount: two lists side by side on one sheet, an organisation list
 * holding only the chi bộ, lists without an organisation list, chi bộ named from titles or abbreviated.
 * All people and numbers are synthetic.
 */
import ExcelJS from 'exceljs';
import { AS_OF, checkBook, d, putRow } from './support';
import { computeProgress, type ProgressReport } from '../../src/core/reports/progress';
import { buildBadgeSheet, computeBadgesFor } from '../../src/core/reports/badges';
import { findMembers, memberSearchIndex } from '../../src/taskpane/generate/memberSearch';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Long', 'Minh', 'Nam', 'Phúc', 'Quân'];

interface Person { name: string; born: Date; id: string; admitted: Date; official: Date }

/** Synthetic men born 1960 + i in Ninh Bình (ID province 037), admitted at 30, official a year later. */
function people(n: number, from = 0): Person[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const year = 1960 + i;
    return {
      name: `Nguyễn Văn ${GIVEN[i % GIVEN.length]}`,
      born: d(year, 4, 1 + i),
      id: `0370${String(year % 100).padStart(2, '0')}${String(7300 + i).padStart(6, '0')}`,
      admitted: d(year + 30, 6, 2),
      official: d(year + 31, 6, 2),
    };
  });
}

function memberRow(p: Person, stt: number, branch?: string): (string | number | Date | undefined)[] {
  return [stt, p.name, 'Nam', p.born, p.id, p.admitted, p.official, branch];
}

function orgSheet(wb: ExcelJS.Workbook, rows: [string, string, string][]): void {
  const ws = wb.addWorksheet('Tổ chức');
  putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
  rows.forEach((r, i) => putRow(ws, 2 + i, [i + 1, ...r]));
}

const XA = 'Đảng bộ xã Yên Thịnh';
const COMMUNE: [string, string, string][] = [
  [XA, 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'],
  ['Chi bộ Thôn 1', 'Chi bộ cơ sở', XA],
  ['Chi bộ Thôn 2', 'Chi bộ cơ sở', XA],
];

/** "label:total/standardised/withErrors/errors" for every organisation row and the total. */
function lines(report: ProgressReport): string[] {
  return report.rows.map((r) => {
    const c = r.counts;
    const errors = Object.values(c.groups).reduce((a, b) => a + b, 0);
    return `${r.label}:${c.total}/${c.standardised}/${c.withErrors}/${errors}`;
  });
}

describe('progress report on two lists side by side', () => {
  it('an error in the left list is not also counted against the member on the same row of the right list', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb, COMMUNE);
    const ws = wb.addWorksheet('Đảng viên');
    putRow(ws, 1, HEADER);
    putRow(ws, 1, HEADER, 10); // a blank column I between the two chi bộ's lists
    people(5).forEach((p, k) => putRow(ws, 2 + k, memberRow(p, k + 1, 'Chi bộ Thôn 1')));
    people(4, 5).forEach((p, k) => putRow(ws, 2 + k, memberRow(p, k + 1, 'Chi bộ Thôn 2'), 10));
    ws.getCell('E3').value = '12345'; // a short ID in Thôn 1's list, row 3
    const { result } = await checkBook(wb, 'side-by-side.xlsx');
    expect(result.tables.filter((t) => t.kind === 'members').map((t) => t.columnRange?.left)).toEqual([0, 9]);
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.row}:${f.col}:${f.rule}`))
      .toEqual(['Đảng viên!3:4:id-format']);
    // By hand: Thôn 1 has 5 members, one with an error; Thôn 2 has 4, all clean; one error in all.
    expect(lines(computeProgress(result, AS_OF))).toEqual([
      `${XA}:0/0/0/0`, 'Chi bộ Thôn 1:5/4/1/1', 'Chi bộ Thôn 2:4/4/0/0', 'Tổng cộng:9/8/1/1',
    ]);
  });

  it('an error of the organisation list beside the members stays with the organisation', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dữ liệu');
    putRow(ws, 1, HEADER);
    putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc'], 10);
    const orgs: [string, string, string][] = [[XA, 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'], ['Chi bộ Thôn 1', 'Chi bộ loại X', XA], ['Chi bộ Thôn 2', 'Chi bộ cơ sở', XA]];
    orgs.forEach((r, i) => putRow(ws, 2 + i, [i + 1, ...r], 10));
    people(6).forEach((p, k) => putRow(ws, 2 + k, memberRow(p, k + 1, k < 3 ? 'Chi bộ Thôn 1' : 'Chi bộ Thôn 2')));
    const { result } = await checkBook(wb, 'orgs-beside.xlsx');
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => `${f.row}:${f.col}:${f.rule}`)).toEqual(['3:11:org-type-invalid']);
    // The members on row 3 (Thôn 1's third) is clean: the error is the chi bộ's own type.
    expect(lines(computeProgress(result, AS_OF))).toEqual([
      `${XA}:0/0/0/0`, 'Chi bộ Thôn 1:3/3/0/1', 'Chi bộ Thôn 2:3/3/0/0', 'Tổng cộng:6/6/0/1',
    ]);
  });
});

describe('progress report heading', () => {
  it('an organisation list of the chi bộ only (the commune named as their superior): the report is the commune’s', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb, [['Chi bộ Thôn 1', 'Chi bộ cơ sở', XA], ['Chi bộ Thôn 2', 'Chi bộ cơ sở', XA]]);
    const ws = wb.addWorksheet('Đảng viên');
    putRow(ws, 1, HEADER);
    people(6).forEach((p, k) => putRow(ws, 2 + k, memberRow(p, k + 1, k < 3 ? 'Chi bộ Thôn 1' : 'Chi bộ Thôn 2')));
    const { result } = await checkBook(wb, 'chi-bo-only.xlsx');
    const report = computeProgress(result, AS_OF);
    // Not "Chi bộ Thôn 1", the first of the two.
    expect(report.committee).toBe(XA);
    expect(lines(report)).toEqual(['Chi bộ Thôn 1:3/3/0/0', 'Chi bộ Thôn 2:3/3/0/0', 'Tổng cộng:6/6/0/0']);
  });
});

describe('badge list', () => {
  it('names each chi bộ as the organisation list writes it, whether the list took it from a title or an abbreviation', async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb, COMMUNE);
    // Thôn 1's own sheet under its title, no chi bộ column; then a list naming the chi bộ "CB Thôn 2".
    thon1UnderTitle(wb, 3);
    const t2 = wb.addWorksheet('Thôn 2');
    putRow(t2, 1, HEADER);
    people(4, 3).forEach((p, k) => putRow(t2, 2 + k, memberRow(p, k + 1, 'CB Thôn 2')));
    const { result } = await checkBook(wb, 'badges-names.xlsx');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // Admitted at 30 in 1960 + i: the members born 1966 and 1962 reach 30 years in 2026 and 2022; 1965 → 30 in 2025.
    const list = computeBadgesFor(result, 2026);
    expect(list.entries.map((e) => `${e.member.fullName}:${e.years}:${e.branch}`)).toEqual(['Nguyễn Văn Khánh:30:Chi bộ Thôn 2']);
    const cells = buildBadgeSheet(list).cells.filter((c) => c.col === 5 && c.row > 3 && c.value !== null).map((c) => c.value);
    expect(cells).toEqual(['Chi bộ Thôn 2']);
    const older = computeBadgesFor(result, 2022);
    expect(older.entries.map((e) => `${e.member.fullName}:${e.branch}`)).toEqual(['Nguyễn Văn Cường:Chi bộ Thôn 1']);
  });
});

describe('progress report without an organisation list', () => {
  it('counts one chi bộ however the rows write it, shown with its type spelled out', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đảng viên');
    putRow(ws, 1, HEADER);
    const written = ['Chi bộ Thôn 1', 'CB Thôn 1', 'chi bộ thôn 1', 'Thôn 1', 'CB Thôn 2', 'Chi bộ Thôn 2', 'Đảng bộ Thôn 2'];
    people(7).forEach((p, k) => putRow(ws, 2 + k, memberRow(p, k + 1, written[k])));
    const { result } = await checkBook(wb, 'no-orgs.xlsx');
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // By hand: four in Thôn 1, two in Thôn 2; "Đảng bộ Thôn 2" is not the chi bộ.
    expect(lines(computeProgress(result, AS_OF))).toEqual([
      'Chi bộ Thôn 1:4/4/0/0', 'Chi bộ Thôn 2:2/2/0/0', 'Đảng bộ Thôn 2:1/1/0/0', 'Tổng cộng:7/7/0/0',
    ]);
  });

  it('a chi bộ named by its sheet’s title and again in another list’s column is one row', async () => {
    const wb = new ExcelJS.Workbook();
    thon1UnderTitle(wb, 2);
    const t2 = wb.addWorksheet('Khác');
    putRow(t2, 1, HEADER);
    people(3, 2).forEach((p, k) => putRow(t2, 2 + k, memberRow(p, k + 1, k === 0 ? 'Chi bộ Thôn 1' : 'Chi bộ Thôn 3')));
    const { result } = await checkBook(wb, 'titles-no-orgs.xlsx');
    expect(lines(computeProgress(result, AS_OF))).toEqual(['Chi bộ Thôn 1:3/3/0/0', 'Chi bộ Thôn 3:2/2/0/0', 'Tổng cộng:5/5/0/0']);
  });
});

/** Thôn 1's own sheet: its chi bộ named only by the title, no chi bộ column, `count` members. */
function thon1UnderTitle(wb: ExcelJS.Workbook, count: number): void {
  const ws = wb.addWorksheet('Thôn 1');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1']);
  putRow(ws, 3, HEADER.slice(0, 7));
  people(count).forEach((p, k) => putRow(ws, 4 + k, memberRow(p, k + 1).slice(0, 7)));
}

describe('Phụ lục 01 member search (the pane)', () => {
  it('offers the members the lists hold today, each once: not a member who died, not a copied list again', async () => {
    const wb = new ExcelJS.Workbook();
    const list = (name: string) => {
      const ws = wb.addWorksheet(name);
      putRow(ws, 1, [...HEADER, 'Trạng thái']);
      people(4).forEach((p, k) => putRow(ws, 2 + k, [...memberRow(p, k + 1, 'Chi bộ Thôn 1'), k === 3 ? 'Từ trần' : 'Đang sinh hoạt']));
    };
    list('Đảng viên');
    list('Đảng viên (2)'); // the same list copied: members-repeated
    const { result } = await checkBook(wb, 'picker.xlsx');
    expect(result.findings.map((f) => f.rule)).toContain('members-repeated');
    const index = memberSearchIndex(result);
    expect(index.map((s) => `${s.sheet}:${s.member.fullName}`)).toEqual([
      'Đảng viên:Nguyễn Văn An', 'Đảng viên:Nguyễn Văn Bình', 'Đảng viên:Nguyễn Văn Cường',
    ]);
    // Typed without diacritics; a member already chosen is not offered again.
    const found = findMembers(index, 'nguyen van', [], 8);
    expect(found.map((m) => m.member.fullName)).toEqual(['Nguyễn Văn An', 'Nguyễn Văn Bình', 'Nguyễn Văn Cường']);
    expect(findMembers(index, 'cuong', found.slice(2), 8)).toEqual([]);
    expect(findMembers(index, 'Dũng', [], 8)).toEqual([]); // died: no account to request
  });
});
