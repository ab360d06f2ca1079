import type { Cell, SheetData } from '../../../src/core/cells';
import { checkWorkbook } from '../../../src/core/engine';
import { findingJsonSchema } from '../../../src/core/findings';
import { cellAddress, columnLetter } from '../../../src/core/cells';
import { ser, date, num, only, describeFindings } from '../rules/member/helpers';

const AS_OF = ser('30/12/2025');

const t = (s: string): Cell => ({ type: 'text', value: s });

/**
 * A member sheet as communes keep it: a title block, a two-row header ("Ngày tháng" merged over
 * "Vào Đảng" / "Chính thức"), dates typed as text, IDs stored as numbers.
 */
function memberSheet(): SheetData {
  const rows: (Cell | undefined)[][] = [
    [t('ĐẢNG BỘ XÃ GIA VIỄN')],
    [t('DANH SÁCH ĐẢNG VIÊN')],
    [],
    [t('STT'), t('Họ và tên'), t('Giới tính'), t('Ngày sinh'), t('Số CCCD'), t('Ngày tháng'), undefined, t('Chi bộ'), t('Dân tộc')],
    [undefined, undefined, undefined, undefined, undefined, t('Vào Đảng'), t('Chính thức'), undefined, undefined],
    // 6: clean, text dates exactly dd/mm/yyyy
    [num(1), t('Nguyễn Thị Lan'), t('Nữ'), t('12/04/1953'), t('037153000257'), t('26/03/1975'), t('26/03/1976'), t('Chi bộ Thôn 1'), t('Kinh')],
    // 7: ISO text date; ID a General number that lost its zero
    [num(2), t('Lê Văn Hùng'), t('Nam'), t('1975-09-02'), num(37075001234), date('03/01/2000'), date('03/01/2001'), t('Chi bộ Thôn 2'), t('Kinh')],
    // 8: ID a number shown as 12 digits by its format
    [num(3), t('Phạm Thị Hoa'), t('Nữ'), date('15/07/1990'), num(37190005678, '000000000000'), date('03/02/2015'), date('03/02/2016'), t('Chi bộ Thôn 2'), t('tay')],
    // 9: an error value and an impossible date
    [num(4), t('Hoàng Văn Nam'), t('Nam'), t('31/02/1985'), t('037085009999'), date('01/06/2010'), date('01/06/2011'), { type: 'error', value: '#N/A' }, t('Kinh')],
  ];
  return {
    name: 'Đảng viên',
    rows,
    merges: [
      { top: 0, left: 0, bottom: 0, right: 8 },
      { top: 1, left: 0, bottom: 1, right: 8 },
      ...[0, 1, 2, 3, 4, 7, 8].map((c) => ({ top: 3, left: c, bottom: 4, right: c })),
      { top: 3, left: 5, bottom: 3, right: 6 },
    ],
  };
}

