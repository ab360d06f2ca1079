import { serialFromYmd } from '../../../../src/core/dates';
import { crossCheck } from '../../../../src/core/rules/cross';
import { input, MCOL, member, memberTable } from './fixtures';

const BIRTH = serialFromYmd(1980, 5, 1);

describe('duplicate-id', () => {
  it('every occurrence is a finding naming the other rows, across member tables', () => {
    const a = memberTable([
      member('Thôn 1', { nationalId: '001080000111' }),
      member('Thôn 1'),
      member('Thôn 1', { nationalId: '001080000111' }),
    ]);
    const b = memberTable([member('Thôn 2', { nationalId: '001080000111' })], 'Đảng viên 2');
    const found = crossCheck(input([], [a, b])).filter((f) => f.rule === 'duplicate-id');
    expect(found.map((f) => [f.sheet, f.row])).toEqual([['Đảng viên', 4], ['Đảng viên', 6], ['Đảng viên 2', 4]]);
    expect(found[0]).toMatchObject({ col: MCOL.nationalId, field: 'nationalId', severity: 'error', relatedRows: [6] });
    expect(found[0].message).toContain('001080000111');
    expect(found[0].message).toContain('dòng 6 và dòng 4 trang “Đảng viên 2”');
    expect(found[2].message).toContain('dòng 4, 6 trang “Đảng viên”');
    expect(found[2].relatedRows).toBeUndefined(); // no other row on its own sheet
  });

  it('is quiet on distinct IDs, empty IDs and placeholders', () => {
    const t = memberTable([
      member('Thôn 1'), member('Thôn 1'),
      member('Thôn 1', { nationalId: undefined }), member('Thôn 1', { nationalId: undefined }),
      member('Thôn 1', { nationalId: '000000000000' }), member('Thôn 1', { nationalId: '000000000000' }),
      member('Thôn 1', { nationalId: 'chưa có' }), member('Thôn 1', { nationalId: 'chưa có' }),
    ]);
    expect(crossCheck(input([], [t])).filter((f) => f.rule === 'duplicate-id')).toEqual([]);
  });
});

describe('duplicate-card', () => {
  it('the same card number, and the same record number, twice', () => {
    const t = memberTable([
      member('Thôn 1', { cardNumber: '12345678', recordNumber: '000123HN' }),
      member('Thôn 1', { cardNumber: '12345678' }),
      member('Thôn 1', { recordNumber: '000123hn' }),
    ]);
    const found = crossCheck(input([], [t])).filter((f) => f.rule === 'duplicate-card');
    expect(found.map((f) => [f.row, f.field, f.col, f.relatedRows])).toEqual([
      [4, 'cardNumber', MCOL.cardNumber, [5]],
      [5, 'cardNumber', MCOL.cardNumber, [4]],
      [4, 'recordNumber', MCOL.recordNumber, [6]],
      [6, 'recordNumber', MCOL.recordNumber, [4]],
    ]);
    expect(found[0].message).toContain('Số thẻ đảng viên 12345678 trùng với dòng 5');
    expect(found[2].message).toContain('Số lý lịch 000123HN trùng với dòng 6');
  });

  it('is quiet when cards and record numbers differ', () => {
    const t = memberTable([member('Thôn 1'), member('Thôn 1'), member('Thôn 1')]);
    expect(crossCheck(input([], [t]))).toEqual([]);
  });
});

describe('duplicate-person', () => {
  it('same name (tone placement, case and spaces ignored) and birth date, different or missing ID', () => {
    const t = memberTable([
      member('Thôn 1', { fullName: 'Nguyễn Thị Thuý', birthDate: BIRTH }),
      member('Thôn 1', { fullName: 'NGUYỄN  THỊ THÚY', birthDate: BIRTH }),
      member('Thôn 1', { fullName: 'Nguyễn Thị Thúy', birthDate: BIRTH, nationalId: undefined }),
    ]);
    const found = crossCheck(input([], [t])).filter((f) => f.rule === 'duplicate-person');
    expect(found.map((f) => [f.row, f.relatedRows])).toEqual([[4, [5, 6]], [5, [4, 6]], [6, [4, 5]]]);
    expect(found[0]).toMatchObject({ col: MCOL.fullName, field: 'fullName', severity: 'warning' });
    expect(found[0].message).toContain('01/05/1980');
    expect(found[0].message).toContain('dòng 5, 6');
  });

  it('other diacritics count (Hà ≠ Hạ), a different birth date counts, the same ID is duplicate-id only', () => {
    const t = memberTable([
      member('Thôn 1', { fullName: 'Trần Thị Hà', birthDate: BIRTH }),
      member('Thôn 1', { fullName: 'Trần Thị Hạ', birthDate: BIRTH }),
      member('Thôn 1', { fullName: 'Trần Thị Hà', birthDate: BIRTH + 1 }),
      member('Thôn 1', { fullName: 'Lê Văn Nam', birthDate: BIRTH, nationalId: '001080000999' }),
      member('Thôn 1', { fullName: 'Lê Văn Nam', birthDate: BIRTH, nationalId: '001080000999' }),
    ]);
    const rules = crossCheck(input([], [t])).map((f) => f.rule);
    expect(rules).toEqual(['duplicate-id', 'duplicate-id']);
  });

  it('in a group, members sharing an ID are not named against each other', () => {
    const t = memberTable([
      member('Thôn 1', { fullName: 'Lê Văn Nam', birthDate: BIRTH, nationalId: '001080000999' }),
      member('Thôn 1', { fullName: 'Lê Văn Nam', birthDate: BIRTH, nationalId: '001080000999' }),
      member('Thôn 1', { fullName: 'Lê Văn Nam', birthDate: BIRTH, nationalId: '001080000888' }),
    ]);
    const found = crossCheck(input([], [t])).filter((f) => f.rule === 'duplicate-person');
    expect(found.map((f) => [f.row, f.relatedRows])).toEqual([[4, [6]], [5, [6]], [6, [4, 5]]]);
  });
});

describe('many duplicates', () => {
  it('a placeholder-like ID written 150 times: each finding lists 10 rows, counts the rest, carries at most 100', () => {
    const t = memberTable(Array.from({ length: 150 }, () => member('Thôn 1', { nationalId: '001080000777' })));
    const found = crossCheck(input([], [t])).filter((f) => f.rule === 'duplicate-id');
    expect(found).toHaveLength(150);
    expect(found[0].message).toContain('dòng 5, 6, 7, 8, 9, 10, 11, 12, 13, 14 và 139 dòng khác');
    expect(found[0].relatedRows).toHaveLength(100);
  });
});
