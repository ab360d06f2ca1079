import type { Cell } from '../../../../src/core/cells';
import { crossCheck } from '../../../../src/core/rules/cross';
import { checkOrganisationTable } from '../../../../src/core/rules/organisation';
import { AS_OF, input, makeTable, MCOL, member, memberTable, members, orgTable } from './fixtures';

const orgs = () => orgTable([
  ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
  ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
  ['Chi bộ Thôn Đồng Tâm', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
  ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải tán'],
]);

const unknownOf = (found: ReturnType<typeof crossCheck>) => found.filter((f) => f.rule === 'member-org-unknown');

describe('member-org-unknown', () => {
  it('accepts the branch written with or without its prefix, diacritics, case, spacing, leading zeros', () => {
    const t = memberTable([
      ...members('Chi bộ Thôn 1', 3), member('Thôn 1'), member('CB Thôn 1'), member('Chi bo thon 1'),
      member('chi bộ  thôn 01'), ...members('Thôn Đồng Tâm', 3), member('CHI BỘ THÔN ĐỒNG TÂM'),
    ]);
    expect(unknownOf(crossCheck(input([orgs()], [t])))).toEqual([]);
  });

  it('flags a branch not in the table on its branch cell, suggesting the nearest name', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Thôn Đồng Tâm', 3), member('Chi bộ Thôn Đồng Tân'),
      member('Chi bộ Tổ dân phố Bắc Sơn')]);
    const found = unknownOf(crossCheck(input([orgs()], [t])));
    expect(found.map((f) => f.row)).toEqual([10, 11]);
    expect(found[0]).toMatchObject({ sheet: 'Đảng viên', col: MCOL.branch, field: 'branch', severity: 'error',
      group: 'consistent', suggestion: 'Chi bộ Thôn Đồng Tâm' });
    expect(found[0].message).toContain('“Chi bộ Thôn Đồng Tân”');
    expect(found[1].suggestion).toBeUndefined(); // nothing near enough
  });

  it('is not checked without an organisation table', () => {
    const t = memberTable([member('Chi bộ không có')]);
    expect(crossCheck(input([], [t]))).toEqual([]);
  });

  it('members with no branch are left to `required`', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Thôn Đồng Tâm', 3), member('', { branch: undefined })]);
    expect(crossCheck(input([orgs()], [t]))).toEqual([]);
  });

  it('in a table grouped by section rows, one finding on the section row', () => {
    const cells: (string | number)[][] = [];
    const sections: { row: number; label: string }[] = [];
    const add = (label: string, n: number) => {
      sections.push({ row: 4 + cells.length, label });
      cells.push([label]);
      for (let i = 0; i < n; i++) cells.push([cells.length, `Người ${cells.length}`]);
    };
    add('Chi bộ Thôn 1', 3);
    add('Chi bộ Thôn Đồng Tâm', 3);
    add('Chi bộ Thôn 9', 2);
    const { sheet, table } = makeTable('ĐV', 'members', ['index', 'fullName'], cells, { sections });
    sheet.rows[sections[2].row - 1] = [undefined, { type: 'text', value: 'Chi bộ Thôn 9' } as Cell];
    const records = table.dataRows.map((row) => ({ row, reviewed: false, memberType: 'Chính thức' as const })); // branch: sections
    const found = crossCheck(input([orgs()], [{ sheet, table, records }]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'member-org-unknown', row: sections[2].row, col: 1, field: 'branch' });
  });
});

describe('member-org-inactive', () => {
  it('flags members of a dissolved chi bộ', () => {
    const t = memberTable([...members('Thôn 1', 3), ...members('Thôn Đồng Tâm', 3), member('Thôn 3')]);
    const found = crossCheck(input([orgs()], [t]));
    expect(found.map((f) => [f.rule, f.row])).toEqual([['member-org-inactive', 10]]);
    expect(found[0].message).toContain('giải tán');
  });

  it('is quiet when an active organisation of the same name exists', () => {
    const o = orgTable([
      ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Cũ', 'Giải thể'],
      ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Thành lập mới'],
    ]);
    const t = memberTable(members('Thôn 3', 3));
    expect(crossCheck(input([o], [t])).filter((f) => f.rule.startsWith('member-'))).toEqual([]);
  });
});

