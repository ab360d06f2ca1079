/**
 * Clean member lists laid out the many ways commune offices lay them out (one- and two-row headers, merged or not,
 * split columns, spacer columns, titles, sections of several styles, subtotals, page-break repeats, signature
 * blocks) must give no finding at all: every finding here is a false one. A seed reproduces a layout.
 * All people are synthetic.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../../src/core/engine';
import { serialFromYmd } from '../../../src/core/dates';
import type { Cell, CellRange, SheetData } from '../../../src/core/cells';

const AS_OF = serialFromYmd(2025, 12, 30);
type Rnd = () => number;
type C = Cell | undefined;
const text = (s: string): Cell => ({ type: 'text', value: s });
const num = (n: number): Cell => ({ type: 'number', value: n, format: 'General' });

interface Person { fullName: string; gender: 'Nam' | 'Nữ'; birth: [number, number, number]; id: string; adm: [number, number, number]; off: [number, number, number] }
const PEOPLE: Person[] = [
  { fullName: 'Nguyễn Văn An', gender: 'Nam', birth: [1970, 3, 4], id: '025070001234', adm: [1995, 5, 6], off: [1996, 5, 6] },
  { fullName: 'Trần Thị Bình', gender: 'Nữ', birth: [1980, 7, 8], id: '025180002345', adm: [2005, 1, 2], off: [2006, 1, 2] },
  { fullName: 'Lê Văn Cường', gender: 'Nam', birth: [1990, 9, 10], id: '025090003456', adm: [2015, 2, 3], off: [2016, 2, 3] },
  { fullName: 'Phạm Thị Dung', gender: 'Nữ', birth: [1985, 1, 2], id: '025185004567', adm: [2010, 4, 5], off: [2011, 4, 5] },
];

/** A column block: group label (or none), sub-labels, the cells of one member. */
type Block = [string | null, string[], (p: Person, i: number) => C[]];

function blocks(rnd: Rnd): Record<string, () => Block> {
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const upper = rnd() < 0.2; // party records also write names in capitals
  const date = ([y, m, d]: [number, number, number]): Cell =>
    rnd() < 0.2
      ? text(`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`)
      : { type: 'date', value: serialFromYmd(y, m, d), format: 'dd/mm/yyyy' };
  return {
    index: () => {
      const style = pick(['number', 'dot', 'zero']);
      const stt = (i: number) => (style === 'number' ? num(i + 1) : text(style === 'dot' ? `${i + 1}.` : String(i + 1).padStart(2, '0')));
      return [null, [pick(['STT', 'TT', 'Số TT'])], (_p, i) => [stt(i)]];
    },
    fullName: () =>
      rnd() < 0.2
        ? ['Họ và tên', ['Họ đệm', 'Tên'], (p) => { const w = p.fullName.split(' '); return [text(w.slice(0, -1).join(' ')), text(w[w.length - 1])]; }]
        : [null, [pick(['Họ và tên', 'Họ tên', 'HỌ VÀ TÊN', 'Ho va ten'])], (p) => [text(upper ? p.fullName.toUpperCase() : p.fullName)]],
    gender: () =>
      rnd() < 0.3
        ? ['Giới tính', ['Nam', 'Nữ'], (p) => (p.gender === 'Nam' ? [text('x'), undefined] : [undefined, text('x')])]
        : [null, [pick(['Giới tính', 'Giới\ntính', 'GT'])], (p) => [text(p.gender)]],
    birthDate: () => {
      const r = rnd();
      if (r < 0.25) return [pick(['Ngày, tháng, năm sinh', 'Năm sinh', 'Ngày sinh']), ['Nam', 'Nữ'], (p) => (p.gender === 'Nam' ? [date(p.birth), undefined] : [undefined, date(p.birth)])];
      if (r < 0.4) return ['Ngày, tháng, năm sinh', ['Ngày', 'Tháng', 'Năm'], (p) => [num(p.birth[2]), num(p.birth[1]), num(p.birth[0])]];
      return [null, [pick(['Ngày sinh', 'Ngày tháng năm sinh', 'Ng.sinh', 'NGAY SINH'])], (p) => [date(p.birth)]];
    },
    nationalId: () =>
      rnd() < 0.3
        ? [pick(['Căn cước công dân', 'Số CCCD', 'CCCD']), ['Số', 'Ngày cấp', 'Nơi cấp'], (p) => [text(p.id), date([2021, 6, 1]), text('Cục CS QLHC về TTXH')]]
        : [null, [pick(['Số CCCD', 'Số định danh cá nhân', 'CCCD', 'Số CCCD\n(12 số)'])], (p) => [text(p.id)]],
    dates: () =>
      rnd() < 0.5
        ? [pick(['Ngày tháng năm', 'Ngày, tháng, năm', 'Ngày vào Đảng']), rnd() < 0.5 ? ['Vào Đảng', 'Chính thức'] : ['Dự bị', 'Chính thức'], (p) => [date(p.adm), date(p.off)]]
        : [null, [pick(['Ngày vào Đảng', 'Ngày kết nạp', 'N.vào Đảng']), pick(['Ngày chính thức', 'Ngày công nhận chính thức', 'Ngày công nhận'])], (p) => [date(p.adm), date(p.off)]],
    branch: () => [null, [pick(['Chi bộ', 'Chi bộ sinh hoạt', 'CB'])], (_p, i) => [text(i < 2 ? 'Chi bộ Thôn 1' : 'Chi bộ Thôn 2')]],
    hometown: () => (rnd() < 0.5 ? ['Quê quán', ['Xã', 'Tỉnh'], () => [text('Hòa Bình'), text('Phú Thọ')]] : [null, ['Quê quán'], () => [text('Phú Thọ')]]),
    note: () => [null, ['Ghi chú'], (_p, i) => [i === 1 ? text('Chuyển đến') : undefined]],
    sortName: () => [null, ['Tên'], (p) => [text(p.fullName.split(' ').pop()!)]],
    cmnd: () => [null, ['Số CMND'], (_p, i) => [text('13123456' + i)]],
    age: () => [null, [pick(['Tuổi đời', 'Tuổi Đảng'])], () => [num(40)]],
    phone: () => [null, [pick(['SĐT', 'Số điện thoại', 'Điện thoại'])], (_p, i) => [text(pick(['091234567' + i, '+8491234567' + i]))]],
  };
}