describe('checkWorkbook', () => {
  const result = checkWorkbook([memberSheet()], { asOf: AS_OF });
  const at = (row: number, rule: string) => result.findings.filter((f) => f.row === row && f.rule === rule);

  it('finds the table under the title block and reads the two-row header', () => {
    expect(result.tables).toHaveLength(1);
    const table = result.tables[0];
    expect(table).toMatchObject({ kind: 'members', headerRow: 5, firstRow: 6 });
    expect(table.columns).toMatchObject({ admissionDate: 5, officialDate: 6, nationalId: 4 });
    expect(result.members[0].records).toHaveLength(4);
  });

  it('accepts the clean row', () => {
    expect(describeFindings(result.findings.filter((f) => f.row === 6))).toBe('');
  });

  it('converts a text date and restores an ID that lost its zero', () => {
    expect(at(7, 'date-text')[0]).toMatchObject({ col: 3, fix: { value: ser('02/09/1975'), isDate: true } });
    expect(at(7, 'id-leading-zeros-lost')[0]).toMatchObject({ col: 4, fix: { value: '037075001234', format: '@' } });
    expect(result.members[0].records[1]).toMatchObject({ nationalId: '037075001234', birthDate: ser('02/09/1975') });
  });

  it('reads an ID through its number format', () => {
    expect(at(8, 'id-stored-as-number')[0]).toMatchObject({ col: 4, fix: { value: '037190005678', format: '@' } });
    expect(at(8, 'id-leading-zeros-lost')).toHaveLength(0);
    expect(at(8, 'value-not-in-list')[0]).toMatchObject({ col: 8, fix: { value: 'Tày' } });
  });

  it('reports error values and impossible dates without piling on', () => {
    expect(at(9, 'cell-error-value')[0]).toMatchObject({ col: 7, field: 'branch', severity: 'error' });
    expect(at(9, 'date-invalid')[0]).toMatchObject({ col: 3 });
    expect(at(9, 'id-birth-year')).toHaveLength(0);
    expect(at(9, 'required')).toHaveLength(0);
  });

  it('sorts findings by row and column and produces valid JSON findings', () => {
    const keys = result.findings.map((f) => f.row * 1000 + f.col);
    expect([...keys].sort((a, b) => a - b)).toEqual(keys);
    for (const f of result.findings) {
      const json = { ...f, cell: cellAddress(f.row, f.col), column: columnLetter(f.col) };
      expect(findingJsonSchema.safeParse(json).success).toBe(true);
    }
  });
});

describe('sheet-level rules', () => {
  it('table-not-found only when asked, and not for a sheet the user marked as not a table', () => {
    const notes: SheetData = { name: 'Ghi chú', rows: [[t('Ghi chú về danh sách')]], merges: [] };
    expect(checkWorkbook([notes], { asOf: AS_OF }).findings).toHaveLength(0);
    const f = checkWorkbook([notes], { asOf: AS_OF, requireTables: true }).findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'table-not-found', row: 1, col: 0, field: null, sheet: 'Ghi chú' });
    expect(checkWorkbook([notes], { asOf: AS_OF, requireTables: true, overrides: [{ sheet: 'Ghi chú', kind: null }] }).findings).toHaveLength(0);
  });

  it('beside a table, only a table-less sheet holding a list of people is table-not-found', () => {
    const empty: SheetData = { name: 'Sheet3', rows: [], merges: [] };
    const guide: SheetData = {
      name: 'Hướng dẫn',
      rows: [[t('Cột Ngày sinh: nhập dd/mm/yyyy')], [t('Ví dụ'), t('01/01/1980'), t('025080001234')]],
      merges: [],
    };
    const summary: SheetData = {
      name: 'Tổng hợp',
      rows: [[t('TT'), t('Chi bộ'), t('Tổng số'), t('Nam'), t('Nữ')], [num(1), t('Chi bộ Thôn 1'), num(22), num(14), num(8)], [num(2), t('Chi bộ Thôn 2'), num(20), num(12), num(8)]],
      merges: [],
    };
    // A list whose header is not recognised (names typed over "Cột 1 … Cột 4"): dates and IDs on every row.
    const unread: SheetData = {
      name: 'DS cũ',
      rows: [[t('Cột 1'), t('Cột 2'), t('Cột 3'), t('Cột 4')], ...[1, 2, 3].map((i) => [num(i), t('Nguyễn Văn An'), date('01/02/1970'), t('02507000012' + i)])],
      merges: [],
    };
    const notFound = (sheets: SheetData[]) =>
      checkWorkbook(sheets, { asOf: AS_OF, requireTables: true }).findings.filter((f) => f.rule === 'table-not-found').map((f) => f.sheet);
    expect(notFound([guide, summary, memberSheet(), empty, unread])).toEqual(['DS cũ']);
    // No table anywhere: every sheet that holds something is reported; all empty, every sheet.
    expect(notFound([guide, summary, empty])).toEqual(['Hướng dẫn', 'Tổng hợp']);
    expect(notFound([empty])).toEqual(['Sheet3']);
  });

  it('column-missing at the header row for each required column absent', () => {
    const sheet: SheetData = {
      name: 'DV',
      rows: [
        [t('STT'), t('Họ và tên'), t('Ngày sinh'), t('Số CCCD'), t('Ngày vào Đảng'), t('Chi bộ')],
        [num(1), t('Nguyễn Thị Lan'), date('12/04/1953'), t('037153000257'), date('26/03/1975'), t('Chi bộ Thôn 1')],
      ],
      merges: [],
    };
    const f = only(checkWorkbook([sheet], { asOf: AS_OF }).findings, 'column-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 1, col: 0, field: 'gender', severity: 'error' });
    expect(f[0].message).toContain('Giới tính');
  });

  it('column-duplicate on the second column of a field', () => {
    const sheet: SheetData = {
      name: 'DV',
      rows: [
        [t('STT'), t('Họ và tên'), t('Giới tính'), t('Ngày sinh'), t('Số CCCD'), t('Ngày vào Đảng'), t('Chi bộ'), t('CCCD')],
        [num(1), t('Nguyễn Thị Lan'), t('Nữ'), date('12/04/1953'), t('037153000257'), date('26/03/1975'), t('Chi bộ Thôn 1'), t('037153000257')],
      ],
      merges: [],
    };
    const f = only(checkWorkbook([sheet], { asOf: AS_OF }).findings, 'column-duplicate');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 1, col: 7, field: 'nationalId', severity: 'warning' });
  });

  it('takes a member’s branch from the section row above it when there is no branch column', () => {
    const sheet: SheetData = {
      name: 'DV',
      rows: [
        [t('STT'), t('Họ và tên'), t('Giới tính'), t('Ngày sinh'), t('Số CCCD'), t('Ngày vào Đảng'), t('Ngày chính thức')],
        [t('Chi bộ Thôn 1')],
        [num(1), t('Nguyễn Thị Lan'), t('Nữ'), date('12/04/1953'), t('037153000257'), date('26/03/1975'), date('26/03/1976')],
        [t('Chi bộ Thôn 2')],
        [num(2), t('Trần Văn Minh'), t('Nam'), date('05/06/1980'), t('001080012345'), date('19/05/2005'), date('19/05/2006')],
      ],
      merges: [],
    };
    const r = checkWorkbook([sheet], { asOf: AS_OF });
    expect(r.members[0].records.map((m) => m.branch)).toEqual(['Chi bộ Thôn 1', 'Chi bộ Thôn 2']);
    expect(only(r.findings, 'column-missing')).toHaveLength(0);
  });
});

