import { checkGenericTable } from '../../../../src/core/rules/common/genericTable';
import { makeTable, AS_OF, date, describeFindings } from '../member/helpers';
import type { FieldKey } from '../../../../src/core/fields';

const FIELDS: FieldKey[] = ['index', 'name', 'type', 'parent', 'status', 'foundedDate'];

describe('the any-table rules on an organisation table', () => {
  it('required name, type and parent; dates; text hygiene', () => {
    const { sheet, table } = makeTable('organisations', FIELDS, [
      [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động', date('01/07/2025')],
      [2, 'Chi bộ  Thôn 1', 'Chi bộ cơ sở', '', 'Đang hoạt động', '2025-07-01'],
      [3, 'Chi bộ Thôn 2', '', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động', '31/02/2025'],
    ], 'Tổ chức');
    const f = checkGenericTable(sheet, table, { asOf: AS_OF });
    expect(f.map((x) => `${x.row}:${x.col}:${x.rule}`).sort()).toEqual(
      ['3:1:text-whitespace', '3:3:required', '3:5:date-text', '4:2:required', '4:5:date-invalid'].sort(),
    );
  });

  it('stays quiet on a clean table', () => {
    const { sheet, table } = makeTable('organisations', FIELDS, [
      [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động', date('01/07/2025')],
      [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động', '01/07/2025'],
    ], 'Tổ chức');
    expect(describeFindings(checkGenericTable(sheet, table, { asOf: AS_OF }))).toBe('');
  });
});
