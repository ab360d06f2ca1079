import fc from 'fast-check';
import {
  LEGACY_ENCODING_LABEL,
  detectLegacyEncoding,
  isTcvn3CapitalFont,
  legacyEncodingLabel,
  legacyFontEncoding,
} from '../../../src/core/text/legacy';
import { decodeTcvn3, decodeVni } from '../../../src/core/text/legacyDecode';
import { encodeTcvn3, encodeVni } from '../../../src/core/text/legacyEncode';
import { isVietnameseSyllable } from '../../../src/core/text/syllable';
import { foreignLines, generatedNames, nameParts, vietnameseSyllables } from './wordLists';

/** True when text already reads as Unicode Vietnamese: an encoding that leaves it so cannot be told apart. */
function readsAsVietnamese(text: string): boolean {
  return (text.match(/[\p{L}\p{M}]+/gu) ?? []).every((w) => /^[A-Za-z]+$/.test(w) || isVietnameseSyllable(w));
}

type Outcome = 'detected' | 'plain' | 'ambiguous' | { wrong: string; got?: string };

/**
 * Detection of an encoded text gives the original back, or nothing when the text cannot be told apart: it still
 * reads as Unicode Vietnamese, or the other encoding reads it as Vietnamese too ("Dö An": VNI "Dư An", TCVN3
 * "Dử An"), or it is a single letter; then the encoding known from the rest of the sheet must settle it.
 */
function outcome(encoded: string, original: string, encoding: 'TCVN3' | 'VNI', font?: string): Outcome {
  // No legacy code at all ("Kim Lan", or "Lý" whose ý is the same byte in TCVN3): nothing to detect.
  const decode = encoding === 'VNI' ? decodeVni : decodeTcvn3;
  if (encoded === original || decode(encoded) === encoded) return 'plain';
  const found = detectLegacyEncoding(encoded, font);
  if (found) {
    return found.encoding === encoding && found.converted === original ? 'detected' : { wrong: encoded, got: found.converted };
  }
  const other = encoding === 'VNI' ? decodeTcvn3(encoded) : decodeVni(encoded);
  const single = [...original].length === 1;
  const ambiguous = readsAsVietnamese(encoded) || (other !== encoded && readsAsVietnamese(other)) || single;
  if (!ambiguous) return { wrong: encoded };
  if (!readsAsVietnamese(encoded) && !single && detectLegacyEncoding(encoded, font, encoding)?.converted !== original) {
    return { wrong: encoded, got: 'not settled by prefer' };
  }
  return 'ambiguous';
}

function failures(outcomes: Outcome[]): Outcome[] {
  return outcomes.filter((o) => typeof o !== 'string');
}

function detectedRate(outcomes: Outcome[]): number {
  const relevant = outcomes.filter((o) => o !== 'plain');
  return relevant.filter((o) => o === 'detected').length / relevant.length;
}

describe('public test vectors', () => {
  it.each([
    ['Xin chào các bạn', 'Xin chµo c¸c b¹n', 'Xin chaøo caùc baïn'],
    ['Tôi đi học', 'T«i ®i häc', 'Toâi ñi hoïc'],
    ['được', 'đ\u00ADợc'.replace('đ', '®').replace('ợ', 'î'), 'ñöôïc'],
  ])('%s = TCVN3 %j = VNI %j', (unicode, tcvn3, vni) => {
    expect(encodeTcvn3(unicode)).toBe(tcvn3);
    expect(encodeVni(unicode)).toBe(vni);
    expect(detectLegacyEncoding(tcvn3)).toEqual({ encoding: 'TCVN3', converted: unicode });
    expect(detectLegacyEncoding(vni)).toEqual({ encoding: 'VNI', converted: unicode });
  });

  it('keeps the TCVN3 ư, which is U+00AD (soft hyphen): "®\u00ADîc" is "được"', () => {
    expect(encodeTcvn3('ư')).toBe('\u00AD');
    expect(decodeTcvn3('®\u00ADîc')).toBe('được');
    expect(detectLegacyEncoding('Tr\u00AD\u00EAng')?.converted).toBe('Trường');
    // Without the soft hyphen the word is no longer "được" and is not converted as such.
    expect(detectLegacyEncoding('®îc')?.converted).not.toBe('được');
  });

  it('decodes a whole sentence of each encoding', () => {
    expect(detectLegacyEncoding('§¶ng Céng s¶n ViÖt Nam')).toEqual({ encoding: 'TCVN3', converted: 'Đảng Cộng sản Việt Nam' });
    expect(detectLegacyEncoding('Ñaûng Coäng saûn Vieät Nam')).toEqual({ encoding: 'VNI', converted: 'Đảng Cộng sản Việt Nam' });
    expect(detectLegacyEncoding('Chi bé th«n §«ng, x· Hoµ B×nh')?.converted).toBe('Chi bộ thôn Đông, xã Hoà Bình');
    expect(detectLegacyEncoding('Ngaøy vaøo Ñaûng: 19/05/1990')?.converted).toBe('Ngày vào Đảng: 19/05/1990');
  });
});

