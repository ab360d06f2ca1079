import type { Cell } from '../../cells';
import type { FieldKey } from '../../fields';
import type { Gender } from '../../records';
import { readIdCell, idProvince, idBirthYear, idGender, paddedIdAgrees } from '../../parse/nationalId';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';

/**
 * The national ID rules on one cell: id-format, id-legacy-cmnd, id-leading-zeros-lost, id-stored-as-number,
 * id-province, id-birth-year, id-gender (and text-whitespace for spaces among the digits).
 * Returns the record value: 12 digits (padded when the cell lost its zeros), the digits of a CMND, or the text.
 */
export function checkNationalIdCell(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  cell: Cell,
  birthYear: number | undefined,
  gender: Gender | undefined,
): string | undefined {
  if (cell.type === 'text' && TWELVE_DIGITS.test(cell.value as string)) {
    const d = cell.value as string;
    checkTwelveDigits(out, row, col, field, d, birthYear, gender);
    return d;
  }
  const id = readIdCell(cell);
  if (!id) return undefined;
  const shown = cell.type === 'text' ? (cell.value as string).trim() : String(cell.value);
  if (id.notDigits) {
    out.add(row, col, field, 'id-format', S.idNotDigits(shown));
    return shown;
  }
  const d = id.digits;
  if (id.isNumber) {
    if (d.length === 12) {
      out.add(row, col, field, 'id-stored-as-number', S.idStoredAsNumber(d), { suggestion: d, fix: { value: d, format: '@' } });
      checkTwelveDigits(out, row, col, field, d, birthYear, gender);
      return d;
    }
    if (d.length === 10 || d.length === 11) {
      const padded = paddedIdAgrees(d, birthYear, gender);
      if (padded) {
        out.add(row, col, field, 'id-leading-zeros-lost', S.idLeadingZerosLost(d, padded), {
          suggestion: padded,
          fix: { value: padded, format: '@' },
        });
        return padded;
      }
      const guess = d.padStart(12, '0');
      out.add(row, col, field, 'id-format', idProvince(guess) ? S.idLooksPadded(d, guess) : S.idFormat(d, d.length), {
        suggestion: idProvince(guess) ? guess : undefined,
      });
      return d;
    }
    if (d.length === 9 || d.length === 8) {
      // An 8-digit number is a CMND that lost its leading zero.
      const cmnd = d.padStart(9, '0');
      out.add(row, col, field, 'id-legacy-cmnd', S.idLegacyCmnd(cmnd));
      return cmnd;
    }
    out.add(row, col, field, 'id-format', S.idFormat(d, d.length));
    return d;
  }
  if (id.quoted && !id.hasSeparators) {
    // Typed in Excel, the apostrophe never reaches the value; this one did (pasted text) and breaks lookups.
    out.add(row, col, field, 'id-format', S.idQuoted(shown, d), { suggestion: d });
  }
  if (id.hasSeparators) {
    out.add(row, col, field, 'id-format', S.idSeparators(shown, d), { suggestion: d });
    // The digits are the ID all the same: what they encode is checked too, or a wrong digit hides behind the dots.
    if (d.length === 12) checkTwelveDigits(out, row, col, field, d, birthYear, gender);
    return d;
  }
  if (id.hasWhitespace) {
    // Spaces only before or after the digits are not "between the digits".
    const message = shown.trim() === d ? S.textWhitespace(shown, d) : S.idWhitespace(shown, d);
    out.add(row, col, field, 'text-whitespace', message, { suggestion: d, fix: textFix(d) });
  }
  if (d.length === 12) checkTwelveDigits(out, row, col, field, d, birthYear, gender);
  else if (d.length === 9) out.add(row, col, field, 'id-legacy-cmnd', S.idLegacyCmnd(d));
  else {
    // Text that lost its zeros before it became text (a number column converted, a CSV export): when the padded
    // digits agree with the row, say so and suggest them; the user checks against the card (no fix).
    const padded = paddedIdAgrees(d, birthYear, gender);
    out.add(row, col, field, 'id-format', padded ? S.idLooksPadded(d, padded) : S.idFormat(d, d.length), { suggestion: padded });
  }
  return d;
}

const TWELVE_DIGITS = /^\d{12}$/;

/** What the 12 digits encode against the row: province code, birth year, gender. */
function checkTwelveDigits(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  id: string,
  birthYear: number | undefined,
  gender: Gender | undefined,
): void {
  if (!idProvince(id)) out.add(row, col, field, 'id-province', S.idProvince(id, id.slice(0, 3)));
  if (birthYear !== undefined) {
    const y = idBirthYear(id);
    if (y !== birthYear) out.add(row, col, field, 'id-birth-year', S.idBirthYear(id, y, birthYear));
  }
  if (gender !== undefined) {
    const g = idGender(id);
    if (g !== gender) out.add(row, col, field, 'id-gender', S.idGender(id, g, gender));
  }
}
