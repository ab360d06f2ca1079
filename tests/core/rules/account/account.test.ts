import { checkAccountTable } from '../../../../src/core/rules/account';
import { makeTable, only, describeFindings, AS_OF, type In } from '../member/helpers';
import type { FieldKey } from '../../../../src/core/fields';

const FIELDS: FieldKey[] = ['index', 'province', 'commune', 'fullName', 'birthDate', 'nationalId', 'phone', 'position', 'workplace', 'rights'];

function row(changes: Record<string, In> = {}): In[] {
  const base: Record<string, In> = {
    index: 1, province: 'Ninh Bình', commune: 'Xã Gia Viễn', fullName: 'Phạm Thị Lan', birthDate: '12/03/1985',
    nationalId: '037185000123', phone: '0912345678', position: 'Văn phòng Đảng ủy', workplace: 'Đảng ủy xã Gia Viễn',
    rights: '1, 2',
  };
  const m = { ...base, ...changes };
  return FIELDS.map((f) => m[f]);
}

function run(changes: Record<string, In>) {
  const { sheet, table } = makeTable('accounts', FIELDS, [row(), row(changes)], 'Phụ lục 01');
  return checkAccountTable(sheet, table, { asOf: AS_OF });
}

describe('account requests', () => {
  it('a clean form has no finding and parses rights', () => {
    const { findings, records } = run({ rights: '1;2;5' });
    expect(describeFindings(findings)).toBe('');
    expect(records[0].rights).toEqual([1, 2]);
    expect(records[1].rights).toEqual([1, 2, 5]);
    expect(run({ rights: 3 }).records[1].rights).toEqual([3]);
    expect(run({ rights: '2. Nhập liệu' }).records[1].rights).toEqual([2]);
  });

  it.each(['6', '1, 7', 'tất cả', '0'])('rights-invalid on %s', (value) => {
    const f = only(run({ rights: value }).findings, 'rights-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: 9, severity: 'error', field: 'rights', group: 'correct' });
    expect(f[0].message).toContain(value);
  });

  it('suggests the rights when a number ran them together', () => {
    const f = only(run({ rights: 12 }).findings, 'rights-invalid');
    expect(f[0].suggestion).toBe('1, 2');
  });

  it('requires the form’s columns', () => {
    for (const [field, col] of [['fullName', 3], ['birthDate', 4], ['nationalId', 5], ['phone', 6], ['rights', 9]] as const) {
      const f = only(run({ [field]: null }).findings, 'required');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ row: 3, col, field });
    }
    expect(only(run({ position: null }).findings, 'required')).toHaveLength(0);
  });

  it('applies the member value rules to name, birth date, ID and phone', () => {
    const { findings } = run({ fullName: 'Lan', birthDate: '1985-03-12', nationalId: 37185000123, phone: 912345678 });
    expect(findings.map((f) => f.rule).sort()).toEqual(['date-text', 'id-leading-zeros-lost', 'name-invalid', 'phone-invalid']);
    expect(only(run({ nationalId: '037190000123' }).findings, 'id-birth-year')).toHaveLength(1);
  });
});
