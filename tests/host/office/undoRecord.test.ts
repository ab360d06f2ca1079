/**
 * The undo record's text form (core/fix/undoRecord) and the value written to put text back (office/undo/writeValue).
 */
import fc from 'fast-check';
import { deserialiseUndo, parseUndoHeader, serialiseUndo, type UndoCell } from '../../../src/core/fix/undoRecord';
import { valueToWrite } from '../../../src/host/office/undo/writeValue';

const value = fc.oneof(fc.string({ unit: 'grapheme' }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null));
const cell: fc.Arbitrary<UndoCell> = fc.record(
  {
    sheet: fc.constantFrom('Đảng viên', 'Tổ chức', "O'Brien 😀"),
    row: fc.integer({ min: 1, max: 1_048_576 }),
    col: fc.integer({ min: 0, max: 16_383 }),
    value,
    format: fc.constantFrom('General', '@', 'dd/mm/yyyy', '000000000000'),
    font: fc.constantFrom('.VnTime', 'Times New Roman'),
    after: value,
  },
  { requiredKeys: ['sheet', 'row', 'col', 'value', 'format', 'after'] },
);

test('any record survives being cut into parts and joined again, whatever the part size', () => {
  fc.assert(
    fc.property(fc.array(cell, { maxLength: 30 }), fc.integer({ min: 2, max: 200 }), (cells, partChars) => {
      const record = { summary: { time: '2026-11-23T10:00:00.000Z', cells: cells.length, byRule: { 'text-whitespace': cells.length } }, cells };
      const { header, parts } = serialiseUndo(record, partChars);
      expect(parts.every((p) => p.length <= partChars)).toBe(true);
      // Every part is valid UTF-16 on its own (no half of a surrogate pair), as a cell must hold it.
      expect(parts.every((p) => !/[\uD800-\uDBFF]$/.test(p) && !/^[\uDC00-\uDFFF]/.test(p))).toBe(true);
      expect(parseUndoHeader(header)?.parts).toBe(parts.length);
      expect(deserialiseUndo(header, parts)).toEqual(JSON.parse(JSON.stringify(record)));
    }),
  );
});

test('a missing or damaged part gives no record (never a partial undo)', () => {
  const cells: UndoCell[] = Array.from({ length: 50 }, (_, i) => ({ sheet: 'S', row: i + 1, col: 1, value: `giá trị ${i}`, format: 'General', after: `gt ${i}` }));
  const { header, parts } = serialiseUndo({ summary: { time: 't', cells: 50, byRule: {} }, cells }, 100);
  expect(deserialiseUndo(header, parts)?.cells).toHaveLength(50);
  expect(deserialiseUndo(header, parts.slice(0, -1))).toBeUndefined();
  expect(deserialiseUndo(header, parts.map((p, i) => (i === 3 ? p.slice(1) : p)))).toBeUndefined();
  expect(deserialiseUndo(header, parts.map((p, i) => (i === 3 ? p.replace('General', 'Genral') : p)))).toBeUndefined();
  expect(deserialiseUndo('không phải JSON', parts)).toBeUndefined();
  expect(parseUndoHeader(JSON.stringify({ v: 99, parts: 1, length: 1, hash: '0', summary: { time: 't', cells: 0, byRule: {} } }))).toBeUndefined();
});

test('text Excel would read as a number, date, formula or boolean is written with an apostrophe, unless the cell is text', () => {
  for (const t of ['912345678', '08/08/1985', '=SUM(A1)', '+84912', '-5', "'quoted", 'TRUE', '#N/A', ' 12']) {
    expect(valueToWrite(t, 'General')).toBe(`'${t}`);
    expect(valueToWrite(t, '@')).toBe(t);
  }
  for (const t of ['Nguyễn Văn An', 'Chi bộ Thôn Đông', 'Nam']) expect(valueToWrite(t, 'General')).toBe(t);
  expect(valueToWrite(null, 'General')).toBe('');
  expect(valueToWrite(37068005678, 'General')).toBe(37068005678);
  expect(valueToWrite(false, 'General')).toBe(false);
});
