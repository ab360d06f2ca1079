import type { Gender } from '../../records';
import * as L from '../../strings/layout';
import type { Findings } from '../context';

/**
 * "Giới tính" split into "Nam" | "Nữ" marked with an x (any mark counts): the gender is the marked column.
 * Both marked or neither is a finding. With a lone "Nữ" column (male = -1), a blank cell means Nam.
 */
export function readGenderMarks(
  out: Findings,
  row: number,
  split: { male: number; female: number },
  blank: (col: number) => boolean,
): Gender | undefined {
  const female = !blank(split.female);
  // A lone "Nữ" column: marked is Nữ, blank is Nam.
  if (split.male < 0) return female ? 'Nữ' : 'Nam';
  const male = !blank(split.male);
  if (male && female) {
    out.add(row, split.female, 'gender', 'gender-invalid', L.genderBothMarked());
    return undefined;
  }
  if (!male && !female) {
    out.add(row, split.male, 'gender', 'required', L.genderNotMarked());
    return undefined;
  }
  return male ? 'Nam' : 'Nữ';
}

/**
 * "Họ đệm" | "Tên" or "Họ" | "Chữ đệm" | "Tên": the full name is the parts joined by single spaces. An empty
 * surname or given name is a `required` finding on its own cell (a one-word part is normal: "Trần" | "Bình"); an
 * empty middle name is not (some people have none).
 */
export function joinSplitName(
  out: Findings,
  row: number,
  split: { surname: number; given: number },
  surname: string | undefined,
  given: string | undefined,
  middle?: string,
): string | undefined {
  if (!surname) out.add(row, split.surname, 'fullName', 'required', L.surnameMissing());
  if (!given) out.add(row, split.given, 'fullName', 'required', L.givenNameMissing());
  const joined = [surname, middle, given].filter((p) => p).join(' ');
  return joined || undefined;
}
