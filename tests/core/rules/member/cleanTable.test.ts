import { checkMemberTable } from '../../../../src/core/rules/member';
import { AS_OF, describeFindings, memberTable } from './helpers';

describe('a realistic clean member table', () => {
  it('yields no finding on 50 valid, consistent rows', () => {
    const { sheet, table } = memberTable(50);
    const { findings, records } = checkMemberTable(sheet, table, { asOf: AS_OF });
    expect(describeFindings(findings)).toBe('');
    expect(records).toHaveLength(50);
  });

  it('reads every row into a normalised record', () => {
    const { sheet, table } = memberTable(3, { 1: { fullName: '  Nguyễn Thị   Thuý ', nationalId: '037 153 000 257' } });
    const { records } = checkMemberTable(sheet, table, { asOf: AS_OF });
    expect(records[0]).toMatchObject({ row: 2, gender: 'Nam', memberType: 'Chính thức', branch: 'Chi bộ Thôn 1', reviewed: true });
    expect(records[0].nationalId).toMatch(/^\d{12}$/);
    expect(records[1].fullName).toBe('Nguyễn Thị Thuý');
    expect(records[1].nationalId).toBe('037153000257');
    expect(records[1].reviewed).toBe(false);
  });
});
