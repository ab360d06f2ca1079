/**
 * The row scanner remembers a column's clean texts (a map, and a small direct-mapped cache in front of it) so that
 * a repeated value is not checked again. Remembering must change nothing: a scanner that has read many rows
 * returns the same texts and reports the same findings, row by row, as one that has read none.
 */
import fc from 'fast-check';
import type { Cell, SheetData } from '../../../../src/core/cells';
import type { FieldKey, TableInfo } from '../../../../src/core/fields';
import { Findings } from '../../../../src/core/rules/context';
import { RowScanner } from '../../../../src/core/rules/common/rowScanner';
import { encodeTcvn3 } from '../../../../src/core/text/legacyEncode';

const FIELDS: FieldKey[] = ['fullName', 'gender', 'ethnicity', 'religion', 'address', 'nationalId'];

/** A small pool per column, so that texts repeat and many share a cache slot (same length, similar letters). */
const POOL = [
  'Nam', 'Nữ', 'Kinh', 'Không', 'Công giáo', 'Phật giáo', 'Thôn 1', 'Thôn 2', 'Thôn 3', 'Thôn 11', 'Thôn 12',
  'Nguyễn Văn An', 'Nguyễn Văn Ân', 'NGUYỄN VĂN AN', 'Lê Thị Hoà', 'Lê Thị Hòa', 'Le Thi Hoa', ' Thôn 1',
  'Thôn  1', 'Thôn 1\u00a0', '-', '—', '  ', '', 'Ho\u0300a', 'Ðinh Văn Bình', '037153000257', '037 153 000 257',
  'Cao Đài', 'Cao Dai', 'Khơ Me', 'Tày', 'Thái', 'Tin Lành', 'abc', 'abd', 'bbc', 'aXc', 'a1c',
];
const LEGACY = ['Không', 'Công giáo', 'Thôn 1', 'Nguyễn Văn An'].map((s) => encodeTcvn3(s));

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ value: fc.constantFrom(...POOL), font: fc.constantFrom(undefined, undefined, '.VnTime') }) },
  { weight: 1, arbitrary: fc.record({ value: fc.constantFrom(...LEGACY), font: fc.constantFrom(undefined, '.VnTime') }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
).map((c) => {
  if (!c) return undefined;
  // A fresh string each time, as a host reads each cell: equal texts are different strings.
  const value = (' ' + c.value).slice(1);
  return c.font ? ({ type: 'text', value, font: c.font } as Cell) : ({ type: 'text', value } as Cell);
});

function tableOf(rows: number): TableInfo {
  return {
    sheet: 'S', kind: 'members', headerRow: 1, headerRows: 1, firstRow: 2, lastRow: rows + 1,
    columns: Object.fromEntries(FIELDS.map((f, i) => [f, i])),
    headers: FIELDS.map((field, col) => ({ col, label: field, field })),
    duplicateColumns: [], dataRows: Array.from({ length: rows }, (_, i) => i + 2), sections: [],
  };
}

function scanAll(sheet: SheetData, table: TableInfo, fresh: boolean): { texts: string; findings: string } {
  const out = new Findings(sheet.name);
  let shared = new RowScanner(sheet, table, out, ['nationalId']);
  const texts: string[] = [];
  for (const row of table.dataRows) {
    if (fresh) shared = new RowScanner(sheet, table, out, ['nationalId']);
    const cells = shared.scan(row);
    texts.push(FIELDS.map((_, c) => `${shared.texts[c] ?? '∅'}|${cells[c]?.type ?? '∅'}`).join('¦'));
  }
  return { texts: texts.join('\n'), findings: out.list.map((f) => `${f.row}:${f.col}:${f.rule}:${f.suggestion ?? ''}`).join('\n') };
}

describe('RowScanner', () => {
  it('scans every row as if it had never seen the column before', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: FIELDS.length, maxLength: FIELDS.length }), { minLength: 1, maxLength: 700 }), (body) => {
        const sheet: SheetData = { name: 'S', rows: [FIELDS.map((f) => ({ type: 'text', value: f }) as Cell), ...body], merges: [] };
        const table = tableOf(body.length);
        expect(scanAll(sheet, table, false)).toEqual(scanAll(sheet, table, true));
      }),
      { numRuns: 150 },
    );
  });
});
