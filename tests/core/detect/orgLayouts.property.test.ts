/**
 * Clean organisation lists in generated layouts (header names, column order, titles, grouping headings, sub-numbers
 * "4.1", a total line), checked with a matching member list: no finding but org-size on the small chi bộ.
 * Synthetic names only.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/engine';
import { serialFromYmd } from '../../../src/core/dates';
import type { Cell, SheetData } from '../../../src/core/cells';

const AS_OF = serialFromYmd(2025, 12, 30);
type C = Cell | undefined;
const text = (s: string): Cell => ({ type: 'text', value: s });
const num = (n: number): Cell => ({ type: 'number', value: n, format: 'General' });
const date = (y: number): Cell => ({ type: 'date', value: serialFromYmd(y, 1, 1), format: 'dd/mm/yyyy' });

const LABELS: Record<string, string[]> = {
  index: ['STT', 'TT', 'Số TT'],
  name: ['Tên tổ chức đảng', 'Tên chi bộ', 'Tên TCĐ', 'Tên tổ chức cơ sở đảng', 'TÊN TỔ CHỨC ĐẢNG', 'Tên chi bộ, đảng bộ', 'Ten to chuc dang'],
  type: ['Loại hình', 'Loại hình tổ chức', 'Loại tổ chức', 'Loại TCĐ', 'LOAI HINH'],
  parent: ['Trực thuộc', 'Cấp trên trực tiếp', 'Cấp ủy cấp trên', 'Đảng bộ cấp trên', 'TRỰC THUỘC'],
  status: ['Trạng thái', 'Tình trạng', 'Trạng thái hoạt động'],
  memberCount: ['Số đảng viên', 'Tổng số đảng viên', 'Số ĐV'],
  secretary: ['Bí thư', 'Họ tên Bí thư', 'Bí thư chi bộ'],
  note: ['Ghi chú'],
  founded: ['Ngày thành lập', 'Ngày thành lập (QĐ)'],
};
const ORGS = [
  { name: 'Đảng bộ xã An Phú', type: 'Đảng bộ cấp trên cơ sở', parent: 'Tỉnh ủy Phú Thọ', count: 0 },
  { name: 'Chi bộ Thôn 1', type: 'Chi bộ cơ sở', parent: 'Đảng bộ xã An Phú', count: 3 },
  { name: 'Chi bộ Thôn 2', type: 'Chi bộ cơ sở', parent: 'Đảng bộ xã An Phú', count: 3 },
  { name: 'Đảng bộ Trường THCS An Phú', type: 'Đảng bộ cơ sở', parent: 'Đảng bộ xã An Phú', count: 0 },
  { name: 'Chi bộ Tổ Toán', type: 'Chi bộ trực thuộc', parent: 'Đảng bộ Trường THCS An Phú', count: 3, sub: '4.1' },
  { name: 'Chi bộ Tổ Văn', type: 'Chi bộ trực thuộc', parent: 'Đảng bộ Trường THCS An Phú', count: 3, sub: '4.2' },
];

function members(): SheetData {
  const rows: C[][] = [['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'].map(text)];
  const given = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Khánh', 'Lâm', 'Minh', 'Nga', 'Oanh', 'Phúc'];
  let k = 0;
  for (const o of ORGS.filter((x) => x.count)) {
    for (let j = 0; j < 3; j++) {
      k++;
      const y = 1960 + k;
      const female = k % 2 === 1;
      const id = `025${female ? 1 : 0}${String(y).slice(2)}${String(k).padStart(6, '0')}`;
      rows.push([num(k), text(`${female ? 'Trần Thị' : 'Nguyễn Văn'} ${given[k - 1]}`), text(female ? 'Nữ' : 'Nam'), date(y), text(id), date(y + 30), date(y + 31), text(o.name)]);
    }
  }
  return { name: 'DS', rows, merges: [] };
}

function organisations(seed: number): SheetData {
  let s = (seed >>> 0) % 2147483647 || 1;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const fields = ['name', 'type', 'parent'];
  for (const f of ['status', 'memberCount', 'secretary', 'note', 'founded']) if (rnd() < 0.4) fields.push(f);
  const order = ['index', ...fields.sort(() => rnd() - 0.5)];
  const rows: C[][] = [];
  for (let t = Math.floor(rnd() * 4); t > 0; t--) rows.push([text(pick(['ĐẢNG BỘ XÃ AN PHÚ', 'DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC', 'CÁC TỔ CHỨC CƠ SỞ ĐẢNG']))]);
  rows.push(order.map((f) => text(pick(LABELS[f]))));
  const grouped = rnd() < 0.4;
  const topUnnumbered = rnd() < 0.3;
  ORGS.forEach((o, i) => {
    if (grouped && i === 1) rows.push([text('I'), text('CÁC CHI BỘ CƠ SỞ')]);
    if (grouped && i === 3) rows.push([text('II'), text('CÁC ĐẢNG BỘ CƠ SỞ')]);
    const v: Record<string, C> = {
      index: o.sub ? text(o.sub) : i === 0 && topUnnumbered ? undefined : num(i + 1),
      name: text(o.name), type: text(o.type), parent: text(o.parent), status: text('Đang hoạt động'), memberCount: num(o.count),
      secretary: text(`Nguyễn Văn ${'ABCDEF'[i]}`), note: i === 2 ? text('Sáp nhập Thôn 2 và Thôn 3') : undefined, founded: date(2000),
    };
    rows.push(order.map((f) => v[f]));
  });
  if (rnd() < 0.5) rows.push([undefined, text('Tổng số: 6 tổ chức')]);
  return { name: 'TC', rows, merges: [] };
}

describe('clean organisation lists in generated layouts', () => {
  it('are found and give no finding (chi bộ here are small: org-size only)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 2 }), (seed) => {
        const result = checkWorkbook([organisations(seed), members()], { asOf: AS_OF });
        expect(result.tables.map((t) => t.kind)).toEqual(['organisations', 'members']);
        expect(result.tables[0].dataRows).toHaveLength(ORGS.length);
        expect(result.findings.filter((f) => f.rule !== 'org-size').map((f) => `${f.sheet}!${f.row}:${f.col} ${f.rule}`)).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
