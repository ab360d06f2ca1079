import fc from 'fast-check';
import { COLUMN_CATALOG } from '../../../src/core/detect/catalog';
import { matchHeader } from '../../../src/core/detect/matchHeader';
import { foldDiacritics } from '../../../src/core/text/normalize';

// Users type header names freely: any case, with or without diacritics, with extra spaces and line breaks,
// in NFC or NFD. None of that may change which field a catalog name maps to.
const entries = COLUMN_CATALOG.flatMap((spec) =>
  spec.kinds.flatMap((kind) => [...spec.names, ...(spec.exactNames ?? [])].map((name) => ({ name, kind, field: spec.field }))),
);

const retype = fc.record({
  upper: fc.boolean(),
  fold: fc.boolean(),
  nfd: fc.boolean(),
  gaps: fc.array(fc.constantFrom(' ', '  ', '\n', '\r\n', '\u00A0', '\t'), { minLength: 1, maxLength: 4 }),
  pad: fc.constantFrom('', ' ', '\n'),
});

describe('matchHeader under retyping', () => {
  it('maps every catalog name, however typed, to its field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...entries), retype, ({ name, kind, field }, t) => {
        let s = t.fold ? foldDiacritics(name) : name;
        if (t.upper) s = s.toUpperCase();
        let i = 0;
        s = s.replace(/ /g, () => t.gaps[i++ % t.gaps.length]);
        s = t.pad + s + t.pad;
        if (t.nfd) s = s.normalize('NFD');
        expect(matchHeader(s, kind)?.field).toBe(field);
      }),
      { numRuns: 2000 },
    );
  });
});