describe('account requests through the engine', () => {
  it('finds a Phụ lục 01 table and checks its rows', () => {
    const sheet: SheetData = {
      name: 'Phụ lục 01',
      rows: [
        [t('DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN')],
        [],
        [t('STT'), t('Tỉnh/thành phố'), t('Xã/phường'), t('Họ và tên'), t('Ngày sinh'), t('Số CCCD'), t('Số điện thoại'),
          t('Vị trí công tác'), t('Đơn vị công tác'), t('Quyền khai thác, sử dụng hệ thống')],
        [num(1), t('Ninh Bình'), t('Xã Gia Viễn'), t('Phạm Thị Lan'), t('12/03/1985'), t('037185000123'), t('0912345678'),
          t('Văn phòng'), t('Đảng ủy xã Gia Viễn'), t('1, 2')],
        [num(2), t('Ninh Bình'), t('Xã Gia Viễn'), t('Trần Văn Nam'), t('01/01/1990'), t('037090000124'), t('0987654321'),
          t('Văn phòng'), t('Đảng ủy xã Gia Viễn'), t('7')],
      ],
      merges: [],
    };
    const r = checkWorkbook([sheet], { asOf: AS_OF });
    expect(r.tables[0]).toMatchObject({ kind: 'accounts', headerRow: 3 });
    expect(r.accounts[0].records.map((a) => a.rights)).toEqual([[1, 2], undefined]);
    expect(r.findings.map((f) => `${f.row}:${f.col}:${f.rule}`)).toEqual(['5:9:rights-invalid']);
  });
});
