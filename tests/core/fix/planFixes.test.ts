import type { Cell, SheetData } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { checkWorkbook } from '../../../src/core/engine';
import { applyPlan, planFixes, type FixPlan } from '../../../src/core/fix';
import { encodeTcvn3, encodeVni } from '../../../src/core/text/legacyEncode';
import {
  AS_OF, BRANCHES, COL, FIRST_ROW, cleanRow, d, differingCells, memberSheet, n, organisationSheet, t, type CleanMember,
} from './fixSheets';

const base = (i: number, over: Partial<CleanMember> = {}): CleanMember => ({
  fullName: ['Nguyễn Văn An', 'Trần Thị Lan', 'Lê Văn Hùng', 'Phạm Thị Hoa', 'Vũ Đức Minh', 'Đỗ Thị Thuý'][i % 6],
  female: i % 2 === 1,
  birthYear: 1960 + i,
  idTail: String(100000 + i * 7919).slice(-6),
  phone: `09${String(12345670 + i).slice(-8)}`,
  branch: BRANCHES[i % 3],
  ...over,
});

/** Six clean members (Title Case names), then one row per kind of dirt. */
function dirtyWorkbook(): SheetData[] {
  const rows: Cell[][] = [];
  for (let i = 0; i < 6; i++) rows.push(cleanRow(base(i), i + 1));
  const row = (i: number, change: (cells: Cell[]) => void, over: Partial<CleanMember> = {}) => {
    const cells = cleanRow(base(i, over), i + 1);
    change(cells);
    rows.push(cells);
  };
  // row 10: TCVN3 name typed in lower case with a double space
  row(6, (c) => (c[COL.fullName] = t(encodeTcvn3('nguyễn  văn bình'), '.VnTime')), { female: false });
  // row 11: VNI name, old tone placement (Thuý) and a bold font we do not know about: only the font name changes
  row(7, (c) => (c[COL.fullName] = t(encodeVni('Trần Thị Thuý'), 'VNI-Times')), { female: true });
  // row 12: TCVN3 capitals in an "H" font, in a Title Case column
  row(8, (c) => (c[COL.fullName] = t(encodeTcvn3('lê văn hùng'), '.VnTimeH')), { female: false });
  // row 13: gender variant, ID a number that lost its zero, birth date as ISO text
  row(9, (c) => {
    c[COL.gender] = t('nu');
    c[COL.nationalId] = n(37190005678);
    c[COL.birthDate] = t('1990-03-12');
  }, { female: true, birthYear: 1990, idTail: '005678' });
  // row 14: ID a number shown as 12 digits, phone a number that lost its 0, lower-case name in Arial
  row(10, (c) => {
    c[COL.nationalId] = n(37070012345, '000000000000');
    c[COL.phone] = n(912345678);
    c[COL.fullName] = t('hoàng thị mai', 'Arial');
  }, { female: true, birthYear: 1970, idTail: '012345' });
  // row 15: old 11-digit mobile, ethnicity in capitals, admission date as d/m/yyyy text
  row(11, (c) => {
    c[COL.phone] = t('01663456789', undefined, '@');
    c[COL.ethnicity] = t('KINH');
    c[COL.admissionDate] = t('2/9/2001');
  });
  // row 16: decomposed (NFD) text and Ð (U+00D0) typed for Đ
  row(12, (c) => (c[COL.fullName] = t('\u00d0inh Văn Bảo'.normalize('NFD'))), { female: false });
  // row 17: a member of a branch that is not in the organisation table (a human decides)
  row(13, (c) => (c[COL.branch] = t('Chi bộ Thôn 4')));
  const orgs = organisationSheet([[n(5), t('Chi bộ Thôn 5'), t('chi bo co so'), t('Đảng bộ xã Yên Lạc'), t('Đang hoạt động')]]);
  return [orgs, memberSheet(rows)];
}

const memberRow = (i: number) => FIRST_ROW + i;

function changeAt(plan: FixPlan, row: number, col: number, sheet = 'Đảng viên') {
  return plan.changes.find((c) => c.sheet === sheet && c.row === row && c.col === col);
}

