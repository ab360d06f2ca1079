import fc from 'fast-check';
import { crossCheck } from '../../../../src/core/rules/cross';
import { foldDiacritics } from '../../../../src/core/text/normalize';
import { input, member, memberTable, orgTable } from './fixtures';

const BASE = fc.tuple(
  fc.constantFrom('Thôn', 'Tổ dân phố', 'Khu', 'Trường Tiểu học', 'Bản', 'Xóm'),
  fc.constantFrom('Đồng Tâm', 'Yên Bình', 'Hòa Lạc', 'Bắc Sơn', '1', '12', 'Quyết Thắng'),
).map(([a, b]) => `${a} ${b}`);
const PREFIX = fc.constantFrom('Chi bộ ', 'CB ', 'Chi bo ', 'chi bộ ', '');
const STYLE = fc.constantFrom(
  (s: string) => s, (s: string) => s.toUpperCase(), foldDiacritics, (s: string) => s.replace(/ /g, '  '),
  (s: string) => s.normalize('NFD'),
);

describe('members find their chi bộ however it is written', () => {
  it('prefix, case, diacritics, spacing and Unicode form do not matter', () => {
    fc.assert(fc.property(BASE, PREFIX, PREFIX, STYLE, (base, orgPrefix, memberPrefix, style) => {
      const o = orgTable([
        ['Đảng bộ xã Tân Lập', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'],
        [`${orgPrefix}${base}`, 'Chi bộ cơ sở', 'Đảng bộ xã Tân Lập'],
      ]);
      const t = memberTable([member(`${memberPrefix}${base}`), member(`${memberPrefix}${base}`),
        member(style(`${memberPrefix}${base}`))]);
      expect(crossCheck(input([o], [t]))).toEqual([]);
    }), { numRuns: 300 });
  });
});
