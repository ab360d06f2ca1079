import { serialFromYmd } from '../../../../src/core/dates';
import { crossCheck } from '../../../../src/core/rules/cross';
import { AS_OF, COL, input, member, memberTable, members, orgTable } from './fixtures';

const TOP: [string, string, string] = ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'];
const treeFindings = (rows: [string, string, string, string?][]) => crossCheck(input([orgTable(rows)], []));
const rulesRows = (found: ReturnType<typeof crossCheck>, rule: string) =>
  found.filter((f) => f.rule === rule).map((f) => f.row);

describe('org-duplicate', () => {
  it('the same name twice under the same parent, written differently, both rows named', () => {
    const found = treeFindings([
      TOP,
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Thôn 1', 'Chi bộ cơ sở', 'Đảng ủy xã Tân Lập'],
    ]);
    const dup = found.filter((f) => f.rule === 'org-duplicate');
    expect(dup.map((f) => [f.row, f.col, f.relatedRows])).toEqual([[5, COL.name, [6]], [6, COL.name, [5]]]);
    expect(dup[0].message).toContain('dòng 6');
  });

  it('is quiet for the same name under different parents', () => {
    const found = treeFindings([
      TOP,
      ['Đảng bộ Công ty A', 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Đảng bộ Công ty B', 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Chi bộ Văn phòng', 'Chi bộ trực thuộc', 'Đảng bộ Công ty A'],
      ['Chi bộ Văn phòng', 'Chi bộ trực thuộc', 'Đảng bộ Công ty B'],
    ]);
    expect(found).toEqual([]);
  });
});

describe('org-parent-unknown', () => {
  it('flags a parent not in the table, suggesting the nearest organisation that can have children', () => {
    const found = treeFindings([
      TOP,
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lạc'],
      ['Chi bộ Thôn 4', 'Chi bộ cơ sở', 'Đảng bộ phường Hoàn Kiếm'],
    ]);
    const unknown = found.filter((f) => f.rule === 'org-parent-unknown');
    expect(unknown.map((f) => f.row)).toEqual([6, 7]);
    expect(unknown[0]).toMatchObject({ col: COL.parent, field: 'parent', severity: 'error',
      suggestion: 'Đảng bộ xã Tân Lập' });
    expect(unknown[0].message).toContain('“Đảng bộ xã Tân Lạc”');
    expect(unknown[1].suggestion).toBeUndefined();
  });

  it('the top names its superior outside the table: upper committee type, "Thành ủy", or the one root', () => {
    expect(treeFindings([
      ['Đảng bộ phường Ba Đình', 'Đảng bộ cấp trên cơ sở', 'Thành ủy Hà Nội'],
      ['Chi bộ Tổ dân phố 1', 'Chi bộ cơ sở', 'Đảng bộ phường Ba Đình'],
    ])).toEqual([]);
    // Typed as a đảng bộ cơ sở, its superior a province committee.
    expect(treeFindings([
      ['Đảng bộ Bệnh viện Đa khoa', 'Đảng bộ cơ sở', 'Đảng ủy các cơ quan Đảng tỉnh'],
    ])).toEqual(expect.not.arrayContaining([expect.objectContaining({ rule: 'org-parent-unknown' })]));
    // The one organisation the others descend from, whatever its superior is called.
    expect(rulesRows(treeFindings([
      ['Đảng bộ Công ty Điện lực', 'Đảng bộ cơ sở', 'Cấp trên: Đảng bộ Tổng công ty'],
      ['Chi bộ Phòng Kỹ thuật', 'Chi bộ trực thuộc', 'Đảng bộ Công ty Điện lực'],
    ]), 'org-parent-unknown')).toEqual([]);
  });
});