describe('fonts', () => {
  it('recognises legacy font names', () => {
    expect(legacyFontEncoding('.VnTime')).toBe('TCVN3');
    expect(legacyFontEncoding('.VnArialH')).toBe('TCVN3');
    expect(legacyFontEncoding('VNI-Times')).toBe('VNI');
    expect(legacyFontEncoding('Times New Roman')).toBeUndefined();
    expect(legacyFontEncoding(undefined)).toBeUndefined();
    expect(isTcvn3CapitalFont('.VnTimeH')).toBe(true);
    expect(isTcvn3CapitalFont('.vnarialh')).toBe(true);
    expect(isTcvn3CapitalFont('.VnTime')).toBe(false);
    expect(isTcvn3CapitalFont('Arial')).toBe(false);
  });

  it('upper-cases text in an "H" font, which has no lower case', () => {
    expect(detectLegacyEncoding('nguyÔn v¨n an', '.VnTimeH')).toEqual({ encoding: 'TCVN3', converted: 'NGUYỄN VĂN AN' });
    expect(detectLegacyEncoding('®¶ng bé x·', '.VnArialH')?.converted).toBe('ĐẢNG BỘ XÃ');
  });

  it('an H font alone is evidence once legacy codes are present, but plain ASCII is left alone', () => {
    // "cã" alone is ambiguous without a font ("cã" is no Unicode word but TCVN3 "ã" is ó: "có").
    expect(detectLegacyEncoding('cã', '.VnTimeH')?.converted).toBe('CÓ');
    expect(detectLegacyEncoding('nguyen van an', '.VnTimeH')).toBeUndefined();
    expect(detectLegacyEncoding('12° C', '.VnTimeH')).toBeUndefined();
  });

  it('a font settles a tie between the readings; a stale font does not hide clear evidence', () => {
    expect(detectLegacyEncoding('Dö An')).toBeUndefined();
    expect(detectLegacyEncoding('Dö An', 'VNI-Times')).toEqual({ encoding: 'VNI', converted: 'Dư An' });
    expect(detectLegacyEncoding('Dö An', '.VnTime')).toEqual({ encoding: 'TCVN3', converted: 'Dử An' });
    expect(detectLegacyEncoding('Toâi ñi hoïc', '.VnTime')).toEqual({ encoding: 'VNI', converted: 'Tôi đi học' });
    expect(detectLegacyEncoding('T«i ®i häc', 'VNI-Times')).toEqual({ encoding: 'TCVN3', converted: 'Tôi đi học' });
    expect(detectLegacyEncoding('café', 'VNI-Times')).toBeUndefined();
    expect(detectLegacyEncoding('Müller', '.VnTime')).toBeUndefined();
  });

  it('in a legacy font, text is read the way the font shows it when every word then is Vietnamese', () => {
    // TCVN3 ũ is the byte of "ò": in .VnTime "Vò Minh An" shows as "Vũ Minh An".
    expect(detectLegacyEncoding('Vò Minh An', '.VnTime')).toEqual({ encoding: 'TCVN3', converted: 'Vũ Minh An' });
    expect(detectLegacyEncoding('Vò Minh An')).toBeUndefined();
    expect(detectLegacyEncoding('Hoà Bình', 'VNI-Times')).toEqual({ encoding: 'VNI', converted: 'Hồ Bình' });
    // "Bình" has no TCVN3 reading ("ì" is ỡ: "Bỡnh"), so the font is not followed.
    expect(detectLegacyEncoding('Hoà Bình', '.VnTime')).toBeUndefined();
    expect(detectLegacyEncoding('Nguyen Van An', '.VnTime')).toBeUndefined();
  });

  it('labels each encoding in Vietnamese', () => {
    expect(legacyEncodingLabel('TCVN3')).toBe('phông TCVN3 (ABC, .VnTime)');
    expect(LEGACY_ENCODING_LABEL.VNI).toBe('phông VNI (VNI-Times)');
  });
});