describe('planFixes on hand-built sheets', () => {
  const sheets = dirtyWorkbook();
  const snapshot = JSON.stringify(sheets);
  const plan = planFixes(sheets, { asOf: AS_OF });
  const fixed = applyPlan(sheets, plan.changes);

  it('leaves the caller sheets as they were', () => {
    expect(JSON.stringify(sheets)).toBe(snapshot);
  });

  it('converts legacy text to Unicode, leaves the legacy font and applies the column case and spacing', () => {
    expect(changeAt(plan, memberRow(6), COL.fullName)).toMatchObject({
      after: { value: 'Nguyễn Văn Bình', font: 'Times New Roman' },
      rules: expect.arrayContaining(['text-legacy-encoding', 'name-case']),
    });
    expect(changeAt(plan, memberRow(7), COL.fullName)?.after).toEqual({ value: 'Trần Thị Thuý', font: 'Times New Roman' });
    // .VnTimeH shows capitals; the column prefers Title Case.
    expect(changeAt(plan, memberRow(8), COL.fullName)?.after).toEqual({ value: 'Lê Văn Hùng', font: 'Times New Roman' });
  });

  it('stores IDs and phones as text, dates as real dates shown dd/mm/yyyy', () => {
    expect(changeAt(plan, memberRow(9), COL.nationalId)?.after).toEqual({ value: '037190005678', format: '@' });
    expect(changeAt(plan, memberRow(9), COL.birthDate)?.after).toEqual({
      value: serialFromYmd(1990, 3, 12), isDate: true, format: 'dd/mm/yyyy',
    });
    expect(changeAt(plan, memberRow(9), COL.gender)?.after).toEqual({ value: 'Nữ' });
    expect(changeAt(plan, memberRow(10), COL.nationalId)?.after).toEqual({ value: '037070012345', format: '@' });
    expect(changeAt(plan, memberRow(10), COL.phone)?.after).toEqual({ value: '0912345678', format: '@' });
    expect(changeAt(plan, memberRow(11), COL.phone)?.after).toEqual({ value: '0363456789' });
    expect(changeAt(plan, memberRow(11), COL.ethnicity)?.after).toEqual({ value: 'Kinh' });
    expect(changeAt(plan, memberRow(11), COL.admissionDate)?.after).toMatchObject({ value: serialFromYmd(2001, 9, 2), isDate: true });
    expect(changeAt(plan, memberRow(12), COL.fullName)?.after).toEqual({ value: 'Đinh Văn Bảo' });
    expect(changeAt(plan, 8, 2, 'Tổ chức đảng')?.after).toEqual({ value: 'Chi bộ cơ sở' });
  });

  it('keeps the font of a cell whose text is not legacy', () => {
    const change = changeAt(plan, memberRow(10), COL.fullName);
    expect(change?.after).toEqual({ value: 'Hoàng Thị Mai' });
    expect(fixed[1].rows[memberRow(10) - 1][COL.fullName]).toEqual({ type: 'text', value: 'Hoàng Thị Mai', font: 'Arial' });
  });

  it('changes exactly the planned cells, each of which had a fixable finding', () => {
    const before = checkWorkbook(sheets, { asOf: AS_OF });
    const fixable = new Set(before.findings.filter((f) => f.fix).map((f) => `${f.sheet}!${f.row}:${f.col}`));
    const planned = plan.changes.map((c) => `${c.sheet}!${c.row}:${c.col}`);
    expect(differingCells(sheets, fixed).sort()).toEqual([...planned].sort());
    expect(planned.filter((k) => !fixable.has(k))).toEqual([]);
    expect(plan.changes.length).toBe(14);
  });

  it('leaves none of the fixed findings, and planning again changes nothing', () => {
    const after = checkWorkbook(fixed, { asOf: AS_OF });
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
    expect(after.findings).toEqual(plan.checkAfter.findings);
    expect(planFixes(fixed, { asOf: AS_OF }).changes).toEqual([]);
  });

  it('counts changes per rule and offers what needs a human as suggestions, unapplied', () => {
    expect(plan.countsByRule).toMatchObject({
      'text-legacy-encoding': 3, 'id-leading-zeros-lost': 1, 'id-stored-as-number': 1, 'phone-invalid': 2,
      'date-text': 2, 'gender-invalid': 1, 'value-not-in-list': 1, 'org-type-invalid': 1, 'text-unicode': 1,
    });
    const unknownBranch = plan.suggestions.find((f) => f.rule === 'member-org-unknown');
    expect(unknownBranch).toMatchObject({ row: memberRow(13), col: COL.branch });
    for (const s of plan.suggestions) expect(changeAt(plan, s.row, s.col, s.sheet)).toBeUndefined();
  });
});

