import type { Cell } from '../../cells';
import type { FieldKey } from '../../fields';
import { isLandline, isMobile, readPhone } from '../../parse/phone';
import * as S from '../../strings/rules';
import type { Findings } from '../context';

const DIGITS = /^\d+$/;

/** phone-invalid on one cell; returns the record value (the valid or repaired digits, else what was read). */
export function checkPhoneCell(out: Findings, row: number, col: number, field: FieldKey, cell: Cell): string | undefined {
  if (cell.type === 'text') {
    const t = cell.value as string;
    if ((t.length === 10 || t.length === 11) && DIGITS.test(t) && (isMobile(t) || isLandline(t))) return t;
  }
  const p = readPhone(cell);
  if (!p) return undefined;
  switch (p.kind) {
    case 'valid':
      // Right only through the cell's format ("0000000000") or read from +84: the stored number has no leading 0,
      // and a copy, an export or a lookup sees the number, not what the cell shows.
      if (p.isNumber) {
        out.add(row, col, field, 'phone-invalid', S.phoneStoredAsNumber(p.shown, p.normalized), {
          suggestion: p.normalized,
          fix: { value: p.normalized, format: '@' },
        });
      }
      return p.normalized;
    case 'lost-zero':
      out.add(row, col, field, 'phone-invalid', (p.isNumber ? S.phoneLostZero : S.phoneNoZero)(p.shown, p.normalized), {
        suggestion: p.normalized,
        fix: { value: p.normalized, format: '@' },
      });
      return p.normalized;
    case 'old-prefix':
      out.add(row, col, field, 'phone-invalid', S.phoneOldPrefix(p.shown, p.normalized), {
        suggestion: p.normalized,
        fix: { value: p.normalized, format: '@' },
      });
      return p.normalized;
    default:
      if (p.several) {
        // Which number to keep is the user's call: a suggestion, never a fix.
        const { count, first } = p.several;
        out.add(row, col, field, 'phone-invalid', S.phoneSeveral(p.shown, count, first), { suggestion: first });
        return first;
      }
      if (p.oldLandline) {
        // Not among the 2018 mobile changes RULES.md lists, and the line may be gone: suggested, not fixed.
        out.add(row, col, field, 'phone-invalid', S.phoneOldLandline(p.shown, p.oldLandline), { suggestion: p.oldLandline });
        return p.oldLandline;
      }
      if (p.digitsOnly) {
        // Words beside the number ("ĐT: …", "… (Zalo)") may be a note the user wants kept elsewhere: no fix.
        out.add(row, col, field, 'phone-invalid', S.phoneWithWords(p.shown, p.digitsOnly), { suggestion: p.digitsOnly });
        return p.digitsOnly;
      }
      // "Không", "Chưa có": words where a number goes. Say so, rather than explain the digits of a phone number.
      out.add(row, col, field, 'phone-invalid', p.normalized ? S.phoneInvalid(p.shown) : S.phoneNoDigits(p.shown));
      return p.normalized || p.shown;
  }
}
