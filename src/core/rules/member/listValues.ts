import type { Cell } from '../../cells';
import { cellDisplay } from '../../cells';
import { formatDate } from '../../dates';
import type { FieldKey } from '../../fields';
import type { CodeList } from '../../data/lists';
import { ETHNIC_GROUPS, MEMBER_TYPES, POLITICAL_THEORY, RELIGIONS } from '../../data/lists';
import { matchList } from '../../parse/lists';
import { isSchooling, likelySchooling } from '../../parse/values';
import { isDateCell } from '../../parse/numberFormat';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';

/** value-not-in-list for the list columns of the member table (RULES.md §4). */

const LISTS: Partial<Record<FieldKey, CodeList>> = {
  ethnicity: ETHNIC_GROUPS,
  religion: RELIGIONS,
  politicalTheory: POLITICAL_THEORY,
  memberType: MEMBER_TYPES,
};

export const LIST_FIELDS: readonly FieldKey[] = ['ethnicity', 'religion', 'politicalTheory', 'memberType', 'schooling'];

/**
 * Checks one list cell (text already cleaned) and returns the canonical value when known.
 * A case/diacritics/spacing variant is fixed; a likely value is suggested; anything else is reported.
 */
export function checkListCell(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  cell: Cell,
  text: string | undefined,
): string | undefined {
  if (field === 'schooling') return checkSchooling(out, row, col, cell, text);
  const list = LISTS[field] as CodeList;
  const value = text ?? cellDisplay(cell).trim();
  if (!value) return undefined;
  const m = matchList(list, value);
  if (m.exact) return m.value;
  if (m.value && m.fixable) {
    out.add(row, col, field, 'value-not-in-list', S.valueVariant(field, value, m.value), {
      suggestion: m.value,
      fix: textFix(m.value),
    });
    return m.value;
  }
  if (m.value) {
    out.add(row, col, field, 'value-not-in-list', S.valueLikely(field, value, m.value), { suggestion: m.value });
    // "DB", "Đảng viên dự bị": the spelling is not the list's, but the row rules must still know the member is on
    // probation (probation-overdue), not demand an official date from them.
    return field === 'memberType' ? m.value : undefined;
  }
  // Religions outside the plans' categories are accepted by their name ("and others by name").
  if (field === 'religion' && /\p{L}{2,}/u.test(value)) return value;
  out.add(row, col, field, 'value-not-in-list', S.valueNotInList(field, value, S.ALLOWED_HINTS[field] ?? ''));
  return undefined;
}

/** n/m with nothing else but spaces: "12 / 12", "09/12". */
const SPACED_SCHOOLING = /^\d{1,2}\s*\/\s*\d{1,2}$/;

function checkSchooling(out: Findings, row: number, col: number, cell: Cell, text: string | undefined): string | undefined {
  // A date is quoted as the date the user sees, not its serial number.
  const asDate = isDateCell(cell);
  const value = asDate ? formatDate(cell.value as number) : (text ?? cellDisplay(cell).trim());
  if (!value) return undefined;
  if (cell.type === 'text' && isSchooling(value)) return value;
  const likely = likelySchooling(cell, value);
  if (asDate && likely) {
    out.add(row, col, 'schooling', 'value-not-in-list', S.schoolingDate(value, likely), { suggestion: likely });
  } else if (likely && cell.type === 'text' && SPACED_SCHOOLING.test(value)) {
    // Only spaces or a leading zero differ ("12 / 12", "09/12"): a spelling variant, safe to fix (kept as text).
    out.add(row, col, 'schooling', 'value-not-in-list', S.valueVariant('schooling', value, likely), {
      suggestion: likely,
      fix: textFix(likely),
    });
    return likely;
  } else if (likely) {
    out.add(row, col, 'schooling', 'value-not-in-list', S.valueLikely('schooling', value, likely), { suggestion: likely });
  } else {
    out.add(row, col, 'schooling', 'value-not-in-list', S.valueNotInList('schooling', value, S.ALLOWED_HINTS.schooling));
  }
  return undefined;
}
