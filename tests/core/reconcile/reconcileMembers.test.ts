import { serialFromYmd } from '../../../src/core/dates';
import { reconcileMembers } from '../../../src/core/reconcile/reconcileMembers';
import { listsAgree } from '../../../src/core/reconcile/types';
import { reconcileJsonSchema, toReconcileJson } from '../../../src/core/reconcile/schema';
import { side } from './helpers';

const d = serialFromYmd;

const an = {
  fullName: 'Nguyễn Văn An', gender: 'Nam' as const, birthDate: d(1980, 2, 1), nationalId: '001080000123',
  branch: 'Chi bộ Thôn 1', phone: '0912345678', address: 'Thôn 1, xã Hòa Bình',
};
const binh = {
  fullName: 'Trần Thị Bình', gender: 'Nữ' as const, birthDate: d(1975, 6, 15), nationalId: '037175000257',
  branch: 'Chi bộ Thôn 2',
};

describe('reconcileMembers', () => {
  it('treats presentation differences as equal', () => {
    const a = side('A', [an, binh]);
    const b = side('B', [
      { ...binh, fullName: 'TRẦN  THỊ BÌNH', branch: 'chi bo thon 2' },
      {
        ...an, fullName: 'NGUYỄN VĂN AN'.normalize('NFD'), birthDate: d(1980, 2, 1) + 0.5, phone: '+84 912 345 678',
        address: ' thôn 1,xã  Hoà Bình ',
      },
    ]);
    const r = reconcileMembers(a, b);
    expect(r.matched).toBe(2);
    expect(r.different).toEqual([]);
    expect(r.onlyInA).toEqual([]);
    expect(listsAgree(r)).toBe(true);
    expect(r.pairs).toEqual([
      { rowA: 2, rowB: 3, by: 'nationalId' },
      { rowA: 3, rowB: 2, by: 'nationalId' },
    ]);
  });

  it('reports a different birth date, branch, and a value missing on one side', () => {
    const a = side('A', [an]);
    const b = side('B', [{ ...an, birthDate: d(1980, 3, 1), branch: 'Chi bộ Thôn 3', phone: undefined }]);
    const r = reconcileMembers(a, b);
    expect(r.different).toEqual([
      { rowA: 2, rowB: 2, field: 'birthDate', a: '01/02/1980', b: '01/03/1980', name: 'Nguyễn Văn An', colA: 2, colB: 2 },
      { rowA: 2, rowB: 2, field: 'branch', a: 'Chi bộ Thôn 1', b: 'Chi bộ Thôn 3', name: 'Nguyễn Văn An', colA: 7, colB: 7 },
      { rowA: 2, rowB: 2, field: 'phone', a: '0912345678', b: '', name: 'Nguyễn Văn An', colA: 8, colB: 8 },
    ]);
    expect(listsAgree(r)).toBe(false);
  });

  it('never pairs two different valid IDs, even with the same name and birth date', () => {
    const r = reconcileMembers(side('A', [an]), side('B', [{ ...an, nationalId: '001080004567' }]));
    expect(r.matched).toBe(0);
    expect(r.onlyInA).toEqual([{ row: 2, nationalId: '001080000123', fullName: 'Nguyễn Văn An' }]);
    expect(r.onlyInB).toEqual([{ row: 2, nationalId: '001080004567', fullName: 'Nguyễn Văn An' }]);
  });

  it('pairs a mistyped ID (one digit changed or two swapped) of the same name and birth date, and shows both IDs', () => {
    for (const typo of ['001080000124', '001080000132']) {
      const r = reconcileMembers(side('A', [an]), side('B', [{ ...an, nationalId: typo }]));
      expect(r.matched).toBe(1);
      expect(r.onlyInA).toEqual([]);
      expect(r.different.map((x) => [x.field, x.a, x.b])).toEqual([['nationalId', '001080000123', typo]]);
    }
    // Another birth date, or two rows of B that fit: not guessed.
    expect(reconcileMembers(side('A', [an]), side('B', [{ ...an, nationalId: '001080000124', birthDate: d(1980, 2, 2) }])).matched).toBe(0);
    const two = reconcileMembers(side('A', [an]), side('B', [{ ...an, nationalId: '001080000124' }, { ...an, nationalId: '001080000125' }]));
    expect(two.matched).toBe(0);
  });

  it('falls back to card, record number, then name and birth date where an ID is missing or invalid', () => {
    const a = side('A', [
      { ...an, cardNumber: '12345678' },
      { ...binh, recordNumber: '123456TB' },
      { fullName: 'Lê Văn Hoà', birthDate: d(1990, 1, 1), nationalId: '12345' },
    ]);
    const b = side('B', [
      { ...an, nationalId: undefined, cardNumber: '1234 5678' },
      { ...binh, nationalId: '03717500025', recordNumber: '123456 tb' },
      { fullName: 'LÊ VĂN HÒA', birthDate: d(1990, 1, 1) },
    ]);
    const r = reconcileMembers(a, b);
    expect(r.pairs.map((p) => p.by)).toEqual(['cardNumber', 'recordNumber', 'nameBirth']);
    // The IDs themselves still differ and are shown.
    expect(r.different.map((x) => [x.rowA, x.field, x.a, x.b])).toEqual([
      [2, 'nationalId', '001080000123', ''],
      [3, 'nationalId', '037175000257', '03717500025'],
      [4, 'nationalId', '12345', ''],
    ]);
  });

  it('does not pair by name when both sides carry different card numbers', () => {
    const a = side('A', [{ ...an, nationalId: undefined, cardNumber: '11111111' }]);
    const b = side('B', [{ ...an, nationalId: undefined, cardNumber: '22222222' }]);
    const r = reconcileMembers(a, b);
    expect(r.matched).toBe(0);
    expect(r.onlyInA.length + r.onlyInB.length).toBe(2);
  });

  it('reports two candidates as ambiguous, from either side, and lists internal duplicates', () => {
    const a = side('A', [an, binh, { ...binh, fullName: 'Trần Thị Bình (trùng)' }]);
    const b = side('B', [an, { ...an, phone: '0987654321' }, binh]);
    const r = reconcileMembers(a, b);
    expect(r.matched).toBe(0);
    expect(r.onlyInA).toEqual([]);
    expect(r.onlyInB).toEqual([]);
    expect(r.ambiguous).toEqual([
      { side: 'a', rowA: 2, rowsB: [2, 3], by: 'nationalId' },
      { side: 'b', rowB: 4, rowsA: [3, 4], by: 'nationalId' },
    ]);
    expect(r.duplicates).toEqual([
      { side: 'a', by: 'nationalId', value: '037175000257', rows: [3, 4] },
      { side: 'b', by: 'nationalId', value: '001080000123', rows: [2, 3] },
    ]);
    const json = toReconcileJson(r, 'A.xlsx', 'B.xlsx');
    // In the §6 JSON every entry is { rowA, rowsB }: the two rows of A competing for B's row 4 each name it.
    expect(reconcileJsonSchema.parse(json).ambiguous).toEqual([
      { rowA: 2, rowsB: [2, 3] },
      { rowA: 3, rowsB: [4] },
      { rowA: 4, rowsB: [4] },
    ]);
  });

  it('compares only the fields both tables have', () => {
    const a = side('A', [an], ['fullName', 'birthDate', 'nationalId', 'phone']);
    const b = side('B', [{ ...an, phone: '0900000000', branch: 'Khác' }], ['nationalId', 'fullName', 'birthDate', 'branch']);
    const r = reconcileMembers(a, b);
    expect(r.comparedFields).toEqual(['fullName', 'birthDate', 'nationalId']);
    expect(r.different).toEqual([]);
  });

  it('keeps real diacritic differences in names (Hà ≠ Hạ)', () => {
    const r = reconcileMembers(
      side('A', [{ ...an, fullName: 'Nguyễn Thị Hà' }]),
      side('B', [{ ...an, fullName: 'Nguyễn Thị Hạ' }]),
    );
    expect(r.different.map((x) => x.field)).toEqual(['fullName']);
  });
});

describe('reconcileMembers with duplicates on both sides', () => {
  it('lists each A row with its B candidates once, without repeating them from B', () => {
    const r = reconcileMembers(side('A', [an, an]), side('B', [an, an]));
    expect(r.ambiguous).toEqual([
      { side: 'a', rowA: 2, rowsB: [2, 3], by: 'nationalId' },
      { side: 'a', rowA: 3, rowsB: [2, 3], by: 'nationalId' },
    ]);
    expect(r.matched + r.onlyInA.length + r.onlyInB.length).toBe(0);
  });

  it('leaves duplicates with no counterpart as only on their side, and lists them as internal duplicates', () => {
    const r = reconcileMembers(side('A', [binh]), side('B', [an, { ...an, fullName: 'Nguyễn Văn Ân' }]));
    expect(r.onlyInB.map((e) => e.row)).toEqual([2, 3]);
    expect(r.duplicates).toEqual([{ side: 'b', by: 'nationalId', value: an.nationalId, rows: [2, 3] }]);
  });
});