describe('org-hierarchy', () => {
  it('flags type pairs §2 does not allow, on the parent cell', () => {
    const found = treeFindings([
      TOP,
      ['Đảng bộ Công ty A', 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Đảng bộ bộ phận Khối 1', 'Đảng bộ bộ phận', 'Đảng bộ Công ty A'],
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ bộ phận Khối 1'], // chi bộ cơ sở under a bộ phận
      ['Đảng bộ bộ phận Khối 2', 'Đảng bộ bộ phận', 'Đảng bộ xã Tân Lập'], // bộ phận under the commune
      ['Chi bộ Tổ 1', 'Chi bộ trực thuộc', 'Đảng bộ xã Tân Lập'], // trực thuộc under the commune
      ['Chi bộ Tổ 2', 'Chi bộ trực thuộc', 'Đảng bộ bộ phận Khối 1'], // allowed
      ['Chi bộ Tổ 3', 'Chi bộ trực thuộc', 'Đảng bộ Công ty A'], // allowed
    ]);
    const bad = found.filter((f) => f.rule === 'org-hierarchy');
    expect(bad.map((f) => f.row)).toEqual([7, 8, 9]);
    expect(bad[0]).toMatchObject({ col: COL.parent, field: 'parent', severity: 'error' });
    expect(bad[0].message).toContain('“Chi bộ cơ sở”');
    expect(bad[0].message).toContain('“Đảng bộ bộ phận Khối 1”');
    expect(bad[0].message).toContain('dòng 6');
    expect(bad[0].message).toContain('đảng bộ cấp trên cơ sở');
  });

  it('flags every organisation on a cycle, naming the others', () => {
    const found = treeFindings([
      TOP,
      ['Đảng bộ Công ty A', 'Đảng bộ cơ sở', 'Đảng bộ bộ phận Khối 2'],
      ['Đảng bộ bộ phận Khối 2', 'Đảng bộ bộ phận', 'Đảng bộ Công ty A'],
      ['Chi bộ Tổ 2', 'Chi bộ trực thuộc', 'Đảng bộ bộ phận Khối 2'],
    ]);
    const cycle = found.filter((f) => f.rule === 'org-hierarchy');
    expect(cycle.map((f) => [f.row, f.relatedRows])).toEqual([[5, [6]], [6, [5]]]);
    expect(cycle[0].message).toContain('“Đảng bộ Công ty A” → “Đảng bộ bộ phận Khối 2” → “Đảng bộ Công ty A”');
    expect(rulesRows(found, 'org-parent-unknown')).toEqual([]);
  });

  it('an organisation that names itself as its parent', () => {
    const found = treeFindings([TOP, ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Chi bộ Thôn 1']]);
    expect(found.map((f) => [f.rule, f.row])).toEqual([['org-hierarchy', 5]]);
    expect(found[0].message).toContain('chính nó');
  });
});

describe('org-size and org-empty', () => {
  const orgs = () => orgTable([
    TOP,
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ['Đảng bộ Trường THCS', 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ['Chi bộ Giáo viên', 'Chi bộ trực thuộc', 'Đảng bộ Trường THCS'],
    ['Chi bộ Thôn 5', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
  ]);

  it('a chi bộ with fewer than 3 official members; official by type, or by an official date reached', () => {
    const t = memberTable([
      member('Thôn 1'), member('Thôn 1', { memberType: 'Dự bị' }),
      member('Thôn 1', { memberType: undefined, officialDate: serialFromYmd(2020, 1, 1) }), // official
      member('Thôn 1', { memberType: undefined, officialDate: AS_OF + 10 }), // not yet
      ...members('Thôn 2', 3), ...members('Giáo viên', 30),
    ]);
    const found = crossCheck(input([orgs()], [t]));
    expect(found.map((f) => [f.rule, f.row])).toEqual([['org-size', 5]]);
    expect(found[0]).toMatchObject({ col: COL.name, field: 'name', severity: 'warning' });
    expect(found[0].message).toContain('2 đảng viên chính thức');
  });

  it('a chi bộ cơ sở with 30 members should be a đảng bộ cơ sở; a đảng bộ cơ sở with 29 is too small', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Thôn 2', 30), ...members('Giáo viên', 29)]);
    const found = crossCheck(input([orgs()], [t]));
    expect(found.map((f) => [f.rule, f.row, f.suggestion])).toEqual([
      ['org-size', 6, 'Đảng bộ cơ sở'],
      ['org-size', 7, 'Chi bộ cơ sở'],
    ]);
    expect(found[0].col).toBe(COL.type);
  });

  it('members directly in a đảng bộ cơ sở count too', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Thôn 2', 3), ...members('Giáo viên', 20),
      ...members('Đảng bộ Trường THCS', 10)]);
    expect(crossCheck(input([orgs()], [t]))).toEqual([]);
  });

  it('org-empty for active organisations only; a chi bộ without members is not also too small', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Giáo viên', 30)]);
    const found = crossCheck(input([orgs()], [t]));
    expect(found.map((f) => [f.rule, f.row])).toEqual([['org-empty', 6]]);
    expect(found[0]).toMatchObject({ col: COL.name, severity: 'warning', group: 'current' });
  });

  it('no size checks when no member belongs to the tree (a member list of another unit)', () => {
    const t = memberTable(members('Chi bộ Phường Khác', 5));
    const found = crossCheck(input([orgs()], [t]));
    expect(new Set(found.map((f) => f.rule))).toEqual(new Set(['member-org-unknown']));
  });
});

