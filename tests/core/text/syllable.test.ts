import fc from 'fast-check';
import { foldDiacritics } from '../../../src/core/text/normalize';
import { analyseSyllable, isFoldedVietnameseSyllable, isVietnameseSyllable } from '../../../src/core/text/syllable';
import { foreignLines, nameParts, vietnameseSyllables } from './wordLists';

describe('isVietnameseSyllable', () => {
  const syllables = vietnameseSyllables();

  it('accepts every syllable of the word list, in any case, NFC or NFD', () => {
    const rejected = syllables.filter(
      (w) =>
        !isVietnameseSyllable(w) ||
        !isVietnameseSyllable(w.toUpperCase()) ||
        !isVietnameseSyllable(w[0].toUpperCase() + w.slice(1)) ||
        !isVietnameseSyllable(w.normalize('NFD')),
    );
    expect(rejected).toEqual([]);
  });

  it('accepts every part of the name lists', () => {
    const { family, middle, given } = nameParts();
    expect([...family, ...middle, ...given].filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });

  it('accepts both tone-placement styles', () => {
    for (const [oldStyle, newStyle] of [['hoà', 'hòa'], ['thuý', 'thúy'], ['khoẻ', 'khỏe'], ['tuỳ', 'tùy'], ['hoạ', 'họa']]) {
      expect(isVietnameseSyllable(oldStyle)).toBe(true);
      expect(isVietnameseSyllable(newStyle)).toBe(true);
    }
  });

  it('follows the spelling rules of onsets: k/c, gh/g, ngh/ng, qu, gi', () => {
    for (const w of ['kí', 'kẻ', 'ghi', 'ghế', 'nghe', 'nghiêng', 'quốc', 'quý', 'gì', 'gìn', 'giếng', 'giữa', 'già']) {
      expect(isVietnameseSyllable(w)).toBe(true);
    }
    for (const w of ['ci', 'ce', 'cy', 'ghà', 'gho', 'nghà', 'ngi', 'nge', 'ge', 'qa', 'quu', 'giiến']) {
      expect(isVietnameseSyllable(w)).toBe(false);
    }
  });

  it('allows only sắc or nặng on syllables ending in p, t, c, ch', () => {
    for (const w of ['học', 'hóc', 'tiếp', 'tiệp', 'bách', 'bạch', 'mắt', 'mặt']) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ['hòc', 'hỏc', 'hõc', 'tiềp', 'bảch', 'mằt', 'mẵt']) expect(isVietnameseSyllable(w)).toBe(false);
  });

  it('needs a coda after ă and â, and allows one tone mark only', () => {
    expect(isVietnameseSyllable('â')).toBe(false);
    expect(isVietnameseSyllable('ăn')).toBe(true);
    expect(isVietnameseSyllable('ho\u0301a\u0300')).toBe(false);
  });

  it('rejects a tone on the wrong vowel unless asked to tolerate it', () => {
    for (const w of ['baỏ', 'lựơng', 'nghịêm', 'đaị', 'muà', 'ngừơi']) {
      expect(isVietnameseSyllable(w)).toBe(false);
      expect(isVietnameseSyllable(w, { anyTonePosition: true })).toBe(true);
    }
  });

  it('rejects foreign words and anything not made of letters', () => {
    const foreign = foreignLines()
      .flatMap((l) => l.split(/[\s-]+/))
      .filter((w) => /[^\x00-\x7F]/.test(w));
    // A few foreign words are also Vietnamese syllables when read as they are ("né" = dodge): list them.
    const accepted = foreign.filter((w) => isVietnameseSyllable(w));
    expect(accepted.every((w) => analyseSyllable(w) !== undefined)).toBe(true);
    expect(accepted.length).toBeLessThan(foreign.length / 20);
    for (const w of ['café', 'naïve', 'Müller', 'señor', 'Genève', 'façade', 'Zürich', 'Ðảm', 'a1', 'ab-c', '', 'xyz']) {
      expect(isVietnameseSyllable(w)).toBe(false);
    }
  });

  it('never accepts a word without a vowel (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'bcdđfghjklmnpqrstvwxzBCDĐ'), minLength: 1, maxLength: 6 }), (w) => {
        expect(isVietnameseSyllable(w)).toBe(false);
      }),
    );
  });
});

describe('isFoldedVietnameseSyllable', () => {
  it('accepts every syllable of the list typed without diacritics', () => {
    expect(vietnameseSyllables().filter((w) => !isFoldedVietnameseSyllable(foldDiacritics(w)))).toEqual([]);
  });
  it('rejects foreign words', () => {
    for (const w of ['Dupont', 'Email', 'Zalo', 'street', 'Smith', 'John']) expect(isFoldedVietnameseSyllable(w)).toBe(false);
    for (const w of ['Nguyen', 'Viet', 'Quoc', 'Truong', 'Nghiem']) expect(isFoldedVietnameseSyllable(w)).toBe(true);
  });
});
