import type { SheetData } from '../cells';
import { detectLegacyEncoding, type LegacyEncoding } from '../text/legacy';
import { decodeTcvn3, decodeVni } from '../text/legacyDecode';

/** Reads a cell text as Unicode: identity for Unicode sheets, a legacy decoder for sheets typed in TCVN3/VNI. */
export type TextReader = (text: string) => string;

// Latin-1 letters carry legacy bytes; letters only Unicode Vietnamese has mean the text is already Unicode.
const MAY_BE_LEGACY = /[\u00A1-\u00FF]/;
const UNICODE_ONLY = /[ăĂđĐơƠưƯĩĨũŨ\u1EA0-\u1EF9\u0300-\u036F]/;

/**
 * A reader for a sheet typed in a legacy font. Once the sheet is known to be TCVN3 (or VNI), every Latin-1
 * text is decoded, including words that would also be Unicode Vietnamese on their own ("Chi bé" is "Chi bộ").
 */
export function legacyReader(encoding: LegacyEncoding): TextReader {
  const decode = encoding === 'TCVN3' ? decodeTcvn3 : decodeVni;
  return (text) => (MAY_BE_LEGACY.test(text) && !UNICODE_ONLY.test(text) ? decode(text) : text);
}

/**
 * The legacy encoding the first rows of a sheet are typed in, when at least two text cells are certainly
 * legacy and one encoding has the majority. Used only when no header was found in Unicode.
 */
export function sheetLegacyEncoding(sheet: SheetData, rows: number): LegacyEncoding | undefined {
  const votes: Record<LegacyEncoding, number> = { TCVN3: 0, VNI: 0 };
  for (let r = 0; r < Math.min(rows, sheet.rows.length); r++) {
    for (const cell of sheet.rows[r] ?? []) {
      if (!cell || cell.type !== 'text') continue;
      const found = detectLegacyEncoding(cell.value as string, cell.font);
      if (found) votes[found.encoding]++;
    }
  }
  const best: LegacyEncoding = votes.TCVN3 >= votes.VNI ? 'TCVN3' : 'VNI';
  return votes[best] >= 2 && votes[best] > (best === 'TCVN3' ? votes.VNI : votes.TCVN3) ? best : undefined;
}