describe('branch names written as a path, and namesakes', () => {
  it('"Chi bộ Thôn 1 - Đảng bộ xã Tân Lập" is Chi bộ Thôn 1; "Chi bộ Khu 1-2" is not cut at its hyphen', () => {
    const o = orgTable([
      ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ['Chi bộ Khu 1', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ]);
    const t = memberTable([...members('Chi bộ Thôn 1 - Đảng bộ xã Tân Lập', 2), member('Chi bộ Thôn 1, xã Tân Lập'),
      ...members('Chi bộ Khu 1', 3), member('Chi bộ Khu 1-2')]);
    const found = crossCheck(input([o], [t])).filter((f) => f.rule === 'member-org-unknown');
    expect(found.map((f) => f.row)).toEqual([10]);
  });

  it('an active namesake written without the prefix keeps a member out of member-org-inactive', () => {
    const o = orgTable([
      ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Giải thể'],
      ['Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Sáp nhập'],
    ]);
    const t = memberTable(members('Chi bộ Thôn 3', 3));
    expect(crossCheck(input([o], [t])).filter((f) => f.rule.startsWith('member-'))).toEqual([]);
  });
});

describe('member-org-unknown: names a commune writes without its own name, or from before a merger', () => {
  const commune = () => orgTable([
    ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'],
    ['Chi bộ Trường Tiểu học Gia Viễn', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
    ['Chi bộ Trường THCS Gia Viễn A', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
    ['Chi bộ Trường THCS Gia Viễn B', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
    ['Chi bộ Quân sự xã', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
  ]);

  it('"Trường Tiểu học" and "Quân sự xã Gia Viễn" are the commune\'s only such chi bộ', () => {
    const t = memberTable([...members('Trường Tiểu học', 3), ...members('Chi bộ Quân sự xã Gia Viễn', 3)]);
    expect(unknownOf(crossCheck(input([commune()], [t])))).toEqual([]);
  });

  it('an organisation named with its superior ("Chi bộ Tổ 1 - Đảng bộ Công ty May") is found by its own part', () => {
    const orgs = orgTable([
      ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'],
      ['Đảng bộ Công ty May', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
      ['Chi bộ Tổ 1 - Đảng bộ Công ty May', 'Chi bộ trực thuộc', 'Đảng bộ Công ty May'],
    ]);
    expect(unknownOf(crossCheck(input([orgs], [memberTable(members('Chi bộ Tổ 1', 3))])))).toEqual([]);
  });

  it('a chi bộ name two đảng bộ share, written with its đảng bộ: counted in that one', () => {
    const orgs = orgTable([
      ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'],
      ['Đảng bộ Công ty May', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
      ['Đảng bộ Công ty Gạch', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
      ['Chi bộ Văn phòng', 'Chi bộ trực thuộc', 'Đảng bộ Công ty May'],
      ['Chi bộ Văn phòng', 'Chi bộ trực thuộc', 'ĐB Công ty Gạch'],
    ]);
    const t = memberTable([...members('Chi bộ Văn phòng - Đảng bộ Công ty May', 3), ...members('Văn phòng - Công ty Gạch', 3)]);
    const found = crossCheck(input([orgs], [t]));
    // each chi bộ has its 3 members (neither is empty); the two đảng bộ are small (org-size), nothing else
    expect(found.filter((f) => f.rule !== 'org-size')).toEqual([]);
    expect(found.map((f) => f.row)).toEqual([5, 6]);
  });

  it('the organisation\'s code written in place of its name', () => {
    const { sheet, table } = makeTable('Tổ chức', 'organisations', ['index', 'name', 'type', 'parent', 'code'], [
      [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'GV'],
      [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'GV.01'],
    ]);
    const { records } = checkOrganisationTable(sheet, table, { asOf: AS_OF });
    const found = crossCheck(input([{ sheet, table, records }], [memberTable([...members('gv.01', 3), member('GV.02')])]));
    expect(unknownOf(found).map((f) => f.message)).toEqual([expect.stringContaining('“GV.02”')]);
  });

  it('"Trường THCS" where the commune has schools A and B: unknown', () => {
    const t = memberTable([...members('Trường Tiểu học', 3), member('Chi bộ Trường THCS')]);
    const found = unknownOf(crossCheck(input([commune()], [t])));
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain('“Chi bộ Trường THCS”');
  });
});
