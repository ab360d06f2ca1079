/**
 * Patterns that tell non-data rows inside a table: column numbering, totals, signature blocks, titles and
 * section headings. They look at short texts only (a row's first few cells).
 * Keys are `headerKey` texts (folded, punctuation as spaces).
 */

/** A column-numbering cell: 1, "(1)", "2.", "A", "(b)", "II". */
export function isNumberingToken(text: string): boolean {
  return /^\(?\s*(\d{1,3}|[A-Za-z]{1,3})\s*\)?\.?$/.test(text.trim());
}

/** The numbering of a section in its own cell: "I", "II.", "A", "b)". Arabic numbers are member STTs. */
export function isSectionNumber(text: string): boolean {
  return /^\(?([IVXLC]+|[A-Za-z])[.)]?$/.test(text.trim());
}

/** "Tổng cộng", "Tổng số: 25", "Cộng", "TỔNG", "Tong cong". Lower-cased text, so the surnames Tống / Công are not totals. */
export function isTotalLabel(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20; // first letter, lower-cased: only t/c can open a total
  if (c !== 0x74 && c !== 0x63) return false;
  const lower = text.toLowerCase();
  if (/^(tổng cộng|tổng số|tong cong|tong so)(\s|:|$)/.test(lower)) return true;
  if (/^(tổng|cộng)\s*([:.(\d]|$)/.test(lower)) return true;
  // "Trong đó: Nam 15, Nữ 10": the breakdown under a total.
  if (/^trong (đó|do)(\s|:|,|$)/.test(lower)) return true;
  // "Cộng chi bộ: 3 đồng chí", "Cộng Thôn 1: 12 đ/c": a subtotal naming its group. "Cộng" (with the dot below)
  // is no surname; a count or a colon must follow, so a heading that starts with the word stays a heading.
  return /^cộng\s/.test(lower) && /[:\d]/.test(lower);
}

/** The label of a numbering column: "STT", "TT", "S.T.T", "Số TT", "Thứ tự" (short texts only, no key built). */
export function isIndexHeaderLabel(text: string): boolean {
  return text.length <= 10 && /^(s\.?\s?t\.?\s?t\.?|t\.?\s?t\.?|số\s+tt|số\s+thứ\s+tự|thứ\s+tự)$/i.test(text);
}

const FOOTER_START =
  /^(nguoi lap|nguoi ky|xac nhan|t m|tm|kt|k t|thay mat|bi thu|pho bi thu|noi nhan|ghi chu|ky ghi ro|ky ten|ky va ghi ro|ky dong dau|thu truong|lanh dao|dai dien|duyet|an dinh)( |$)/;
/** "Xã A, ngày 10 tháng 5 năm 2025", "ngày … tháng … năm …". */
const DATE_LINE = /(^| )ngay( [0-9a-z]+)? thang( [0-9a-z]+)? nam( |$)/;

/** A signature-block or note line under the table. */
export function isFooterLabel(key: string): boolean {
  return FOOTER_START.test(key) || DATE_LINE.test(key);
}

/** A repeated title ("DANH SÁCH ĐẢNG VIÊN (tiếp theo)") inside a printed list. */
export function isTitleLabel(key: string): boolean {
  return /^(danh sach|tiep theo|tiep|bieu|mau so|kem theo)( |$)/.test(key);
}

// Words that open a section heading. Surnames that fold to the same letters (Tô, Bàn, Trương, Phương …)
// are deliberately absent, so a member row with only a name filled in stays a data row.
const SECTION_START =
  /^(chi bo|dang bo|dang uy|chi uy|to dang|thon|xom|khu|khom|khoi|to dan pho|to dan cu|tdp|ap|cac chi bo|dang vien)( |$)/;

export function isSectionKeyword(key: string): boolean {
  return SECTION_START.test(key);
}

// Units a chi bộ is named after, compared with their diacritics (Trường the school, not Trương the surname; Bản the
// village, not Bàn; Tổ, not Tô).
const UNIT_START =
  /^(bản|buôn|làng|sóc|plei|tổ|đội|phố|trường|trạm|công an|quân sự|cơ quan|ủy ban|uỷ ban|ubnd|hđnd|mặt trận|hợp tác xã|htx|bệnh viện|trung tâm|văn phòng|công ty|ban chỉ huy|doanh nghiệp)(\s|$)/u;

/**
 * "Trường Tiểu học Hy Cương", "Công an xã", "TRẠM Y TẾ": a unit's name, not a person's. A person's name has no
 * digit and no word in lower case.
 */
export function isUnitName(text: string): boolean {
  return UNIT_START.test(text.toLowerCase()) || /\d/.test(text) || /\s\p{Ll}/u.test(text);
}

/**
 * A heading that groups members by something other than their organisation ("ĐẢNG VIÊN DỰ BỊ", "Tổ đảng số 1"): left out of the
 * data, but not a section, since sections stand for the branch of the members below them.
 */
export function isGroupingHeading(key: string): boolean {
  // "Tổ đảng số 1": a group of members inside a chi bộ, not an organisation of its own.
  return /^(dang vien|to dang)( |$)/.test(key);
}

/** "ĐẢNG VIÊN CHÍNH THỨC", "Đảng viên dự bị:" : a heading that gives the type of the members listed below it. */
export function memberTypeHeading(key: string): 'Chính thức' | 'Dự bị' | undefined {
  const m = /^dang vien (chinh thuc|du bi)$/.exec(key);
  return m ? (m[1] === 'du bi' ? 'Dự bị' : 'Chính thức') : undefined;
}

const NUMBERING_PREFIX = /^\(?(?:[IVXLC]+|[A-Za-z]|\d{1,3})\s*[.)\-–:]\s*(?=\S)/;

 // A count of members: "3 đảng viên", "12 đồng chí", "5 đ/c", "25 ĐV".
const COUNT = String.raw`\d+\s*(?:đảng viên|đồng chí|đ/c|đv)\.?`;
const COUNT_TAIL = new RegExp(String.raw`\s*(?:[:\-–,]\s*|\s)(?:có\s+|gồm\s+)?` + COUNT + String.raw`\s*$`, 'iu');
const COUNT_LINE = new RegExp(String.raw`^(?:có|gồm|số lượng|số đảng viên|tổng số đảng viên)?\s*:?\s*` + COUNT + String.raw`(?:[\s,;.:]|$)`, 'iu');

/** "Có 3 đồng chí", "Số lượng: 12 đảng viên": a count between groups, neither a heading nor a member. */
export function isCountLine(text: string): boolean {
  return COUNT_LINE.test(text);
}

/** "I. CHI BỘ THÔN 1 (25 đảng viên):" → { label: "CHI BỘ THÔN 1", numbered: true }. */
export function stripSectionNumber(text: string): { label: string; numbered: boolean } {
  const m = NUMBERING_PREFIX.exec(text);
  const rest = m ? text.slice(m[0].length) : text;
  const label = rest
    .replace(/\s*:\s*$/, '')
    .replace(/\s*\([^()]*\d[^()]*\)\s*:?$/, '') // a count in brackets
    .replace(COUNT_TAIL, '') // ": 3 đảng viên", " - có 3 đ/c"
    .replace(/\s*\((tiếp|tiếp theo|tt)\)\s*:?$/iu, '') // the heading repeated on the next page
    .trim();
  return { label, numbered: m !== null };
}
