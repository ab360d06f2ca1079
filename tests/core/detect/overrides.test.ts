import { detectTable, detectTables } from '../../../src/core/detect/detectTable';
import { makeSheet, memberRow } from './sheetBuilder';

const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'];
const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ', 'Cột phụ'];
const sheet = makeSheet('DS', [
  ['DANH SÁCH'],
  HEADER,
  ...[1, 2, 3].map((i) => [...memberRow(i, FIELDS), 'x']),
]);

describe('detectTable with the user\'s override', () => {
  it('kind null: not a table', () => {
    expect(detectTable(sheet, { sheet: 'DS', kind: null })).toBeUndefined();
    expect(detectTables([sheet], [{ sheet: 'DS', kind: null }])).toEqual([]);
  });

  it('ignores an override meant for another sheet', () => {
    expect(detectTable(sheet, { sheet: 'Khác', kind: null })?.kind).toBe('members');
  });

  it('columns: a field for an unknown column, null to ignore a column, applied after detection', () => {
    const t = detectTable(sheet, { sheet: 'DS', columns: { 7: 'reviewed', 2: null } })!;
    expect(t.columns.reviewed).toBe(7);
    expect(t.columns.gender).toBeUndefined();
    expect(t.headers.find((h) => h.col === 2)).toEqual({ col: 2, label: 'Giới tính' });
    expect(t.headers.find((h) => h.col === 7)).toEqual({ col: 7, label: 'Cột phụ', field: 'reviewed' });
    expect(t.dataRows).toEqual([3, 4, 5]);
  });

  it('columns: the user\'s column takes the field; the detected one becomes a duplicate', () => {
    const t = detectTable(sheet, { sheet: 'DS', columns: { 7: 'fullName' } })!;
    expect(t.columns.fullName).toBe(7);
    expect(t.duplicateColumns).toEqual([{ field: 'fullName', col: 1 }]);
  });

  it('columns: a column with no header cell can be given a field; fields of another kind are ignored', () => {
    const t = detectTable(sheet, { sheet: 'DS', columns: { 9: 'phone', 8: 'rights' } })!;
    expect(t.headers.find((h) => h.col === 9)).toEqual({ col: 9, label: '', field: 'phone' });
    expect(t.columns.phone).toBe(9);
    expect(t.columns.rights).toBeUndefined();
  });

  it('kind set: reads the sheet as that kind', () => {
    const orgs = makeSheet('TC', [
      ['Tên tổ chức đảng', 'Ghi chú'],
      ['Chi bộ Thôn 1', ''],
    ]);
    expect(detectTable(orgs)).toBeUndefined();
    const t = detectTable(orgs, { sheet: 'TC', kind: 'organisations' })!;
    expect(t.kind).toBe('organisations');
    expect(t.columns).toEqual({ name: 0 });
    expect(t.dataRows).toEqual([2]);
  });

  it('kind set on a sheet whose header matches nothing: the first filled row is the header', () => {
    const odd = makeSheet('Lạ', [[], ['Cột 1', 'Cột 2'], ['Chi bộ Thôn 1', 'Chi bộ trực thuộc']]);
    const t = detectTable(odd, { sheet: 'Lạ', kind: 'organisations', columns: { 0: 'name', 1: 'type' } })!;
    expect(t.headerRow).toBe(2);
    expect(t.columns).toEqual({ name: 0, type: 1 });
    expect(t.dataRows).toEqual([3]);
  });

  it('kind set: overrides what the columns suggest', () => {
    const t = detectTable(sheet, { sheet: 'DS', kind: 'accounts' })!;
    expect(t.kind).toBe('accounts');
    expect(t.columns.fullName).toBe(1);
    expect(t.columns.branch).toBeUndefined();
  });
});
