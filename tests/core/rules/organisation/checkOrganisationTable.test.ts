import { checkOrganisationTable } from '../../../../src/core/rules/organisation';
import { mergedInto, parseOrgStatus, parseOrgType } from '../../../../src/core/data/orgTypes';
import { AS_OF, COL, makeTable, ORG_FIELDS, orgTable } from '../cross/fixtures';

describe('checkOrganisationTable: parsing', () => {
  it('reads name, type, parent, status and member count into records, cleaned', () => {
    const { sheet, table } = makeTable('TC', 'organisations', [...ORG_FIELDS, 'memberCount', 'code'], [
      [1, '  Chi bộ   Thôn 1 ', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập', 'Đang hoạt động', 12, 'CB01'],
      [2, 'Chi bộ Thôn 2', 'cbcs', 'Đảng bộ xã Tân Lập', 'Đã giải thể', '7 đv'],
      [3, 'Chi bộ Thôn 3', 'Loại khác', 'Đảng bộ xã Tân Lập', 'giai tan'],
      [4, 'Chi bộ Thôn 4', 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
    ]);
    const { records } = checkOrganisationTable(sheet, table, { asOf: AS_OF });
    expect(records).toEqual([
      { row: 4, name: 'Chi bộ Thôn 1', code: 'CB01', type: 'Chi bộ cơ sở', parent: 'Đảng bộ xã Tân Lập',
        status: 'Đang hoạt động', active: true, memberCount: 12 },
      { row: 5, name: 'Chi bộ Thôn 2', type: 'Chi bộ cơ sở', parent: 'Đảng bộ xã Tân Lập', status: 'Giải thể',
        active: false, memberCount: 7 },
      { row: 6, name: 'Chi bộ Thôn 3', typeText: 'Loại khác', parent: 'Đảng bộ xã Tân Lập', status: 'Giải tán',
        active: false },
      { row: 7, name: 'Chi bộ Thôn 4', type: 'Chi bộ cơ sở', parent: 'Đảng bộ xã Tân Lập', active: true },
    ]);
  });

  it('decomposed (NFD) text is stored as NFC', () => {
    const { sheet, table } = makeTable('TC', 'organisations', ORG_FIELDS, [
      [1, 'Chi bộ Thôn Hòa'.normalize('NFD'), 'Chi bộ cơ sở'.normalize('NFD'), 'Đảng bộ xã A'],
    ]);
    const { records, findings } = checkOrganisationTable(sheet, table, { asOf: AS_OF });
    expect(records[0].name).toBe('Chi bộ Thôn Hòa');
    expect(records[0].type).toBe('Chi bộ cơ sở');
    expect(findings).toEqual([]); // text-unicode is the engine's rule, not a type error
  });

  it('only visits the data rows', () => {
    const { sheet, table } = makeTable('TC', 'organisations', ORG_FIELDS, [
      [1, 'Chi bộ Thôn 1', 'sai loại', 'Đảng bộ xã A'],
      [2, 'Chi bộ Thôn 2', 'sai loại', 'Đảng bộ xã A'],
    ]);
    table.dataRows = [5];
    const { records, findings } = checkOrganisationTable(sheet, table, { asOf: AS_OF });
    expect(records.map((r) => r.row)).toEqual([5]);
    expect(findings.map((f) => f.row)).toEqual([5]);
  });
});

describe('org-type-invalid', () => {
  it.each([
    ['chi bo co so', 'Chi bộ cơ sở'],
    ['CBCS', 'Chi bộ cơ sở'],
    ['CHI BỘ CƠ SỞ', 'Chi bộ cơ sở'],
    ['Chi bộ trực thuộc đảng ủy', 'Chi bộ trực thuộc'],
    ['Chi bộ trực thuộc Đảng bộ bộ phận', 'Chi bộ trực thuộc'],
    ['ĐBCS', 'Đảng bộ cơ sở'],
    ['đảng bộ cơ sở', 'Đảng bộ cơ sở'],
    ['ĐBBP', 'Đảng bộ bộ phận'],
    ['Đảng bộ xã', 'Đảng bộ cấp trên cơ sở'],
    ['Đảng bộ phường', 'Đảng bộ cấp trên cơ sở'],
    ['dang bo cap tren co so', 'Đảng bộ cấp trên cơ sở'],
  ])('%s is a variant of %s: fixed', (written, canonical) => {
    const t = orgTable([['Chi bộ Thôn 1', written, 'Đảng bộ xã A']]);
    const found = t.findings.filter((f) => f.rule === 'org-type-invalid');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      row: 4, col: COL.type, field: 'type', severity: 'error', group: 'correct',
      suggestion: canonical, fix: { value: canonical },
    });
    expect(found[0].message).toContain(`“${written}”`);
    expect(found[0].message).toContain(`“${canonical}”`);
    expect(t.records[0].type).toBe(canonical);
    expect(t.records[0].typeText).toBeUndefined();
  });

  it('an unknown type has no fix and lists the valid types', () => {
    const t = orgTable([['Chi bộ Thôn 1', 'Tổ đảng', 'Đảng bộ xã A']]);
    const [f] = t.findings;
    expect(f.rule).toBe('org-type-invalid');
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('“Chi bộ trực thuộc”');
    expect(t.records[0]).toMatchObject({ typeText: 'Tổ đảng' });
    expect(t.records[0].type).toBeUndefined();
  });

  it('"Chi bộ" alone is ambiguous: no fix, the message names the two chi bộ types', () => {
    const [f] = orgTable([['Chi bộ Thôn 1', 'Chi bộ', 'Đảng bộ xã A']]).findings;
    expect(f.rule).toBe('org-type-invalid');
    expect(f.fix).toBeUndefined();
    expect(f.message).toContain('Chi bộ cơ sở');
    expect(f.message).toContain('Chi bộ trực thuộc');
  });

  it('is quiet on the five canonical types and on an empty type (that is `required`)', () => {
    const t = orgTable([
      ['Đảng bộ xã A', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
      ['Đảng bộ Trường THCS', 'Đảng bộ cơ sở', 'Đảng bộ xã A'],
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã A'],
      ['Đảng bộ bộ phận Khối 1', 'Đảng bộ bộ phận', 'Đảng bộ Trường THCS'],
      ['Chi bộ Tổ 1', 'Chi bộ trực thuộc', 'Đảng bộ bộ phận Khối 1'],
      ['Chi bộ Thôn 2', '', 'Đảng bộ xã A'],
    ]);
    expect(t.findings).toEqual([]);
  });
});

describe('org-name-type', () => {
  it('fires when the name says chi bộ but the type is a đảng bộ', () => {
    const [f] = orgTable([['Chi bộ Thôn 1', 'Đảng bộ cơ sở', 'Đảng bộ xã A']]).findings;
    expect(f).toMatchObject({ rule: 'org-name-type', severity: 'warning', row: 4, col: COL.type });
    expect(f.message).toContain('“Chi bộ Thôn 1”');
  });

  it('fires on the reverse, also for "Đảng ủy" names and abbreviations', () => {
    const t = orgTable([
      ['Đảng bộ Công ty X', 'Chi bộ cơ sở', 'Đảng bộ xã A'],
      ['Đảng ủy Trường Y', 'Chi bộ trực thuộc', 'Đảng bộ xã A'],
      ['CB Thôn 3', 'ĐBCS', 'Đảng bộ xã A'],
    ]);
    expect(t.findings.filter((f) => f.rule === 'org-name-type').map((f) => f.row)).toEqual([4, 5, 6]);
  });

  it('is quiet when the name agrees or says nothing about the type', () => {
    const t = orgTable([
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã A'],
      ['Thôn 2', 'Đảng bộ cơ sở', 'Đảng bộ xã A'],
      ['Đảng bộ bộ phận Khối 1', 'Đảng bộ bộ phận', 'Đảng bộ xã A'],
      ['Chi bộ Thôn 3', 'Không rõ', 'Đảng bộ xã A'],
    ]);
    expect(t.findings.filter((f) => f.rule === 'org-name-type')).toEqual([]);
  });
});

describe('type and status variants', () => {
  it('statuses', () => {
    expect(parseOrgStatus('dang hoat dong')).toBe('Đang hoạt động');
    expect(parseOrgStatus('Đã giải thể theo QĐ 12')).toBe('Giải thể');
    expect(parseOrgStatus('SÁP NHẬP')).toBe('Sáp nhập');
    expect(parseOrgStatus('')).toBeUndefined();
    expect(parseOrgStatus('???')).toBeUndefined();
  });

  it('merged into another organisation, as written; "Sáp nhập" alone is the merger\'s result', () => {
    expect(mergedInto('Đã sáp nhập vào Chi bộ Thôn 1')).toBe('Chi bộ Thôn 1');
    expect(mergedInto('sap nhap vao: Chi bo Thon 1')).toBe('Chi bo Thon 1');
    expect(mergedInto('Hợp nhất vào Chi bộ Khu 3')).toBe('Chi bộ Khu 3');
    expect(mergedInto('Sáp nhập')).toBeUndefined();
    expect(mergedInto('Sáp nhập Thôn 2 và Thôn 3')).toBeUndefined();
  });

  it('exact spellings are exact, variants are not', () => {
    expect(parseOrgType('Chi bộ cơ sở')).toEqual({ type: 'Chi bộ cơ sở', exact: true });
    expect(parseOrgType('Chi Bộ Cơ Sở')).toEqual({ type: 'Chi bộ cơ sở', exact: false });
    expect(parseOrgType('Chi bộ')).toEqual({ type: undefined, exact: false });
  });
});
