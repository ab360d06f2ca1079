import type { Gender, MemberType } from '../../records';
import * as L from '../../strings/layout';
import type { Findings } from '../context';
import type { TableInfo } from '../../fields';
import { NameCaseColumn, nameProblem } from '../common/personName';

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
 * "Đảng viên" over "Chính thức" | "Dự bị" marked x: the type is the marked column; both marked is a finding;
 * neither leaves the type unknown (then the admission date decides, as with no type column).
 */
export function readTypeMarks(
  out: Findings,
  row: number,
  marks: NonNullable<TableInfo['memberTypeByMark']>,
  blank: (col: number) => boolean,
): MemberType | undefined {
  const official = !blank(marks.official);
  const probationary = !blank(marks.probationary);
  if (official && probationary) {
    out.add(row, marks.probationary, 'memberType', 'value-not-in-list', L.typeBothMarked());
    return undefined;
  }
  return official ? 'Chính thức' : probationary ? 'Dự bị' : undefined;
}

type NameSplit = NonNullable<TableInfo['nameSplit']>;

/**
 * "Họ đệm" | "Tên" or "Họ" | "Chữ đệm" | "Tên" (member lists and Phụ lục 01 alike): the full name is the parts
 * joined by single spaces. An empty surname or given name is a `required` finding on its own cell (a one-word part
 * is normal: "Trần" | "Bình"); an empty middle name is not (some people have none). Each part's case is judged in
 * its own column; name-invalid looks at the joined name and points at the surname.
 */
export class SplitName {
  private readonly middles?: NameCaseColumn;
  private readonly givens: NameCaseColumn;

  /** surnames: the case column of the surname's column (the table's fullName column), if the caller keeps one. */
  constructor(
    private readonly split: NameSplit,
    private readonly surnames: NameCaseColumn | undefined,
    capacity: number,
  ) {
    this.middles = split.middle !== undefined && split.middle >= 0 ? new NameCaseColumn(split.middle, 'fullName', capacity) : undefined;
    this.givens = new NameCaseColumn(split.given, 'fullName', capacity);
  }

  /** One row's full name; part(col) is the column's text, undefined when empty. */
  read(out: Findings, row: number, part: (col: number) => string | undefined): string | undefined {
    const split = this.split;
    const surname = part(split.surname);
    const middle = this.middles ? part(split.middle!) : undefined;
    const given = part(split.given);
    if (!surname) out.add(row, split.surname, 'fullName', 'required', L.surnameMissing());
    if (!given) out.add(row, split.given, 'fullName', 'required', L.givenNameMissing());
    const joined = [surname, middle, given].filter((p) => p).join(' ') || undefined;
    if (surname) this.surnames?.add(row, surname);
    if (middle) this.middles?.add(row, middle);
    if (given) this.givens.add(row, given);
    const problem = surname && given && joined ? nameProblem('fullName', joined) : undefined;
    if (problem) out.add(row, split.surname, 'fullName', 'name-invalid', problem);
    return joined;
  }

  /** The middle and given names that stray from their column's case (the surnames' column reports itself). */
  report(out: Findings): void {
    this.middles?.report(out);
    this.givens.report(out);
  }
}
