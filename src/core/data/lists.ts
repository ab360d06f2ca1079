/**
 * Code lists (RULES.md §4, FACTS.md §8): the values a list column may hold, each canonical name with the
 * spellings that are accepted as they are (no finding). Anything else that folds to the same key (case,
 * diacritics, hyphens, spaces) is a variant the rules can fix safely.
 */

export interface CodeList {
  /** Canonical spellings, in the order they are shown to users. */
  values: readonly string[];
  /** Accepted spelling → canonical value (the canonical spellings themselves included). */
  accepted: ReadonlyMap<string, string>;
  /** Other spellings users write for a value (fold key → canonical), used only to fix or suggest. */
  variants: Readonly<Record<string, string>>;
}

/** The apostrophes a spelling is typed with ("H'Mông", "H’Mông", "HʼMông"): each accepted as the others are. */
const APOSTROPHE = /['’ʼ]/;
const APOSTROPHES = /['’ʼ]/g;

function codeList(entries: readonly (readonly string[])[], variants: Record<string, string> = {}): CodeList {
  const accepted = new Map<string, string>();
  for (const [canonical, ...alts] of entries) {
    accepted.set(canonical, canonical);
    for (const alt of alts) {
      accepted.set(alt, canonical);
      if (APOSTROPHE.test(alt)) for (const a of ["'", '’', 'ʼ']) accepted.set(alt.replace(APOSTROPHES, a), canonical);
    }
  }
  return { values: entries.map((e) => e[0]), accepted, variants };
}

/**
 * The 54 ethnic groups (GSO list, QĐ 1019/QĐ-TCTK), each with the spellings of the older list
 * (QĐ 121-TCTK) and the usual variants.
 */
export const ETHNIC_GROUPS: CodeList = codeList(
  [
    ['Kinh', 'Kinh (Việt)', 'Việt'],
    ['Tày'],
    ['Thái'],
    ['Mường'],
    ['Khơ Me', 'Khơ me', 'Khơ-me', 'Khmer', 'Khơme'],
    ['Hoa', 'Hoa (Hán)'],
    ['Nùng'],
    ['Mông', 'Hmông', "H'Mông", 'Hmông (Mông)', 'HMông', 'H’Mông'],
    ['Dao'],
    ['Gia Rai', 'Gia-rai', 'Gia rai', 'Jrai'],
    ['Ê Đê', 'Ê-đê', 'Ê đê', 'Êđê'],
    ['Ba Na', 'Ba-na', 'Ba na', 'Bana', 'Bahnar'],
    ['Sán Chay', 'Sán Chay (Cao Lan - Sán Chỉ)'],
    ['Chăm', 'Chăm (Chàm)'],
    ['Cơ Ho', 'Cơ-ho', 'Cơ ho', 'K’Ho', "K'Ho"],
    ['Xơ Đăng', 'Xơ-đăng', 'Xơ đăng'],
    ['Sán Dìu'],
    ['Hrê', 'H’rê', "H'rê"],
    ['Ra Glai', 'Ra-glai', 'Raglai', 'Ra Glay', 'Ra glai'],
    ['Mnông', 'M’Nông', "M'Nông"],
    ['Thổ'],
    ['Xtiêng', 'X’Tiêng', "X'Tiêng", 'Stiêng'],
    ['Khơ Mú', 'Khơ-mú', 'Khơ mú', 'Khmú'],
    ['Bru Vân Kiều', 'Bru-Vân Kiều', 'Vân Kiều'],
    ['Cơ Tu', 'Cơ-tu', 'Cơ tu'],
    ['Giáy'],
    ['Tà Ôi', 'Tà-ôi', 'Tà ôi', 'Pa Kô'],
    ['Mạ'],
    ['Giẻ Triêng', 'Giẻ-Triêng', 'Gié-Triêng', 'Gié Triêng'],
    ['Co'],
    ['Chơ Ro', 'Chơ-ro', 'Chơ ro'],
    ['Xinh Mun', 'Xinh-mun', 'Xinh mun'],
    ['Hà Nhì'],
    ['Chu Ru', 'Chu-ru', 'Chu ru'],
    ['Lào'],
    ['La Chí'],
    ['Kháng'],
    ['Phù Lá'],
    ['La Hủ'],
    ['La Ha'],
    ['Pà Thẻn'],
    ['Lự'],
    ['Ngái'],
    ['Chứt'],
    ['Lô Lô'],
    ['Mảng'],
    ['Cơ Lao', 'Cờ Lao', 'Co Lao'],
    ['Bố Y'],
    ['Cống'],
    ['Si La'],
    ['Pu Péo'],
    ['Rơ Măm', 'Rơ-măm', 'Rơ măm'],
    ['Brâu', 'B Râu'],
    ['Ơ Đu', 'Ơ-đu'],
  ],
  // The old name still found in older records, and the two groups of the Sán Chay (suggested, never replaced).
  { meo: 'Mông', caolan: 'Sán Chay', sanchi: 'Sán Chay' },
);

/** Religions: the plans' categories, "Không" for none, and the other recognised religions by name. */
export const RELIGIONS: CodeList = codeList(
  [
    ['Không'],
    ['Phật giáo'],
    ['Công giáo', 'Thiên Chúa giáo', 'Thiên chúa giáo'],
    ['Phật giáo Hòa Hảo', 'Phật giáo Hoà Hảo', 'Hòa Hảo', 'Hoà Hảo'],
    ['Cao Đài'],
    ['Tin Lành'],
    ['Hồi giáo'],
    ['Đạo khác'],
    ["Tôn giáo Baha'i", "Baha'i"],
    ['Tịnh độ Cư sĩ Phật hội Việt Nam'],
    ['Cơ đốc Phục lâm'],
    ['Phật giáo Tứ Ân Hiếu Nghĩa', 'Tứ Ân Hiếu Nghĩa'],
    ['Minh Sư đạo'],
    ['Minh Lý đạo'],
    ['Bà-la-môn', 'Bà La Môn'],
    ['Mặc môn'],
    ['Phật giáo Hiếu Nghĩa Tà Lơn'],
    ['Bửu Sơn Kỳ Hương'],
  ],
  {
    khongtongiao: 'Không',
    khongco: 'Không',
    khongtheotongiao: 'Không',
    daophat: 'Phật giáo',
    phat: 'Phật giáo',
    thienchua: 'Công giáo',
    daothienchua: 'Công giáo',
    congiao: 'Công giáo',
    hoahao: 'Phật giáo Hòa Hảo',
    caodai: 'Cao Đài',
    daocaodai: 'Cao Đài',
    tinlanh: 'Tin Lành',
    daotinlanh: 'Tin Lành',
    hoi: 'Hồi giáo',
    hoigiao: 'Hồi giáo',
    islam: 'Hồi giáo',
    // "Ko" for không; "Lương" (bên lương, as opposed to bên giáo) is what older records wrote for no religion.
    ko: 'Không',
    luong: 'Không',
  },
);

/** Lý luận chính trị levels ("Chưa qua đào tạo" for none). */
export const POLITICAL_THEORY: CodeList = codeList(
  [['Sơ cấp'], ['Trung cấp'], ['Cao cấp'], ['Cử nhân'], ['Chưa qua đào tạo', 'Không', 'Chưa']],
  {
    socapllct: 'Sơ cấp',
    socaplyluanchinhtri: 'Sơ cấp',
    trungcapllct: 'Trung cấp',
    trungcaplyluanchinhtri: 'Trung cấp',
    caocapllct: 'Cao cấp',
    caocaplyluanchinhtri: 'Cao cấp',
    cunhanllct: 'Cử nhân',
    cunhanchinhtri: 'Cử nhân',
    cunhanlyluanchinhtri: 'Cử nhân',
    chuadaotao: 'Chưa qua đào tạo',
    chuaquadaotao: 'Chưa qua đào tạo',
    // The abbreviations of a lý luận chính trị column (suggested, never replaced).
    sc: 'Sơ cấp',
    tc: 'Trung cấp',
    cc: 'Cao cấp',
    cn: 'Cử nhân',
    scllct: 'Sơ cấp',
    tcllct: 'Trung cấp',
    ccllct: 'Cao cấp',
    cnllct: 'Cử nhân',
    cnct: 'Cử nhân',
  },
);

/** Loại đảng viên. */
export const MEMBER_TYPES: CodeList = codeList([['Chính thức'], ['Dự bị']], {
  ct: 'Chính thức',
  dvct: 'Chính thức',
  dvchinhthuc: 'Chính thức',
  dangvienchinhthuc: 'Chính thức',
  db: 'Dự bị',
  dvdb: 'Dự bị',
  dvdubi: 'Dự bị',
  dangviendubi: 'Dự bị',
  dangdubi: 'Dự bị',
  chuachinhthuc: 'Dự bị',
});

/** Trình độ giáo dục phổ thông: "lớp/hệ", 9-, 10- or 12-year system, the class not above the system. */
export const SCHOOLING_SYSTEMS: readonly number[] = [9, 10, 12];

/** Quyền khai thác, sử dụng hệ thống (Phụ lục 01): number → name. */
export const ACCOUNT_RIGHTS: Readonly<Record<number, string>> = {
  1: 'Quản trị hệ thống',
  2: 'Nhập liệu',
  3: 'Chuyển sinh hoạt Đảng',
  4: 'Làm thẻ Đảng',
  5: 'Làm huy hiệu Đảng',
};

/** Marks that say a row has been reviewed ("Đã rà soát" column), compared after folding. */
export const REVIEWED_MARKS: readonly string[] = ['x', 'co', 'v', '1', 'true', 'da ra soat', 'roi', 'ok', 'yes', '✓', '✔', '☑'];
