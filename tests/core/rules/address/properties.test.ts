import fc from 'fast-check';
import { checkCurrentAddress } from '../../../../src/core/rules/address';
import { CENTRAL_CITIES, MERGED_INTO, PROVINCES_2025 } from '../../../../src/core/data/provinces';
import { foldDiacritics } from '../../../../src/core/text/normalize';

// Synthetic commune and street names (some sharing words with old units and provinces, as real ones do).
const PLACE = fc.constantFrom(
  'Tân Lập', 'Quan Sơn', 'Yên Bình', 'Hà Đông', 'Kim Mã', 'Đồng Tâm', 'Minh Khai', 'Bình Định', 'Hòa Bình',
  'Thanh Xuân', 'Quan Hoa', 'Nam Sơn', 'An Khánh', 'Bến Nghé', 'Hải Châu', 'Thủ Đức',
);
const LOCAL = fc.tuple(fc.constantFrom('Thôn', 'Tổ', 'Xóm', 'Ấp', 'Khu phố', 'Số'), fc.integer({ min: 1, max: 99 }))
  .map(([w, n]) => `${w} ${n}`);
const COMMUNE = fc.tuple(fc.constantFrom('xã', 'phường', 'đặc khu'), PLACE).map(([w, p]) => `${w} ${p}`);
const PROVINCE_NOW = fc.constantFrom(...PROVINCES_2025).map((p) =>
  CENTRAL_CITIES.includes(p) ? `thành phố ${p}` : `tỉnh ${p}`);
const CASE = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), foldDiacritics);

describe('address properties', () => {
  it('an address in today\'s units (commune and province, any case, with or without diacritics) has no finding', () => {
    fc.assert(fc.property(LOCAL, COMMUNE, PROVINCE_NOW, CASE, (local, commune, province, style) => {
      const address = style(`${local}, ${commune}, ${province}`);
      expect(checkCurrentAddress(address)).toEqual([]);
    }), { numRuns: 500 });
  });

  it('the same address with a district-level unit inserted has exactly address-old-unit', () => {
    const DISTRICT = fc.tuple(fc.constantFrom('huyện', 'quận', 'thị xã', 'thành phố', 'H.', 'Q.', 'TX.'), PLACE)
      .map(([w, p]) => `${w} ${p}`);
    fc.assert(fc.property(LOCAL, COMMUNE, DISTRICT, PROVINCE_NOW, (local, commune, district, province) => {
      const issues = checkCurrentAddress(`${local}, ${commune}, ${district}, ${province}`);
      expect(issues.map((i) => i.rule)).toEqual(['address-old-unit']);
    }), { numRuns: 500 });
  });

  it('a former province after "tỉnh" is address-old-province with its new unit', () => {
    const FORMER = fc.constantFrom(...Object.keys(MERGED_INTO).filter((p) => p !== 'Thừa Thiên Huế'));
    fc.assert(fc.property(LOCAL, COMMUNE, FORMER, CASE, (local, commune, former, style) => {
      const issues = checkCurrentAddress(style(`${local}, ${commune}, tỉnh ${former}`));
      expect(issues.map((i) => i.rule)).toEqual(['address-old-province']);
      const current = MERGED_INTO[former];
      expect(issues[0].suggestion).toBe(CENTRAL_CITIES.includes(current) ? `thành phố ${current}` : `tỉnh ${current}`);
    }), { numRuns: 300 });
  });
});
