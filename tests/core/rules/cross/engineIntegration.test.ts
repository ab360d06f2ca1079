// One integration test through detection and the engine: realistic headers, a title above them, and the
// organisation and cross-table rules finding exactly what was planted.
import type { Cell, SheetData } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import { checkWorkbook } from '../../../../src/core/engine';
import { AS_OF } from './fixtures';

const MINE = new Set([
  'org-type-invalid', 'org-name-type', 'duplicate-id', 'duplicate-card', 'duplicate-person', 'member-org-unknown',
  'member-org-inactive', 'org-duplicate', 'org-parent-unknown', 'org-hierarchy', 'org-size', 'org-empty',
  'address-old-unit', 'address-old-province',
]);

const text = (v: string): Cell => ({ type: 'text', value: v });
const date = (y: number, m: number, d: number): Cell => ({ type: 'date', value: serialFromYmd(y, m, d), format: 'dd/mm/yyyy' });

function sheet(name: string, title: string, header: string[], rows: Cell[][]): SheetData {
  return { name, rows: [[text(title)], [], header.map(text), ...rows], merges: [] };
}

function orgSheet(): SheetData {
  const rows: [string, string, string, string][] = [
    ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ', 'Đang hoạt động'],
    ['Chi bộ Thôn 1', 'CBCS', 'Đảng bộ xã Tân Lập', 'Đang hoạt động'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng ủy xã Tân Lập', 'Đang hoạt động'],
    ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
  ];
  return sheet('Tổ chức đảng', 'DANH SÁCH TỔ CHỨC ĐẢNG', ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'],
    rows.map((r, i) => [{ type: 'number', value: i + 1 }, ...r.map(text)]));
}

let n = 0;
function memberRow(branch: string, extra: { id?: string; address?: string } = {}): Cell[] {
  n += 1;
  const id = extra.id ?? `0250800${String(n).padStart(5, '0')}`; // Phú Thọ, man born 1980
  return [
    { type: 'number', value: n }, text(`Nguyễn Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Khánh', 'Long', 'Minh'][n % 8]} ${n % 2 ? 'Tú' : 'Tài'}`),
    text('Nam'), date(1980, 1 + (n % 12), 1 + (n % 27)), text(id), date(2010, 3, 1), date(2011, 3, 1), text(branch),
    text(extra.address ?? 'Thôn 1, xã Tân Lập, tỉnh Phú Thọ'), text('Chính thức'),
  ];
}

function memberSheet(rows: Cell[][]): SheetData {
  return sheet('Đảng viên', 'DANH SÁCH ĐẢNG VIÊN', ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD',
    'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Nơi ở hiện nay', 'Loại đảng viên'], rows);
}

describe('organisation and cross-table rules through the engine', () => {
  it('find what was planted and nothing else', () => {
    const rows = [
      ...Array.from({ length: 4 }, () => memberRow('Chi bộ Thôn 1')),
      ...Array.from({ length: 3 }, () => memberRow('Thôn 2')),
      memberRow('Chi bộ Thôn 9'), // row 11: unknown
      memberRow('Chi bộ Thôn 3'), // row 12: dissolved
      memberRow('Thôn 1', { id: '025080000001' }), // row 13: same ID as row 4
      memberRow('Thôn 1', { address: 'Thôn 2, xã Tân Lập, huyện Tam Nông, tỉnh Vĩnh Phúc' }), // row 14
    ];
    const result = checkWorkbook([orgSheet(), memberSheet(rows)], { asOf: AS_OF });
    expect(result.tables.map((t) => t.kind)).toEqual(['organisations', 'members']);
    const mine = result.findings.filter((f) => MINE.has(f.rule)).map((f) => [f.sheet, f.rule, `${f.row}:${f.col}`]);
    expect(mine).toEqual([
      ['Tổ chức đảng', 'org-type-invalid', '5:2'],
      ['Đảng viên', 'duplicate-id', '4:4'],
      ['Đảng viên', 'member-org-unknown', '11:7'],
      ['Đảng viên', 'member-org-inactive', '12:7'],
      ['Đảng viên', 'duplicate-id', '13:4'],
      ['Đảng viên', 'address-old-unit', '14:8'],
      ['Đảng viên', 'address-old-province', '14:8'],
    ]);
  });
});
