import { reconcileMembers } from '../../../src/core/reconcile/reconcileMembers';
import { reconcileSummaryText } from '../../../src/core/reconcile/summaryText';
import { side } from './helpers';

describe('reconcileSummaryText', () => {
  it('counts everything and cuts each list at the limit, saying how many more', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({
      fullName: `Nguyễn Văn Số ${i}`,
      nationalId: `0010800${String(i).padStart(5, '0')}`,
    }));
    const text = reconcileSummaryText(reconcileMembers(side('A', many), side('B', [])), 'A.xlsx', 'B.xlsx', 50);
    expect(text).toContain('Chỉ có ở A: 60');
    expect(text.match(/^ {2}Dòng \d+: /gm)).toHaveLength(50);
    expect(text).toContain('… và 10 dòng nữa');
  });

  it('says the lists agree when they do', () => {
    const one = [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123' }];
    expect(reconcileSummaryText(reconcileMembers(side('A', one), side('B', one)), 'A', 'B')).toContain(
      'Hai danh sách khớp nhau: 1 đảng viên',
    );
  });
});