describe('planFixes options', () => {
  const sheets = dirtyWorkbook();

  it('--rules restricts the fixes; legacy text is left whole when its conversion is not chosen', () => {
    const plan = planFixes(sheets, { asOf: AS_OF, rules: ['name-case'] });
    expect(Object.keys(plan.countsByRule)).toEqual(['name-case']);
    expect(plan.changes.map((c) => [c.row, c.col])).toEqual([[memberRow(10), COL.fullName]]);
    const after = checkWorkbook(applyPlan(sheets, plan.changes), { asOf: AS_OF });
    expect(after.findings.filter((f) => f.rule === 'id-leading-zeros-lost')).toHaveLength(1);
    expect(after.findings.filter((f) => f.rule === 'text-legacy-encoding')).toHaveLength(3);
  });

  it('never changes a locked cell (a formula), and reports it as skipped', () => {
    const locked = (sheet: string, row: number, col: number) => sheet === 'Đảng viên' && row === memberRow(9) && col === COL.nationalId;
    const plan = planFixes(sheets, { asOf: AS_OF, isLocked: locked });
    expect(changeAt(plan, memberRow(9), COL.nationalId)).toBeUndefined();
    expect(plan.skipped.map((f) => [f.row, f.col, f.rule])).toEqual([[memberRow(9), COL.nationalId, 'id-leading-zeros-lost']]);
    expect(changeAt(plan, memberRow(9), COL.gender)).toBeDefined();
  });

  it('a clean workbook gets no change', () => {
    const rows = [0, 1, 2, 3, 4].map((i) => cleanRow(base(i), i + 1));
    const plan = planFixes([organisationSheet(), memberSheet(rows)], { asOf: AS_OF });
    expect(plan.changes).toEqual([]);
  });

  it('dates keep their real date cells untouched', () => {
    const rows = [0, 1, 2].map((i) => cleanRow(base(i), i + 1));
    rows[0][COL.birthDate] = d(1960, 3, 12);
    const plan = planFixes([organisationSheet(), memberSheet(rows)], { asOf: AS_OF });
    expect(plan.changes).toEqual([]);
  });
});

describe('planFixes on an account request table (Phụ lục 01)', () => {
  const header = ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'];
  const person = (i: number, name: string, birth: Cell, id: Cell, phone: Cell): Cell[] => [
    n(i), t('Ninh Bình'), t('Yên Lạc'), t(name), birth, id, phone, t('Văn phòng'), t('Đảng ủy xã Yên Lạc'), t('2'),
  ];
  const sheet: SheetData = {
    name: 'Phụ lục 01',
    rows: [
      header.map((h) => t(h)),
      person(1, 'Nguyễn Văn An', d(1980, 1, 2), t('037080001234', undefined, '@'), t('0912345678', undefined, '@')),
      person(2, 'Trần Thị Bình', d(1985, 5, 6), t('037185004321', undefined, '@'), t('0987654321', undefined, '@')),
      person(3, 'lê văn cường', t('1990-07-08'), n(37090005555), n(903111222)),
    ],
    merges: [],
  };

  it('repairs the same values as in the member table', () => {
    const plan = planFixes([sheet], { asOf: AS_OF });
    const at = (col: number) => plan.changes.find((c) => c.row === 4 && c.col === col)?.after;
    expect(at(3)).toEqual({ value: 'Lê Văn Cường' });
    expect(at(4)).toMatchObject({ value: serialFromYmd(1990, 7, 8), isDate: true });
    expect(at(5)).toEqual({ value: '037090005555', format: '@' });
    expect(at(6)).toEqual({ value: '0903111222', format: '@' });
    expect(planFixes(applyPlan([sheet], plan.changes), { asOf: AS_OF }).changes).toEqual([]);
  });
});

describe('planFixes on the schooling column', () => {
  it('fixes a schooling value that differs only in spaces or a leading zero, and keeps it as text', () => {
    const rows = [0, 1, 2, 3].map((i) => [...cleanRow(base(i), i + 1), t('12/12', undefined, '@')]);
    rows[1][11] = t('12 / 12');
    rows[2][11] = t('09/12');
    rows[3][11] = t('Lớp 12'); // a guess, not a variant: left for a human
    const sheet = memberSheet(rows);
    sheet.rows[2] = [...sheet.rows[2], t('Trình độ giáo dục phổ thông')];
    const plan = planFixes([organisationSheet(), sheet], { asOf: AS_OF });
    expect(plan.changes.map((c) => [c.row, c.col, c.after])).toEqual([
      [memberRow(1), 11, { value: '12/12', format: '@' }],
      [memberRow(2), 11, { value: '9/12', format: '@' }],
    ]);
    expect(plan.suggestions.find((s) => s.row === memberRow(3) && s.col === 11)).toMatchObject({ suggestion: '12/12' });
  });
});
