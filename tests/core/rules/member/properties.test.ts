/** Property tests: any cell content is read without throwing, findings are well-formed, and fixes settle. */
import fc from 'fast-check';
import type { Cell } from '../../../../src/core/cells';
import { checkMemberTable } from '../../../../src/core/rules/member';
import { RULES_BY_ID } from '../../../../src/core/rules/catalog';
import { cellFromFix } from '../../../../src/core/fix/cellFromFix';
import { memberTable, AS_OF, MEMBER_COLUMNS } from './helpers';

const textish = fc.oneof(
  fc.string(),
  fc.constantFrom(' Nguyễn  Văn An ', 'nguyễn thị hoà', 'NỮ', 'nam', '1980-05-01', '31/02/1980', '1/5/80', '037 153 000 257',
    '01689123456', 'Th«n 1', 'Toâi ñi hoïc', 'Ha\u0300 Nội', '\u00d0ội 3', 'kinh', 'Trung cấp LLCT', '12/12', 'x', '', '  ',
    'chinh thuc', 'Dự bị', '05/13/1980', 'ngày 1 tháng 5 năm 1980'),
);
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  textish.map((value): Cell => ({ type: 'text', value })),
  fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(37153000257, 912345678, 1980, 29342))
    .map((value): Cell => ({ type: 'number', value, format: 'General' })),
  fc.integer({ min: 1, max: 80000 }).map((value): Cell => ({ type: 'date', value, format: 'dd/mm/yyyy' })),
  fc.constant<Cell>({ type: 'error', value: '#N/A' }),
  fc.constant<Cell>({ type: 'boolean', value: true }),
  fc.constant(undefined),
);

describe('member rules on arbitrary cells', () => {
  it('never throw, report only catalog rules inside the table, and their fixes do not fire again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MEMBER_COLUMNS.length - 1 }), cell, (col, c) => {
        const { sheet, table } = memberTable(2);
        sheet.rows[2][col] = c;
        const { findings } = checkMemberTable(sheet, table, { asOf: AS_OF });
        for (const f of findings) {
          expect(RULES_BY_ID.has(f.rule)).toBe(true);
          expect(f.row).toBeGreaterThanOrEqual(2);
          expect(f.row).toBeLessThanOrEqual(3);
          expect(f.col).toBeGreaterThanOrEqual(0);
          expect(f.col).toBeLessThan(MEMBER_COLUMNS.length);
          expect(f.message.normalize('NFC')).toBe(f.message);
        }
        for (const f of findings.filter((x) => x.fix && x.row === 3)) {
          const again = memberTable(2);
          const before = sheet.rows[2][f.col] ?? { type: 'empty', value: null };
          again.sheet.rows[2] = [...sheet.rows[2]];
          again.sheet.rows[2][f.col] = cellFromFix(before as Cell, f.fix!);
          const after = checkMemberTable(again.sheet, again.table, { asOf: AS_OF }).findings;
          expect(after.filter((x) => x.row === 3 && x.col === f.col && x.rule === f.rule)).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
