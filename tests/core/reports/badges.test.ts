import { formatDate, serialFromYmd } from '../../../src/core/dates';
import { BADGE_MILESTONES, awardDayFor, buildBadgeSheet, computeBadges } from '../../../src/core/reports/badges';
import { member } from './fakeInput';

const d = serialFromYmd;

describe('party badge list', () => {
  const members = [
    member(2, 'Chi bộ A', { fullName: 'Nguyễn Văn An', admissionDate: d(1996, 1, 10) }), // 30 years, → 3/2
    member(3, 'Chi bộ A', { fullName: 'Trần Thị Bình', admissionDate: d(1991, 2, 3) }), // 35 years: no badge
    member(4, 'Chi bộ B', { fullName: 'Lê Văn Cường', admissionDate: d(1976, 2, 4) }), // 50 years, → 19/5
    member(5, 'Chi bộ B', { fullName: 'Phạm Văn Dũng', admissionDate: d(1986, 11, 8) }), // 40 years, after 7/11 → 3/2 next year
    member(6, 'Chi bộ B', { fullName: 'Hoàng Thị Em', admissionDate: d(1966, 9, 2) }), // 60 years, on the day → 2/9
    member(7, 'Chi bộ B', { fullName: 'Đỗ Văn Giang', admissionDate: d(1996, 12, 31) }), // 30 years
    member(8, 'Chi bộ B', { fullName: 'Không Ngày' }),
    member(9, 'Chi bộ B', { fullName: 'Vũ Văn Hải', admissionDate: d(1936, 5, 19) }), // 90 years
    member(10, 'Chi bộ B', { fullName: 'Ngô Văn Ích', admissionDate: d(1931, 5, 19) }), // 95: beyond the list
  ];
  const list = computeBadges(members, 2026);

  it('picks the milestones 30…90 (never 35) counted from the admission date', () => {
    expect(BADGE_MILESTONES).not.toContain(35);
    expect(list.entries.map((e) => [e.member.row, e.years])).toEqual([
      [2, 30], [7, 30], [5, 40], [4, 50], [6, 60], [9, 90],
    ]);
    expect(list.missingAdmission).toBe(1);
  });

  it('assigns the first award day on or after the anniversary; after 7/11 the next year\'s 3/2', () => {
    const day = (row: number): string => formatDate(list.entries.find((e) => e.member.row === row)!.awardDay);
    expect(day(2)).toBe('03/02/2026');
    expect(day(4)).toBe('19/05/2026');
    expect(day(6)).toBe('02/09/2026');
    expect(day(5)).toBe('03/02/2027');
    expect(day(7)).toBe('03/02/2027');
    expect(formatDate(awardDayFor(d(2026, 11, 7)))).toBe('07/11/2026');
    expect(formatDate(awardDayFor(d(2026, 2, 4)))).toBe('19/05/2026');
  });

  it('lays the sheet out grouped by milestone then award day, numbered 1..n', () => {
    const spec = buildBadgeSheet(list);
    const at = (r: number, c: number): unknown => spec.cells.find((x) => x.row === r && x.col === c)?.value;
    const colA = Array.from({ length: 30 }, (_, r) => at(r, 0));
    const numbers = colA.filter((v): v is number => typeof v === 'number');
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6]);
    const groupLines = colA.filter((v): v is string => typeof v === 'string' && /^(Huy hiệu|Đợt)/.test(v));
    expect(groupLines).toEqual([
      'Huy hiệu 30 năm tuổi Đảng (2 đồng chí)',
      'Đợt 03/02/2026 (1 đồng chí)',
      'Đợt 03/02/2027 (1 đồng chí)',
      'Huy hiệu 40 năm tuổi Đảng (1 đồng chí)',
      'Đợt 03/02/2027 (1 đồng chí)',
      'Huy hiệu 50 năm tuổi Đảng (1 đồng chí)',
      'Đợt 19/05/2026 (1 đồng chí)',
      'Huy hiệu 60 năm tuổi Đảng (1 đồng chí)',
      'Đợt 02/09/2026 (1 đồng chí)',
      'Huy hiệu 90 năm tuổi Đảng (1 đồng chí)',
      'Đợt 19/05/2026 (1 đồng chí)',
    ]);
    expect(String(at(1, 0))).toContain('07/11/2026');
  });
});
