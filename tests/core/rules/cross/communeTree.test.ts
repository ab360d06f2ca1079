import { crossCheck } from '../../../../src/core/rules/cross';
import { input, memberTable, members, orgTable, type MemberSpec } from './fixtures';

// A commune after July 2025: the commune committee at the top, a company đảng bộ cơ sở with a đảng bộ bộ phận
// and chi bộ trực thuộc, village chi bộ cơ sở, one dissolved chi bộ. Names written the ways users write them.
function commune(): ReturnType<typeof orgTable> {
  return orgTable([
    ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
    ['Đảng bộ Công ty cổ phần Chè Tân Lập', 'Đảng bộ cơ sở', 'Đảng ủy xã Tân Lập'],
    ['Đảng bộ bộ phận Khối sản xuất', 'Đảng bộ bộ phận', 'Đảng bộ Công ty cổ phần Chè Tân Lập'],
    ['Chi bộ Phân xưởng 1', 'Chi bộ trực thuộc', 'Đảng bộ bộ phận Khối sản xuất'],
    ['Chi bộ Phân xưởng 2', 'Chi bộ trực thuộc', 'Đảng bộ bộ phận Khối sản xuất'],
    ['Chi bộ Văn phòng Công ty', 'Chi bộ trực thuộc', 'Đảng ủy Công ty cổ phần Chè Tân Lập'],
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Thành lập mới'],
    ['Chi bộ Trường Tiểu học Tân Lập', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Đang hoạt động'],
    ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
  ]);
}

function communeMembers(overrides: { [branch: string]: MemberSpec[] } = {}): MemberSpec[] {
  const base: { [branch: string]: MemberSpec[] } = {
    phanXuong1: members('Chi bộ Phân xưởng 1', 12),
    phanXuong2: members('Chi bo phan xuong 2', 10),
    vanPhong: members('CB Văn phòng Công ty', 8),
    thon1: [...members('Chi bộ Thôn 01', 8), ...members('Thôn 1', 2, { memberType: 'Dự bị' })],
    thon2: members('Thôn 2', 5),
    truong: members('chi bộ trường tiểu học tân lập', 4),
  };
  return Object.values({ ...base, ...overrides }).flat();
}

describe('a realistic commune tree', () => {
  it('with matching members has zero findings', () => {
    const orgs = commune();
    expect(orgs.findings).toEqual([]);
    expect(crossCheck(input([orgs], [memberTable(communeMembers())]))).toEqual([]);
  });

  it('counts a đảng bộ cơ sở with its descendants: 20 members under the company is too few', () => {
    const found = crossCheck(input([commune()], [memberTable(communeMembers({ phanXuong2: [] }))]));
    expect(found.map((f) => [f.rule, f.row])).toEqual([
      ['org-size', 5], // Đảng bộ Công ty: 12 + 8 members
      ['org-empty', 8], // Chi bộ Phân xưởng 2
    ]);
    const size = found[0];
    expect(size).toMatchObject({ col: 2, field: 'type', severity: 'warning', suggestion: 'Chi bộ cơ sở' });
    expect(size.message).toContain('20 đảng viên');
  });

  it('an empty đảng bộ bộ phận is empty only when its chi bộ are empty too', () => {
    const found = crossCheck(input([commune()], [memberTable(communeMembers({ phanXuong1: [], phanXuong2: [] }))]));
    const empty = found.filter((f) => f.rule === 'org-empty').map((f) => f.row);
    expect(empty).toEqual([6, 7, 8]); // Khối sản xuất and both phân xưởng
  });

  it('a dissolved chi bộ with members: each member is member-org-inactive', () => {
    const found = crossCheck(input([commune()], [memberTable(communeMembers({ extra: members('Thôn 3', 2) }))]));
    const inactive = found.filter((f) => f.rule === 'member-org-inactive');
    expect(inactive).toHaveLength(2);
    expect(inactive[0]).toMatchObject({ sheet: 'Đảng viên', col: 6, field: 'branch', severity: 'error' });
    expect(inactive[0].message).toContain('giải thể');
    expect(inactive[0].message).toContain('dòng 13 trang “Tổ chức”');
  });
});