describe('org-duplicate and dissolved organisations', () => {
  it('a dissolved chi bộ and a new one of the same name are not duplicates; two dissolved ones are', () => {
    const found = treeFindings([
      TOP,
      ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
      ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Thành lập mới'],
      ['Chi bộ Thôn 4', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
      ['Thôn 4', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải tán'],
    ]);
    expect(rulesRows(found, 'org-duplicate')).toEqual([7, 8]);
  });
});

describe('org-hierarchy after July 2025', () => {
  it('a chi bộ trực thuộc directly under the commune is told it is now a chi bộ cơ sở', () => {
    const found = treeFindings([TOP, ['Chi bộ Thôn 1', 'Chi bộ trực thuộc', 'Đảng bộ xã Tân Lập']]);
    expect(found.map((f) => f.rule)).toEqual(['org-hierarchy']);
    expect(found[0].message).toContain('“Chi bộ cơ sở”');
  });

  it('chi bộ cơ sở under a đảng bộ xã still typed "Đảng bộ cơ sở": the commune\'s row is named as the fix', () => {
    const found = treeFindings([
      ['Đảng bộ xã Tân Lập', 'Đảng bộ cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Chi bộ Công ty Hòa Bình', 'Chi bộ cơ sở', 'Đảng bộ Công ty Tân Lập'],
      ['Đảng bộ Công ty Tân Lập', 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ]);
    expect(rulesRows(found, 'org-hierarchy')).toEqual([5, 6, 7]);
    expect(found[0].message).toContain('loại hình của nó là “Đảng bộ cấp trên cơ sở”: sửa loại hình ở dòng 4');
    expect(found[1].message).not.toContain('loại hình của nó'); // a company's đảng bộ is not a commune's
  });
});

describe('org-parent-unknown when the commune itself is not listed', () => {
  it('the superior most organisations name is outside the table; another unknown parent is flagged', () => {
    const found = treeFindings([
      ['Chi bộ Tổ dân phố 1', 'Chi bộ cơ sở', 'Đảng bộ phường Kim Mã'],
      ['Chi bộ Tổ dân phố 2', 'Chi bộ cơ sở', 'Đảng ủy phường Kim Mã'],
      ['Chi bộ Tổ dân phố 3', 'Chi bộ cơ sở', 'Dang bo phuong Kim Ma'],
      ['Chi bộ Tổ dân phố 4', 'Chi bộ cơ sở', 'Đảng bộ phường Ngọc Hà'],
    ]);
    expect(found.map((f) => [f.rule, f.row])).toEqual([['org-parent-unknown', 7]]);
  });

  it('with the commune listed, a parent outside the table is an error even when several rows name it', () => {
    const found = treeFindings([
      TOP,
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lâm'],
      ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lâm'],
    ]);
    expect(rulesRows(found, 'org-parent-unknown')).toEqual([5, 6]);
  });
});
