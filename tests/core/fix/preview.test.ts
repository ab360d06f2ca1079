import { serialFromYmd } from '../../../src/core/dates';
import { changesByRule, planFixes, shownCell, shownFix } from '../../../src/core/fix';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';
import { AS_OF, BRANCHES, COL, FIRST_ROW, cleanRow, memberSheet, organisationSheet, t, type CleanMember } from './fixSheets';

const m = (i: number, fullName: string): CleanMember => ({
  fullName, female: false, birthYear: 1970 + i, idTail: String(200000 + i), phone: `091234567${i}`, branch: BRANCHES[0],
});

describe('fix preview', () => {
  const rows = ['Nguyễn Văn An', 'Trần Văn Bình', 'Lê Văn Cường', 'Phạm Văn Dũng'].map((name, i) => cleanRow(m(i, name), i + 1));
  rows[1][COL.fullName] = t(encodeTcvn3('trần văn bình'), '.VnTime');
  rows[2][COL.fullName] = t('lê văn cường');
  rows[3][COL.birthDate] = t('1973-03-12');
  const plan = planFixes([organisationSheet(), memberSheet(rows)], { asOf: AS_OF });

  it('groups each change once, under its most severe rule, in catalog order', () => {
    const groups = changesByRule(plan.changes);
    expect(groups.map((g) => [g.rule, g.changes.map((c) => c.row)])).toEqual([
      ['text-legacy-encoding', [FIRST_ROW + 1]],
      ['date-text', [FIRST_ROW + 3]],
      ['name-case', [FIRST_ROW + 2]],
    ]);
    expect(groups.flatMap((g) => g.changes).length).toBe(plan.changes.length);
  });

  it('shows values as the user reads them', () => {
    const date = plan.changes.find((c) => c.rules[0] === 'date-text')!;
    expect([shownCell(date.before), shownFix(date.after)]).toEqual(['1973-03-12', '12/03/1973']);
    expect(shownCell({ type: 'date', value: serialFromYmd(2001, 9, 2) })).toBe('02/09/2001');
    const legacy = plan.changes.find((c) => c.row === FIRST_ROW + 1)!;
    expect(shownFix(legacy.after)).toBe('Trần Văn Bình');
    expect(legacy.rules).toEqual(['name-case', 'text-legacy-encoding']);
  });
});
