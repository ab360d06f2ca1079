// options.kinds (the pane's "Kiểm tra đảng viên"): findings only on the tables of the kinds asked for, while the
// checks that compare members with organisations still use the other table as it stands (RULES.md §1).
import type { Cell, SheetData } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { checkWorkbook } from '../../../src/core/engine';

const AS_OF = serialFromYmd(2025, 12, 30);
const ORGS = 'Tổ chức đảng';
const MEMBERS = 'Đảng viên';

const text = (v: string): Cell => ({ type: 'text', value: v });
const date = (y: number, m: number, d: number): Cell => ({ type: 'date', value: serialFromYmd(y, m, d), format: 'dd/mm/yyyy' });

function sheet(name: string, title: string, header: string[], rows: Cell[][]): SheetData {
  return { name, rows: [[text(title)], [], header.map(text), ...rows], merges: [] };
}

function orgSheet(): SheetData {
  const rows: [string, string, string, string][] = [
    ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ', 'Đang hoạt động'],
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Đang hoạt động'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Đang hoạt động'], // row 6: one member (org-size)
    ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
    ['Chi bộ Thôn 4', 'CBCS', 'Đảng bộ xã Tân Lập', 'Đang hoạt động'], // row 8: no members (org-empty), bad type
  ];
  return sheet(ORGS, 'DANH SÁCH TỔ CHỨC ĐẢNG', ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'],
    rows.map((r, i) => [{ type: 'number', value: i + 1 }, ...r.map(text)]));
}

let n = 0;
function memberRow(branch: string, name?: string): Cell[] {
  n += 1;
  return [
    { type: 'number', value: n }, text(name ?? `Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hải'][n % 5]} Tú`),
    text('Nam'), date(1980, 1 + (n % 12), 1 + (n % 27)), text(`0250800${String(n).padStart(5, '0')}`), date(2010, 3, 1),
    date(2011, 3, 1), text(branch), text('Chính thức'),
  ];
}

function memberSheet(): SheetData {
  const rows = [
    ...Array.from({ length: 4 }, () => memberRow('Chi bộ Thôn 1')), // rows 4–7
    memberRow('Chi bộ Thôn 2'), // row 8
    memberRow('Chi bộ Thôn 9'), // row 9: unknown
    memberRow('Chi bộ Thôn 3'), // row 10: dissolved
    memberRow('Chi bộ Thôn 1', 'nguyễn văn lâm'), // row 11: lower case (a member-table finding)
  ];
  return sheet(MEMBERS, 'DANH SÁCH ĐẢNG VIÊN', ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD',
    'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Loại đảng viên'], rows);
}

const brief = (fs: { sheet: string; rule: string; row: number }[]) => fs.map((f) => `${f.sheet} ${f.rule} ${f.row}`);

describe('checkWorkbook with options.kinds', () => {
  const sheets = [orgSheet(), memberSheet()];
  const all = checkWorkbook(sheets, { asOf: AS_OF });
  const onSheet = (name: string) => all.findings.filter((f) => f.sheet === name);

  it('the fixture has findings of every sort on both tables', () => {
    const rules = new Set(all.findings.map((f) => f.rule));
    for (const r of ['member-org-unknown', 'member-org-inactive', 'org-size', 'org-empty', 'org-type-invalid', 'name-case']) {
      expect(rules).toContain(r);
    }
  });

  it("members only: the member→organisation checks use the organisation table, which reports nothing", () => {
    const result = checkWorkbook(sheets, { asOf: AS_OF, kinds: ['members'] });
    expect(result.tables.map((t) => t.kind)).toEqual(['members']);
    expect(result.organisations).toEqual([]);
    expect(result.members[0].records).toHaveLength(8);
    expect(brief(result.findings)).toEqual(expect.arrayContaining([
      `${MEMBERS} member-org-unknown 9`, `${MEMBERS} member-org-inactive 10`, `${MEMBERS} name-case 11`,
    ]));
    expect(result.findings.filter((f) => f.sheet !== MEMBERS)).toEqual([]);
    // Exactly what the full check says about the member table.
    expect(result.findings).toEqual(onSheet(MEMBERS));
  });

  it('organisations only: sizes counted from the member table, no member findings', () => {
    const result = checkWorkbook(sheets, { asOf: AS_OF, kinds: ['organisations'] });
    expect(result.tables.map((t) => t.kind)).toEqual(['organisations']);
    expect(result.members).toEqual([]);
    expect(brief(result.findings)).toEqual(expect.arrayContaining([
      `${ORGS} org-size 6`, `${ORGS} org-empty 8`, `${ORGS} org-type-invalid 8`,
    ]));
    expect(result.findings.filter((f) => f.sheet !== ORGS)).toEqual([]);
    expect(result.findings).toEqual(onSheet(ORGS));
  });

  it('without an organisation table, members only reports no member→organisation finding', () => {
    const result = checkWorkbook([memberSheet()], { asOf: AS_OF, kinds: ['members'] });
    expect(result.findings.filter((f) => f.rule.startsWith('member-org-'))).toEqual([]);
    expect(result.tables.map((t) => t.kind)).toEqual(['members']);
  });

  it('both kinds asked for: the same as no kinds', () => {
    const result = checkWorkbook(sheets, { asOf: AS_OF, kinds: ['organisations', 'members'] });
    expect(result.findings).toEqual(all.findings);
    expect(result.tables).toEqual(all.tables);
  });
});
