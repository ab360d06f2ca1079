import { crossCheck } from '../../../../src/core/rules/cross';
import { input, memberTable, members, orgTable, type MemberSpec } from './fixtures';

// 200,000 members in 400 chi bộ trực thuộc, under 80 đảng bộ bộ phận, under 40 đảng bộ cơ sở, under one commune.
describe('200,000 members', () => {
  it('completes, with exactly the planted findings', () => {
    const rows: [string, string, string][] = [['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ']];
    const specs: MemberSpec[] = [];
    for (let c = 1; c <= 40; c++) {
      rows.push([`Đảng bộ Công ty ${c}`, 'Đảng bộ cơ sở', 'Đảng bộ xã Tân Lập']);
      for (let p = 1; p <= 2; p++) {
        rows.push([`Đảng bộ bộ phận Khối ${c}.${p}`, 'Đảng bộ bộ phận', `Đảng bộ Công ty ${c}`]);
        for (let b = 1; b <= 5; b++) {
          rows.push([`Chi bộ Tổ ${c}.${p}.${b}`, 'Chi bộ trực thuộc', `Đảng bộ bộ phận Khối ${c}.${p}`]);
          specs.push(...members(`Tổ ${c}.${p}.${b}`, 500));
        }
      }
    }
    // Planted: 10 IDs each written twice, 7 members with an unknown branch.
    for (let k = 0; k < 10; k++) specs[1000 + k * 3].nationalId = specs[150000 + k * 7].nationalId;
    for (let k = 0; k < 7; k++) specs[50000 + k].branch = 'Chi bộ Tổ 99';

    const orgs = orgTable(rows);
    const t = memberTable(specs);
    expect(orgs.records).toHaveLength(521);
    expect(t.records).toHaveLength(200000);
    const found = crossCheck(input([orgs], [t]));
    const count = (rule: string) => found.filter((f) => f.rule === rule).length;
    expect(count('duplicate-id')).toBe(20);
    expect(count('member-org-unknown')).toBe(7);
    expect(found).toHaveLength(27);
  });
});
