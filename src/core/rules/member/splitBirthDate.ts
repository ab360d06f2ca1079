import type { Cell } from '../../cells';
import type { Gender } from '../../records';
import * as L from '../../strings/layout';
import type { Findings } from '../context';
import { checkDateCell } from '../common/dateCell';

export interface SplitBirth {
  birth?: number;
  /** The gender the filled sub-column implies. */
  gender?: Gender;
}

/**
 * A birth date split into "Nam" | "Nữ" sub-columns: the date is read from whichever is filled and the gender is
 * the sub-column's. Both filled or neither is a finding, so is a gender column that says otherwise.
 */
export function readSplitBirthDate(
  out: Findings,
  row: number,
  split: { male: number; female: number },
  cell: (col: number) => Cell,
  blank: (col: number) => boolean,
  asOf: number,
  writtenGender: Gender | undefined,
): SplitBirth {
  const maleFilled = !blank(split.male);
  const femaleFilled = !blank(split.female);
  if (maleFilled && femaleFilled) {
    out.add(row, split.female, 'birthDate', 'gender-invalid', L.birthDateBothGenders());
    const birth = checkDateCell(out, row, split.male, 'birthDate', cell(split.male), asOf);
    return { birth: birth === birth ? birth : undefined };
  }
  if (!maleFilled && !femaleFilled) {
    out.add(row, split.male, 'birthDate', 'required', L.birthDateNeitherGender());
    return {};
  }
  const col = maleFilled ? split.male : split.female;
  const gender: Gender = maleFilled ? 'Nam' : 'Nữ';
  if (writtenGender && writtenGender !== gender) {
    out.add(row, col, 'birthDate', 'gender-invalid', L.birthDateGenderDisagrees(writtenGender, gender));
  }
  const birth = checkDateCell(out, row, col, 'birthDate', cell(col), asOf);
  return { birth: birth === birth ? birth : undefined, gender };
}
