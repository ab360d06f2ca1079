/**
 * Decoders for text typed in a legacy Vietnamese font and read back as Latin-1 code points.
 * They convert blindly; deciding whether a text really is legacy-encoded is detectLegacyEncoding's job.
 */
import { TCVN3_TO_UNICODE, VNI_MARKS, VNI_SINGLES, vniMarkFits } from './legacyTables';

const TCVN3_CHARS = /[\u00A1-\u00FE]/g;

/** TCVN3 → Unicode NFC, code point by code point ("T«i ®i häc" → "Tôi đi học"). Case as typed. */
export function decodeTcvn3(text: string): string {
  return text.replace(TCVN3_CHARS, (c) => TCVN3_TO_UNICODE[c] ?? c).normalize('NFC');
}

const VNI_BASE_LOWER = 'aeouyôö';
const VNI_BASE_UPPER = 'AEOUYÔÖ';

function isLower(c: string): boolean {
  return c !== c.toUpperCase();
}

/** The Unicode letter a VNI base byte stands for (ô → ơ, Ö → Ư), else the byte itself. */
function baseLetter(c: string): string {
  const lower = c.toLowerCase();
  const mapped = lower === 'ô' || lower === 'ö' ? VNI_SINGLES[lower] : lower;
  return isLower(c) ? mapped : mapped.toUpperCase();
}

/** VNI-Windows → Unicode NFC: base letter + mark byte, longest match first; mark case must follow the base's. */
export function decodeVni(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const next = text[i + 1];
    const isBase = VNI_BASE_LOWER.includes(c) || VNI_BASE_UPPER.includes(c);
    if (isBase && next !== undefined) {
      const marks = VNI_MARKS[next.toLowerCase()];
      const sameCase = isLower(c) === isLower(next);
      const base = baseLetter(c);
      if (marks && sameCase && vniMarkFits(base, marks)) {
        out += base + marks;
        i++;
        continue;
      }
    }
    const lower = c.toLowerCase();
    const single = VNI_SINGLES[lower];
    out += single === undefined ? c : isLower(c) ? single : single.toUpperCase();
  }
  return out.normalize('NFC');
}
