import type { FieldKey } from '../../fields';
import { monthsBetween } from '../../parse/calendar';
import * as S from '../../strings/rules';
import type { Findings } from '../context';

/** age-implausible: older than 110 or younger than 18 at the as-of date (a future birth date is date-future's). */
export function checkAge(out: Findings, row: number, col: number, field: FieldKey, birth: number | undefined, asOf: number): void {
  if (birth === undefined || birth > asOf) return;
  checkAgeMonths(out, row, col, field, monthsBetween(birth, asOf));
}

/** age-implausible from the age in full months at the as-of date. */
export function checkAgeMonths(out: Findings, row: number, col: number, field: FieldKey, months: number): void {
  if (months >= 111 * 12) out.add(row, col, field, 'age-implausible', S.ageTooOld(Math.floor(months / 12)));
  else if (months < 18 * 12) out.add(row, col, field, 'age-implausible', S.ageTooYoung(Math.floor(months / 12)));
}
