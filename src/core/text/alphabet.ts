/**
 * The precomposed letters of Vietnamese beyond A–Z, as [capital, small] UTF-16 code pairs, in two kinds: those
 * Latin-1 also has (à â ê ô …, which TCVN3/VNI mojibake is made of too) and those only Unicode has (ă đ ĩ ũ ơ ư
 * and the toned letters Ạ…ỹ). The fast text and name checks build their lookup tables from these.
 */

function pairs(ranges: readonly [number, number][], capitalToSmall: number, step = 1): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c += step) out.push([c, c + capitalToSmall]);
  return out;
}

/** À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý and their small letters (32 codes further). */
export const LATIN1_VIETNAMESE_PAIRS = pairs([[0xc0, 0xc3], [0xc8, 0xca], [0xcc, 0xcd], [0xd2, 0xd5], [0xd9, 0xda], [0xdd, 0xdd]], 0x20);

/** Ă Đ Ĩ Ũ Ơ Ư and Ạ…Ỹ, each followed by its small letter. */
export const UNICODE_ONLY_VIETNAMESE_PAIRS = [
  ...pairs([[0x102, 0x102], [0x110, 0x110], [0x128, 0x128], [0x168, 0x168], [0x1a0, 0x1a0], [0x1af, 0x1af]], 1),
  ...pairs([[0x1ea0, 0x1ef8]], 1, 2),
];

/** One past the highest code above: the size of a table indexed by these codes. */
export const VIETNAMESE_CODE_LIMIT = 0x1efa;
