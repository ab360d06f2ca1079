import { checkCurrentAddress } from '../../../../src/core/rules/address';

const rules = (text: string) => checkCurrentAddress(text).map((i) => i.rule);

describe('address-old-unit', () => {
  it.each([
    ['Thôn 3, xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội', 'huyện Đan Phượng'],
    ['Số 5 ngõ 12, phường Kim Mã, quận Ba Đình, Hà Nội', 'quận Ba Đình'],
    ['Tổ 2, phường Trung Sơn Trầm, thị xã Sơn Tây, Hà Nội', 'thị xã Sơn Tây'],
    ['Tổ 5, phường Tân Thịnh, thành phố Thái Nguyên, tỉnh Thái Nguyên', 'thành phố Thái Nguyên'],
    ['Khu phố 1, phường Linh Trung, thành phố Thủ Đức, TP. Hồ Chí Minh', 'thành phố Thủ Đức'],
    ['Xóm 1, xã Nghĩa Đồng, H. Tân Kỳ, Nghệ An', 'H. Tân Kỳ'],
    ['12 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM', 'Q.1'], // quoted as typed,
    ['Tổ 7, TX. Phú Thọ, Phú Thọ', 'TX. Phú Thọ'],
    ['Thon 3, xa Tan Lap, huyen Dan Phuong, Ha Noi', 'huyen Dan Phuong'],
    ['So 3, phuong 2, quan 3, TP HCM', 'quan 3'],
    ['THÔN 3, XÃ TÂN LẬP, HUYỆN ĐAN PHƯỢNG', 'HUYỆN ĐAN PHƯỢNG'],
    ['Thôn 3 xã Tân Lập huyện Đan Phượng Hà Nội', 'huyện Đan Phượng Hà Nội'],
  ])('%s', (address, unit) => {
    const issues = checkCurrentAddress(address);
    expect(issues.filter((i) => i.rule === 'address-old-unit')).toHaveLength(1);
    expect(issues[0].message).toContain(`“${unit}”`);
  });

  it('a unit the writer marks as the old one, beside the new address, is a note', () => {
    expect(rules('Thôn 1, xã Gia Viễn (huyện Gia Viễn cũ), tỉnh Ninh Bình')).toEqual([]);
    expect(rules('Thôn 1, xã Gia Viễn (nguyên huyện Gia Viễn), Ninh Bình')).toEqual([]);
    expect(rules('Xóm 2, xã Gia Viễn (trước đây thuộc huyện Gia Viễn)')).toEqual([]);
    expect(rules('Xóm 2, xã Gia Viễn, huyện Gia Viễn cũ')).toEqual([]);
    // a district whose own name holds such a word is still a district
    expect(rules('Xóm 2, xã Ca Thành (huyện Nguyên Bình)')).toEqual(['address-old-unit']);
    expect(checkCurrentAddress('Xóm 2 (huyện Gia Viễn), Ninh Bình')[0].message).toContain('“huyện Gia Viễn”');
  });

  it('decomposed (NFD) text is read as NFC', () => {
    expect(rules('Thôn 3, xã Tân Lập, huyện Đan Phượng'.normalize('NFD'))).toEqual(['address-old-unit']);
  });

  it.each([
    'phường Hà Đông, thành phố Hà Nội',
    'Thôn 3, xã Tân Lập, tỉnh Phú Thọ',
    'Bản Na Mèo, xã Quan Sơn, tỉnh Thanh Hóa',
    'Số 10 đường Hà Nam, phường Tân Định, TP. Hồ Chí Minh',
    '45 Trần Phú, phường Hải Châu, thành phố Đà Nẵng',
    'Tổ 3, phường Thuận Hóa, TP Huế',
    'Khu vực 2, phường Ninh Kiều, thành phố Cần Thơ',
    'xã Yên Bái, thành phố Hà Nội',
    'Tổ dân phố 4, phường Kim Mã, Hà Nội',
    'Thon Quan Hoa, xa Tan Lap, tinh Phu Tho', // "Quan" inside a part is a name
    'Số 1 đường Quận Công, xã An Khánh, Hà Nội',
    'đặc khu Phú Quốc, tỉnh An Giang',
    '',
  ])('no finding: %s', (address) => {
    expect(rules(address)).toEqual([]);
  });
});

describe('address-old-province', () => {
  it.each([
    ['Thôn 3, xã Minh Tân, tỉnh Hà Giang', 'Hà Giang', 'tỉnh Tuyên Quang'],
    ['Thôn 3, xã Minh Tân, Hà Giang', 'Hà Giang', 'tỉnh Tuyên Quang'],
    ['Thôn 3, xã Minh Tân, Ha Giang, Việt Nam', 'Ha Giang', 'tỉnh Tuyên Quang'],
    ['Tổ 1, phường Đông Hà, T. Quảng Bình', 'Quảng Bình', 'tỉnh Quảng Trị'],
    ['Tổ 1, phường Phú Hội, tỉnh Thừa Thiên Huế', 'Thừa Thiên Huế', 'thành phố Huế'],
    ['Ấp 2, xã Long Điền, Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'thành phố Hồ Chí Minh'],
    ['Ấp 2, xã Long Điền, tỉnh BR-VT', 'BR-VT', 'thành phố Hồ Chí Minh'],
    ['Xóm 4, xã Hợp Thịnh, tỉnh Hoà Bình', 'Hoà Bình', 'tỉnh Phú Thọ'],
    ['Thôn 1 xã Yên Bình tỉnh Yên Bái', 'Yên Bái', 'tỉnh Lào Cai'],
  ])('%s', (address, former, suggestion) => {
    const issue = checkCurrentAddress(address).find((i) => i.rule === 'address-old-province');
    expect(issue).toBeDefined();
    expect(issue!.suggestion).toBe(suggestion);
    expect(issue!.message).toContain(former);
    expect(issue!.message).toContain(suggestion);
  });

  it('a former province given as a note beside the new one is not out of date', () => {
    expect(rules('Xóm 2, xã Gia Viễn, tỉnh Ninh Bình (trước đây là tỉnh Hà Nam)')).toEqual([]);
    expect(rules('Xóm 2, xã Gia Viễn, tỉnh Hà Nam cũ')).toEqual([]);
    expect(checkCurrentAddress('Xóm 2, xã Gia Viễn (tỉnh Hà Nam)')[0].message).toContain('“tỉnh Hà Nam”');
  });

  it('both rules on one address', () => {
    expect(rules('Thôn 3, xã Tân Lập, huyện Vị Xuyên, tỉnh Hà Giang')).toEqual([
      'address-old-unit', 'address-old-province',
    ]);
  });

  it.each([
    'Thôn 3, xã Yên Bái, tỉnh Lào Cai', // a commune with a province's old name
    'Số 10 đường Hà Nam, phường Hồng Hải, tỉnh Quảng Ninh',
    'Tổ 2, phường Bắc Giang, tỉnh Bắc Ninh',
    'Hà Giang', // one part: no address structure to read
    'Thôn 3, xã Tân Lập, tỉnh Phú Thọ',
    'Tổ 1, phường Hà Tĩnh, tỉnh Hà Tĩnh',
  ])('no finding: %s', (address) => {
    expect(rules(address)).toEqual([]);
  });
});
