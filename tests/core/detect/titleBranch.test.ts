import { branchInTitle, titleBranch } from '../../../src/core/detect/titleBranch';
import { makeSheet } from './sheetBuilder';

function branchOf(...titles: string[]): string | undefined {
  return titleBranch(makeSheet('DS', [...titles.map((t) => [t]), ['STT', 'Họ và tên']]), titles.length)?.label;
}

describe('titleBranch: the chi bộ a list belongs to, from its title block', () => {
  it.each([
    [['ĐẢNG BỘ XÃ AN PHÚ', 'CHI BỘ THÔN 1'], 'CHI BỘ THÔN 1'],
    [['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2 NĂM 2025'], 'CHI BỘ THÔN 2'],
    [['Danh sách đảng viên Chi bộ: Trường Tiểu học An Phú (tính đến 30/11/2025)'], 'Chi bộ Trường Tiểu học An Phú'],
    [['DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU 3 - XÃ AN PHÚ'], 'CHI BỘ KHU 3'],
  ])('%j → %s', (titles, label) => {
    expect(branchOf(...titles)).toBe(label);
  });

  it.each([
    [['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ AN PHÚ']],
    [['DANH SÁCH ĐẢNG VIÊN CÁC CHI BỘ']],
    [['DANH SÁCH ĐẢNG VIÊN CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ']],
    [['DANH SÁCH ĐẢNG VIÊN CHI BỘ TRỰC THUỘC']],
    [['CHI BỘ THÔN 1', 'CHI BỘ THÔN 2']], // two lists' names: not one branch
  ])('%j → none', (titles) => {
    expect(branchOf(...titles)).toBeUndefined();
  });
});

describe('branchInTitle', () => {
  it('reads the chi bộ a title line names, and nothing from a title that names none', () => {
    expect(branchInTitle('DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2')).toBe('CHI BỘ THÔN 2');
    expect(branchInTitle('DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1 (tiếp theo)')).toBe('CHI BỘ THÔN 1');
    expect(branchInTitle('DANH SÁCH ĐẢNG VIÊN (tiếp theo)')).toBeUndefined();
    expect(branchInTitle('DANH SÁCH ĐẢNG VIÊN CÁC CHI BỘ')).toBeUndefined();
  });
});
