import { formatDate } from '../../dates';
import type { MemberRecord } from '../../records';
import { monthsBetweenPacked, packedYmd, plusMonthsPacked } from '../../parse/calendar';
import * as S from '../../strings/rules';
import type { Findings } from '../context';
import { checkAgeMonths } from '../common/age';

/**
 * Rules that compare a member's fields: date-order, admission-age, probation-length, probation-overdue,
 * age-implausible, the conditional official date, card-missing. Dates here are valid serials only: a cell that
 * was date-invalid is absent, so nothing piles on it.
 */

/** Columns of the fields the row rules point at (-1 when the table has none). */
export interface MemberColumns {
  birthDate: number;
  admissionDate: number;
  officialDate: number;
  memberType: number;
  cardNumber: number;
}

/** Probation lengths differed before 1961: no probation-length finding for earlier admissions. */
const PROBATION_RULE_FROM_YEAR = 1961;
/** The official date may be up to a week from the day the 12 months end. */
const PROBATION_SLACK_DAYS = 7;

export function checkMemberRow(
  out: Findings,
  rec: MemberRecord,
  cols: MemberColumns,
  asOf: number,
  officialBlank: boolean,
): void {
  const row = rec.row;
  const { birthDate: birth, admissionDate: admission, officialDate: official } = rec;

  // Each date unpacked once per row.
  const pAsOf = packedYmd(asOf);
  const pBirth = birth !== undefined ? packedYmd(birth) : 0;
  const pAdmission = admission !== undefined ? packedYmd(admission) : 0;
  // Someone who died, moved out or was struck off is kept in the list as a record: their age today, the official
  // date or probation still running are no longer this organisation's to check.
  const here = rec.left === undefined;
  if (here && birth !== undefined && birth <= asOf) {
    checkAgeMonths(out, row, cols.birthDate, 'birthDate', monthsBetweenPacked(pBirth, pAsOf));
  }

  let admissionOk = admission !== undefined;
  if (birth !== undefined && admission !== undefined) {
    if (admission <= birth) {
      admissionOk = false;
      out.add(row, cols.admissionDate, 'admissionDate', 'date-order', S.admissionNotAfterBirth(formatDate(admission), formatDate(birth)));
    } else {
      const months = monthsBetweenPacked(pBirth, pAdmission);
      if (months < 18 * 12) out.add(row, cols.admissionDate, 'admissionDate', 'admission-age', S.admissionTooYoung(months));
      else if (months > 60 * 12) {
        out.add(row, cols.admissionDate, 'admissionDate', 'admission-age', S.admissionOver60(months), { severity: 'warning' });
      }
    }
  }

  if (admission !== undefined && official !== undefined && admissionOk) {
    if (official <= admission) {
      out.add(row, cols.officialDate, 'officialDate', 'date-order', S.officialNotAfterAdmission(formatDate(official), formatDate(admission)));
    } else if (pAdmission >= PROBATION_RULE_FROM_YEAR * 10000) {
      const expected = plusMonthsPacked(pAdmission, 12);
      // Dates are formatted only for a message: most rows have none.
      if (official < expected) {
        const a = formatDate(admission);
        out.add(row, cols.officialDate, 'officialDate', 'probation-length', S.probationShort(formatDate(official), a, formatDate(expected)));
      } else if (official - expected > PROBATION_SLACK_DAYS) {
        const a = formatDate(admission);
        out.add(row, cols.officialDate, 'officialDate', 'probation-length', S.probationLong(formatDate(official), a, formatDate(expected)), {
          severity: 'warning',
          suggestion: formatDate(expected),
        });
      }
    }
  }

  // The official date is required of official members, and of anyone admitted over 12 months ago when the
  // table does not say which kind of member they are.
  if (here && officialBlank && cols.officialDate >= 0) {
    if (rec.memberType === 'Chính thức') {
      out.add(row, cols.officialDate, 'officialDate', 'required', S.officialDateRequiredByType());
    } else if (rec.memberType === undefined && admission !== undefined && plusMonthsPacked(pAdmission, 12) < asOf) {
      out.add(row, cols.officialDate, 'officialDate', 'required', S.officialDateRequiredByAdmission(formatDate(admission)));
    }
  }

  if (here && rec.memberType === 'Dự bị' && admission !== undefined) {
    const due = plusMonthsPacked(pAdmission, 12);
    if (due < asOf) {
      const col = cols.memberType >= 0 ? cols.memberType : cols.admissionDate;
      const field = cols.memberType >= 0 ? 'memberType' : 'admissionDate';
      out.add(row, col, field, 'probation-overdue', S.probationOverdue(formatDate(admission), formatDate(due)));
    }
  }
}

/** An official member: so typed, or (type not given) with an official date that has passed. */
export function isOfficialMember(rec: MemberRecord, asOf: number): boolean {
  if (rec.memberType) return rec.memberType === 'Chính thức';
  return rec.officialDate !== undefined && rec.officialDate <= asOf;
}