describe('never fires on genuine Unicode Vietnamese', () => {
  const syllables = vietnameseSyllables();
  const names = generatedNames(4000);

  it('the word list is large (several thousand syllables and names)', () => {
    expect(syllables.length).toBeGreaterThan(4000);
    expect(names.length).toBe(4000);
  });

  it('no syllable of the list, in lower, Title or UPPER case', () => {
    const fired = syllables.flatMap((w) =>
      [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()].filter((v) => detectLegacyEncoding(v) !== undefined),
    );
    expect(fired).toEqual([]);
  });

  it('no full name, with or without a legacy font name', () => {
    const fired = names.filter(
      (n) => detectLegacyEncoding(n) || detectLegacyEncoding(n.toUpperCase()) || detectLegacyEncoding(n, 'Times New Roman'),
    );
    expect(fired).toEqual([]);
  });

  it('a Unicode typo is not taken for legacy text ("TôI", "Hoàa Bình")', () => {
    for (const t of ['TôI', 'Hoàa Bình', 'BÌnh', 'Tôii']) expect(detectLegacyEncoding(t)).toBeUndefined();
  });

  it('both tone styles: hoà/hòa, thuý/thúy, khoẻ/khỏe', () => {
    for (const w of ['Hoà', 'Hòa', 'Thuý', 'Thúy', 'Khoẻ', 'Khỏe', 'Hoà Bình', 'Tôi', 'Lê Thuý', 'Võ Thị Thúy']) {
      expect(detectLegacyEncoding(w)).toBeUndefined();
    }
  });

  it('no random line of real words (several words per cell)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 8 }), (words) => {
        expect(detectLegacyEncoding(words.join(' '))).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});

describe('never fires on foreign text with Latin-1 accents', () => {
  const lines = foreignLines();
  it.each(['café', 'naïve', 'Müller', 'señor', 'Genève', 'façade', 'Zürich'])('%s', (w) => {
    expect(detectLegacyEncoding(w)).toBeUndefined();
    expect(detectLegacyEncoding(w.toUpperCase())).toBeUndefined();
  });

  it('no line and no word of the foreign list', () => {
    const fired = [...lines, ...lines.flatMap((l) => l.split(/\s+/))].filter((t) => detectLegacyEncoding(t) !== undefined);
    expect(fired).toEqual([]);
  });

  it('symbols that are TCVN3 codes do not make a word: "2 × 3", "Coca-Cola®", "«Ha Noi»", "A · B"', () => {
    for (const t of ['2 × 3', 'Coca-Cola®', '«Ha Noi»', 'A · B', '© 2024', '½ kg', 'µm']) {
      expect(detectLegacyEncoding(t)).toBeUndefined();
    }
  });

  it('known limit: a lone French name that reads as one VNI syllable ("Loïc" = "Lọc") fires; with a foreign word beside it, not', () => {
    expect(detectLegacyEncoding('Loïc')?.converted).toBe('Lọc');
    expect(detectLegacyEncoding('Loïc Dupont')).toBeUndefined();
  });
});

describe('round trips', () => {
  const lower = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
  const letters = [...lower];

  it('every Vietnamese letter, lower case: Unicode → TCVN3 → Unicode and → VNI → Unicode', () => {
    for (const c of letters) {
      expect(decodeTcvn3(encodeTcvn3(c))).toBe(c);
      expect(decodeVni(encodeVni(c))).toBe(c);
    }
  });

  it('every Vietnamese letter, upper case: VNI directly, TCVN3 through an H font', () => {
    for (const c of letters.map((l) => l.toUpperCase())) {
      expect(decodeVni(encodeVni(c))).toBe(c);
      expect(decodeTcvn3(encodeTcvn3(c)).toUpperCase()).toBe(c);
    }
  });

  it('every syllable of the list is detected in both encodings and both cases, unless it still reads as Vietnamese', () => {
    const syllables = vietnameseSyllables();
    const vni = syllables.flatMap((w) => [outcome(encodeVni(w), w, 'VNI'), outcome(encodeVni(w.toUpperCase()), w.toUpperCase(), 'VNI')]);
    const tcvn3 = syllables.map((w) => outcome(encodeTcvn3(w), w.toUpperCase(), 'TCVN3', '.VnTimeH'));
    expect(failures([...vni, ...tcvn3])).toEqual([]);
    expect(detectedRate(vni)).toBeGreaterThan(0.9);
    expect(detectedRate(tcvn3)).toBeGreaterThan(0.99);
  });

  it('detects nearly every generated full name, in both encodings', () => {
    const names = generatedNames(4000);
    const vni = names.map((n) => outcome(encodeVni(n), n, 'VNI'));
    const vniUpper = names.map((n) => outcome(encodeVni(n.toUpperCase()), n.toUpperCase(), 'VNI'));
    const tcvn3 = names.map((n) => outcome(encodeTcvn3(n), n.toUpperCase(), 'TCVN3', '.VnTimeH'));
    expect(failures([...vni, ...vniUpper, ...tcvn3])).toEqual([]);
    expect(detectedRate(vni)).toBeGreaterThan(0.97);
    expect(detectedRate(vniUpper)).toBeGreaterThan(0.97);
    expect(detectedRate(tcvn3)).toBeGreaterThan(0.99);
  });

  it('a tie between the two readings is broken by the encoding found elsewhere in the sheet', () => {
    expect(detectLegacyEncoding('Dö An')).toBeUndefined();
    expect(detectLegacyEncoding('Dö An', undefined, 'VNI')).toEqual({ encoding: 'VNI', converted: 'Dư An' });
    expect(detectLegacyEncoding('Dö An', undefined, 'TCVN3')).toEqual({ encoding: 'TCVN3', converted: 'Dử An' });
    // A preference never overrides clear evidence.
    expect(detectLegacyEncoding('Toâi ñi hoïc', undefined, 'TCVN3')?.encoding).toBe('VNI');
  });

  it('random Vietnamese names (property)', () => {
    const { family, middle, given } = nameParts();
    const name = fc
      .tuple(fc.constantFrom(...family), fc.array(fc.constantFrom(...middle), { maxLength: 2 }), fc.constantFrom(...given))
      .map(([f, m, g]) => [f, ...m, g].join(' '));
    fc.assert(
      fc.property(name, (n) => {
        expect(decodeVni(encodeVni(n))).toBe(n);
        expect(decodeTcvn3(encodeTcvn3(n.toUpperCase())).toUpperCase()).toBe(n.toUpperCase());
        const results = [
          outcome(encodeVni(n), n, 'VNI'),
          outcome(encodeVni(n.toUpperCase()), n.toUpperCase(), 'VNI'),
          outcome(encodeTcvn3(n.toLowerCase()), n.toUpperCase(), 'TCVN3', '.VnTimeH'),
        ];
        expect(failures(results)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('TCVN3 names in a normal font come back letter for letter when only the initials are capitals', () => {
    const { family, middle, given } = nameParts();
    // Toned capitals have no TCVN3 code, so pick names whose capitals are untoned (most are).
    const names = fc
      .tuple(fc.constantFrom(...family), fc.constantFrom(...middle), fc.constantFrom(...given))
      .map((p) => p.join(' '))
      .filter((n) => n.split(' ').every((w) => /^[A-ZĂÂÊÔƠƯĐ]/.test(w)));
    fc.assert(
      fc.property(names, (n) => {
        const encoded = encodeTcvn3(n);
        expect(decodeTcvn3(encoded)).toBe(n);
        expect(failures([outcome(encoded, n, 'TCVN3')])).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
