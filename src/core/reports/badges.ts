import { addMonths, formatDate, serialFromYmd, ymdFromSerial } from '../dates';
import type { SheetSpec, SpecStyle } from '../output/sheetSpec';
import { SpecBuilder } from '../output/specBuilder';
import { listedHere, type MemberRecord } from '../records';
import { buildReportOrgTree } from './orgTree';
import type { ReportInput } from './reportInput';
import {
  BADGE_HEADERS, BADGE_SHEET, badgeMilestone, badgeMissingAdmission, badgeNone, badgeNote, badgeRound, badgeTitle,
} from '../strings/reports';

/** Years of membership at which a Huy hiệu Đảng is awarded (no 35). */
export const BADGE_MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
/** The usual award days: 3/2, 19/5, 2/9, 7/11 (month, day). */
export const AWARD_DAYS: readonly [number, number][] = [[2, 3], [5, 19], [9, 2], [11, 7]];

export interface BadgeEntry {
  member: MemberRecord;
  years: number;
  /** The day the member completes `years` of membership (in the chosen year). */
  anniversary: number;
  /** The first award day on or after the anniversary (3/2 of the next year after 7/11). */
  awardDay: number;
  /** The member's chi bộ as the organisation list writes it, when the branch written on the row names one. */
  branch?: string;
}

export interface BadgeList {
  year: number;
  entries: BadgeEntry[];
  /** Members without an admission date: not assessable. */
  missingAdmission: number;
}

/** The award day for an anniversary: the first of 3/2, 19/5, 2/9, 7/11 on or after it; after 7/11, next year's 3/2. */
export function awardDayFor(anniversary: number): number {
  const { year } = ymdFromSerial(anniversary);
  for (const [m, d] of AWARD_DAYS) {
    const day = serialFromYmd(year, m, d);
    if (day >= anniversary) return day;
  }
  return serialFromYmd(year + 1, AWARD_DAYS[0][0], AWARD_DAYS[0][1]);
}

/** Members reaching a badge milestone in `year`, sorted by milestone, award day, anniversary, name. */
export function computeBadges(members: readonly MemberRecord[], year: number): BadgeList {
  const entries: BadgeEntry[] = [];
  let missingAdmission = 0;
  for (const m of members) {
    // Badges go to members of this organisation: not to those who died, moved out or were struck off.
    if (m.left) continue;
    if (m.admissionDate === undefined) {
      missingAdmission++;
      continue;
    }
    const years = year - ymdFromSerial(m.admissionDate).year;
    if (!(BADGE_MILESTONES as readonly number[]).includes(years)) continue;
    const anniversary = addMonths(m.admissionDate, years * 12); // 29/02 → 28/02 in a common year
    entries.push({ member: m, years, anniversary, awardDay: awardDayFor(anniversary) });
  }
  entries.sort(
    (a, b) =>
      a.years - b.years ||
      a.awardDay - b.awardDay ||
      a.anniversary - b.anniversary ||
      (a.member.fullName ?? '').localeCompare(b.member.fullName ?? '', 'vi'),
  );
  return { year, entries, missingAdmission };
}

/**
 * The badge list of a checked workbook: each member once (not again from a list that repeats another), and the chi
 * bộ named as the organisation list names it ("Chi bộ Thôn 2", not the title's "CHI BỘ THÔN 2" or "CB Thôn 2").
 */
export function computeBadgesFor(input: Pick<ReportInput, 'members' | 'organisations'>, year: number): BadgeList {
  const list = computeBadges(input.members.flatMap(listedHere), year);
  if (input.organisations.length && list.entries.length) {
    const { find } = buildReportOrgTree(input.organisations);
    for (const e of list.entries) {
      const node = find(e.member.branch);
      if (node) e.branch = node.name;
    }
  }
  return list;
}

const BORDER: SpecStyle = { border: true, vAlign: 'middle', wrap: true };
export const BADGE_HEADER_ROW = 3;

/** The badge sheet: grouped by milestone, then by award day, numbered 1..n across the whole list. */
export function buildBadgeSheet(list: BadgeList, sheetName: string = BADGE_SHEET): SheetSpec {
  const b = new SpecBuilder(sheetName);
  const last = BADGE_HEADERS.length - 1;
  b.mergedLine(0, 0, last, badgeTitle(list.year), { bold: true, size: 13, hAlign: 'center', wrap: true });
  b.mergedLine(1, 0, last, badgeNote(list.year), { italic: true, wrap: true });
  b.height(1, 60);
  BADGE_HEADERS.forEach((h, c) =>
    b.set(BADGE_HEADER_ROW, c, h, { type: 'text', style: { ...BORDER, bold: true, hAlign: 'center', fill: 'D9E1F2' } }),
  );
  b.height(BADGE_HEADER_ROW, 32);
  let row = BADGE_HEADER_ROW + 1;
  let stt = 0;
  let i = 0;
  const e = list.entries;
  while (i < e.length) {
    const years = e[i].years;
    const inMilestone = e.filter((x) => x.years === years);
    b.mergedLine(row++, 0, last, badgeMilestone(years, inMilestone.length), { ...BORDER, bold: true, fill: 'FCE4D6' });
    while (i < e.length && e[i].years === years) {
      const day = e[i].awardDay;
      let j = i;
      while (j < e.length && e[j].years === years && e[j].awardDay === day) j++;
      b.mergedLine(row++, 0, last, badgeRound(formatDate(day), j - i), { ...BORDER, italic: true, bold: true });
      for (; i < j; i++) {
        const { member: m, anniversary, awardDay, branch } = e[i];
        const date = (col: number, v: number | undefined): void =>
          v === undefined
            ? b.set(row, col, '', { type: 'text', style: BORDER })
            : b.set(row, col, v, { type: 'date', format: 'dd/mm/yyyy', style: { ...BORDER, hAlign: 'center' } });
        b.set(row, 0, ++stt, { type: 'number', style: { ...BORDER, hAlign: 'center' } });
        b.set(row, 1, m.fullName ?? '', { type: 'text', style: BORDER });
        date(2, m.birthDate);
        date(3, m.admissionDate);
        date(4, m.officialDate);
        b.set(row, 5, branch ?? m.branch ?? '', { type: 'text', style: BORDER });
        b.set(row, 6, m.cardNumber ?? '', { type: 'text', format: '@', style: { ...BORDER, hAlign: 'center' } });
        date(7, anniversary);
        date(8, awardDay);
        row++;
      }
    }
  }
  if (e.length === 0) b.mergedLine(row++, 0, last, badgeNone(list.year), { italic: true });
  if (list.missingAdmission > 0) b.mergedLine(++row, 0, last, badgeMissingAdmission(list.missingAdmission), { italic: true });
  b.widths([6, 24, 12, 12, 12, 24, 12, 13, 12]);
  b.spec.print = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: { first: BADGE_HEADER_ROW, last: BADGE_HEADER_ROW },
  };
  b.spec.freezeRows = BADGE_HEADER_ROW + 1;
  return b.spec;
}