/** The sheet, and the Excel row of each member. `typo`: the member whose ID lost a digit. */
function layout(seed: number, typo = -1): { sheet: SheetData; memberRows: number[] } {
  let s = (seed >>> 0) % 2147483647 || 1;
  const rnd: Rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const pick = <T>(a: T[]): T => a[Math.floor(rnd() * a.length)];
  const B = blocks(rnd);
  const sectionStyle = Math.floor(rnd() * 7); // 0: branch column; 1-5: section rows; 6: chi bộ in the title
  const names = ['fullName', 'gender', 'birthDate', 'nationalId', 'dates'];
  if (sectionStyle === 0) names.push('branch');
  for (const extra of ['hometown', 'note']) if (rnd() < 0.4) names.push(extra);
  for (const extra of ['sortName', 'cmnd', 'age', 'phone']) if (rnd() < 0.25) names.push(extra);
  const order = ['index', ...names.sort(() => rnd() - 0.5)];
  const bs = order.map((n) => B[n]());
  const twoRow = bs.some((b) => b[0]);
  const rows: C[][] = [];
  const merges: CellRange[] = [];
  for (let t = Math.floor(rnd() * 4); t > 0; t--) rows.push([text(pick(['ĐẢNG BỘ XÃ AN PHÚ', 'DANH SÁCH ĐẢNG VIÊN', '(Tính đến ngày 30/11/2025)']))]);
  if (sectionStyle === 6) rows.push([text(pick(['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1', 'CHI BỘ THÔN 1', 'Danh sách đảng viên Chi bộ Thôn 1 năm 2025']))]);
  const top = rows.length;
  const upper: C[] = [];
  const lower: C[] = [];
  const starts: number[] = [];
  let col = 0;
  for (const [group, subs] of bs) {
    if (rnd() < 0.1) col++; // a blank spacer column
    starts.push(col);
    if (group) {
      upper[col] = text(group);
      subs.forEach((l, k) => (lower[col + k] = text(l)));
      if (rnd() < 0.8) merges.push({ top, left: col, bottom: top, right: col + subs.length - 1 });
    } else {
      subs.forEach((l, k) => {
        upper[col + k] = text(l);
        if (twoRow && rnd() < 0.8) merges.push({ top, left: col + k, bottom: top + 1, right: col + k });
      });
    }
    col += subs.length;
  }
  const header = twoRow ? [upper, lower] : [upper];
  rows.push(...header);
  if (rnd() < 0.3) rows.push(Array.from({ length: col }, (_, k) => num(k + 1)));
  const heading = (k: number) => {
    const label = pick(['Chi bộ Thôn ' + k, 'CHI BỘ THÔN ' + k]);
    const r: C[] = [];
    const at = rows.length;
    switch (sectionStyle) {
      case 1: r[starts[0]] = text(['I', 'II'][k - 1]); r[starts[0] + 1] = text(label); break;
      case 2: r[starts[0]] = num(k); r[starts[0] + 1] = text(label); break;
      case 3: r[0] = text(label + pick([': 2 đảng viên', ' (2 đ/c)', ''])); break;
      case 4: r[0] = text(['I. ', 'II. '][k - 1] + label); merges.push({ top: at, left: 0, bottom: at, right: col - 1 }); break;
      case 5: r[1] = text(label); merges.push({ top: at, left: 1, bottom: at, right: col - 1 }); break;
    }
    rows.push(r);
  };
  const memberRows: number[] = [];
  PEOPLE.forEach((person, i) => {
    const p = i === typo ? { ...person, id: person.id.slice(0, 11) } : person;
    if (sectionStyle >= 1 && sectionStyle <= 5 && i % 2 === 0) heading(i / 2 + 1);
    if (i === 2 && rnd() < 0.3) rows.push([], [text('DANH SÁCH ĐẢNG VIÊN (tiếp theo)')], ...header);
    const cells: C[] = [];
    bs.forEach(([, , of], b) => of(p, sectionStyle === 6 ? 0 : i).forEach((v, k) => (cells[starts[b] + k] = v)));
    rows.push(cells);
    memberRows.push(rows.length);
    if (rnd() < 0.1) rows.push([]); // a blank line between members
    if (i % 2 === 1 && sectionStyle >= 1 && sectionStyle <= 5 && rnd() < 0.4) rows.push([undefined, text(pick(['Cộng: 2 đồng chí', 'Cộng chi bộ: 2 đ/c', 'Có 2 đồng chí', 'Tổng: 2']))]);
  });
  if (rnd() < 0.5) rows.push([undefined, text('Tổng cộng: 4 đồng chí')]);
  if (rnd() < 0.5) rows.push([], [undefined, text('Người lập biểu'), undefined, undefined, undefined, text('T/M ĐẢNG ỦY')], [undefined, undefined, undefined, undefined, undefined, text('BÍ THƯ')], [], [undefined, text('Nguyễn Thị Hà'), undefined, undefined, undefined, text('Trần Văn Nam')]);
  return { sheet: { name: 'DS', rows, merges }, memberRows };
}

describe('clean member lists in generated layouts', () => {
  it('are found, read member by member, and give no finding', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 2 }), (seed) => {
        const result = checkWorkbook([layout(seed).sheet], { asOf: AS_OF });
        expect(result.tables).toHaveLength(1);
        expect(result.tables[0].dataRows).toHaveLength(PEOPLE.length);
        expect(result.findings.map((f) => `${f.row}:${f.col} ${f.rule}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('and a member whose ID lost a digit is reported, on that member\'s row and nowhere else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 2 }), fc.integer({ min: 0, max: PEOPLE.length - 1 }), (seed, typo) => {
        const { sheet, memberRows } = layout(seed, typo);
        const result = checkWorkbook([sheet], { asOf: AS_OF });
        const idCol = result.tables[0].columns.nationalId;
        expect(result.findings.map((f) => `${f.row}:${f.col} ${f.rule}`)).toEqual([`${memberRows[typo]}:${idCol} id-format`]);
      }),
      { numRuns: 200 },
    );
  });
});
