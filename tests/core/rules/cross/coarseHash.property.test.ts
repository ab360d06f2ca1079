/**
 * The duplicate-person candidate hash is a function of (birth day, coarse name key): names that fold alike always
 * land in one candidate group, whatever their case, spaces, decomposition or surrogate pairs.
 */
import fc from 'fast-check';
import { coarseNameKey, coarsePersonHash } from '../../../../src/core/rules/cross/memberKeys';

const piece = fc.constantFrom(
  'a', 'A', 'à', 'À', 'ă', 'Ạ', 'a\u0301', 'đ', 'Đ', 'd', 'ð', 'Ð', ' ', '  ', '\t', '\u00a0', '\u200b', "'", '-', '’',
  'ß', 'ﬁ', 'İ', '𝐀', '😀', '\ud800', '\udc00', 'n', 'N', 'ng', 'Ng', 'uy', 'ỹ', 'Ỹ', 'o\u0302\u0301',
);
const name = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''));

/** Spellings that fold alike, group by group: two names built from the same groups share their coarse key. */
const ALIKE = [
  ['a', 'A', 'à', 'À', 'ạ', 'Ạ', 'a\u0301', 'a\u0323'],
  ['đ', 'Đ', 'd', 'ð', 'Ð'],
  [' ', '  ', '\t', '\u00a0', '\u200b', ''],
  ['n', 'N'],
  ['o', 'ô', 'ố', 'o\u0302\u0301', 'Ộ'],
  ['y', 'ỹ', 'Ỹ', 'ý'],
  ["'"], ['-'], ['’'], ['ß'], ['ﬁ'], ['İ'], ['𝐀'], ['😀'], ['\ud800'], ['\udc00'],
];
const alikePair = fc
  .array(fc.tuple(fc.nat(ALIKE.length - 1), fc.nat(7), fc.nat(7)), { maxLength: 12 })
  .map((parts) => [
    parts.map(([g, i]) => ALIKE[g][i % ALIKE[g].length]).join(''),
    parts.map(([g, , j]) => ALIKE[g][j % ALIKE[g].length]).join(''),
  ]);

describe('coarsePersonHash', () => {
  it('gives names spelled alike the same hash', () => {
    fc.assert(
      fc.property(alikePair, fc.integer({ min: 1, max: 60000 }), ([a, b], day) => {
        expect(coarseNameKey(a)).toBe(coarseNameKey(b));
        expect(coarsePersonHash(day, a)).toBe(coarsePersonHash(day, b));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives names with the same coarse key the same hash', () => {
    fc.assert(
      fc.property(name, name, fc.integer({ min: 1, max: 60000 }), (a, b, day) => {
        if (coarseNameKey(a) === coarseNameKey(b)) expect(coarsePersonHash(day, a)).toBe(coarsePersonHash(day, b));
      }),
      { numRuns: 50000 },
    );
  });

  it('agrees on spelled-alike names and tells different people apart', () => {
    expect(coarsePersonHash(30000, 'Nguyễn Thị Thuý')).toBe(coarsePersonHash(30000, 'NGUYỄN  THỊ THÚY'));
    expect(coarsePersonHash(30000, 'Nguyễn Thị Thuý')).not.toBe(coarsePersonHash(30001, 'Nguyễn Thị Thuý'));
    expect(coarsePersonHash(30000, 'Nguyễn Văn An')).not.toBe(coarsePersonHash(30000, 'Trần Văn Bình'));
  });
});
