/** isBlankCell: empty cells, spaces only, and cells holding only placeholder dashes count as blank. */
import fc from 'fast-check';
import type { Cell } from '../../../../src/core/cells';
import { isBlankCell, isDashPlaceholder } from '../../../../src/core/rules/common/blank';

const text = (value: string): Cell => ({ type: 'text', value }) as Cell;

describe('isBlankCell', () => {
  it('empty cells and spaces only are blank', () => {
    expect(isBlankCell({ type: 'empty', value: null } as Cell)).toBe(true);
    for (const s of ['', ' ', '\u00a0', ' \u200b ', '\u3000']) expect(isBlankCell(text(s))).toBe(true);
  });

  it('dashes typed for "nothing here" are blank, with or without spaces', () => {
    for (const s of ['-', '--', '---', ' - ', '- -', '—', '–', ' – ', '\u00a0—\u00a0', '‐', '−', '-—']) {
      expect([s, isBlankCell(text(s))]).toEqual([s, true]);
      expect(isDashPlaceholder(s)).toBe(true);
    }
  });

  it('a dash beside anything else is a value, not a placeholder', () => {
    for (const s of ['-1', '- a', 'x-', '0912-345-678', '-0', '12/03/1975', 'Kinh', '–?', '+', '_', '...']) {
      expect([s, isBlankCell(text(s))]).toEqual([s, false]);
      expect(isDashPlaceholder(s)).toBe(false);
    }
  });

  it('numbers, dates and booleans are never blank', () => {
    expect(isBlankCell({ type: 'number', value: 0 } as Cell)).toBe(false);
    expect(isBlankCell({ type: 'date', value: 30000 } as Cell)).toBe(false);
    expect(isBlankCell({ type: 'boolean', value: false } as Cell)).toBe(false);
  });

  it('a text is blank exactly when it holds nothing but spaces and dashes', () => {
    const ch = fc.constantFrom(' ', '\u00a0', '-', '—', '–', 'a', '1', '.', 'Đ');
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(isBlankCell(text(s))).toBe(/^[\s\-—–]*$/.test(s));
      }),
      { numRuns: 5000 },
    );
  });
});
