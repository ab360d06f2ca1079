import type { Cell } from '../cells';
import type { Gender, MemberLeft, MemberType } from '../records';
import { MEMBER_TYPES, REVIEWED_MARKS, SCHOOLING_SYSTEMS, ACCOUNT_RIGHTS } from '../data/lists';
import { foldDiacritics } from '../text/normalize';
import { matchList, foldKey } from './lists';
import { isDateCell } from './numberFormat';

/** Small value parsers: gender, member type, reviewed marks, schooling, account rights. */

export interface GenderRead {
  gender?: Gender;
  /** Written exactly "Nam" or "Nữ". */
  exact: boolean;
}

const GENDER_KEYS: Readonly<Record<string, Gender>> = {
  nam: 'Nam', nu: 'Nữ', namgioi: 'Nam', nugioi: 'Nữ', male: 'Nam', female: 'Nữ',
};

/** "Nam"/"Nữ" exactly; nam, NAM, nu, NỮ, Nu … read as a variant; anything else unreadable. */
/** The two exact readings, shared: nearly every cell is one of them and needs no new object. */
const EXACT_MALE: GenderRead = Object.freeze({ gender: 'Nam', exact: true });
const EXACT_FEMALE: GenderRead = Object.freeze({ gender: 'Nữ', exact: true });

export function readGender(text: string): GenderRead {
  if (text === 'Nam') return EXACT_MALE;
  if (text === 'Nữ') return EXACT_FEMALE;
  return { gender: GENDER_KEYS[foldKey(text)], exact: false };
}

export function readMemberType(text: string): { memberType?: MemberType; exact: boolean; fixable: boolean } {
  const m = matchList(MEMBER_TYPES, text);
  return { memberType: m.value as MemberType | undefined, exact: m.exact, fixable: m.fixable };
}

const REVIEWED = new Set(REVIEWED_MARKS);

/** x, X, có, Có, ✓, v, 1, TRUE, "Đã rà soát" … (an empty cell or anything else is not reviewed). */
export function readReviewed(cell: Cell): boolean {
  switch (cell.type) {
    case 'boolean':
      return cell.value === true;
    case 'number':
      return cell.value === 1;
    case 'text': {
      const s = (cell.value as string).trim();
      if (s === '') return false;
      if (s === 'x' || s === 'X') return true;
      return REVIEWED.has(foldDiacritics(s).replace(/\s+/g, ' '));
    }
    default:
      return false;
  }
}

/**
 * A member status saying the person is no longer in the organisation: "Từ trần", "Đã chuyển đi", "Chuyển sinh
 * hoạt đi", "Xóa tên", "Khai trừ". Anything else ("Đang sinh hoạt", "Miễn sinh hoạt", "Chuyển đến", "Chuyển sinh
 * hoạt tạm thời", "Đã chuyển chính thức") is a member here.
 */
export function readMemberLeft(text: string): MemberLeft | undefined {
  const s = foldDiacritics(text).replace(/[^a-z0-9]+/g, ' ').trim();
  if (LEFT_DIED.test(s)) return 'died';
  if (LEFT_REMOVED.test(s)) return 'removed';
  // "Chuyển sinh hoạt tạm thời" keeps the member on the home chi bộ's roll.
  if (LEFT_MOVED.test(s) && !s.includes('tam thoi')) return 'movedOut';
  return undefined;
}

const LEFT_DIED = /\b(tu tran|da mat|qua doi|hy sinh|hi sinh|tu vong|chet)\b/;
const LEFT_REMOVED = /\b(xoa ten|khai tru|ra khoi dang|tu bo|bo sinh hoat)\b/;
const LEFT_MOVED = /\bchuyen (sinh hoat |sh )?(di|ra)\b|\bda chuyen (sinh hoat|sh)\b/;

const NO_MARKS = new Set(['0', 'khong', 'ko', 'k', 'no', 'false']);

/** 0, "không", "ko", FALSE in a column of marks: written, but a no (one column per right: 1 = yes, 0 = no). */
export function isNoMark(cell: Cell): boolean {
  if (cell.type === 'number') return cell.value === 0;
  if (cell.type === 'boolean') return cell.value === false;
  return cell.type === 'text' && NO_MARKS.has(foldDiacritics((cell.value as string).trim()));
}

/** "12/12", "9/10", "7/9": class over system, class not above the system. */
export function isSchooling(text: string): boolean {
  return SCHOOLING_VALUES.has(text);
}

/** Every valid value, "1/9" … "12/12". */
const SCHOOLING_VALUES: ReadonlySet<string> = new Set(
  SCHOOLING_SYSTEMS.flatMap((sys) => Array.from({ length: sys }, (_, i) => `${i + 1}/${sys}`)),
);

/** A likely schooling value in something else: "Lớp 12/12", "12", a date Excel made of "9/12". */
export function likelySchooling(cell: Cell, text: string): string | undefined {
  if (isDateCell(cell)) {
    // Excel turns "9/12" into 9 December; day/month gives it back. In a US-locale file it is 12 September:
    // month/day. At most one order is a valid class/system ("12/9" is not), so trying both never guesses.
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell.value as number) * 86400000);
    const dayMonth = `${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
    const monthDay = `${d.getUTCMonth() + 1}/${d.getUTCDate()}`;
    return isSchooling(dayMonth) ? dayMonth : isSchooling(monthDay) ? monthDay : undefined;
  }
  if (cell.type === 'number') {
    const n = cell.value as number;
    return Number.isInteger(n) && n >= 1 && n <= 12 ? `${n}/12` : undefined;
  }
  const m = /(\d{1,2})\s*\/\s*(\d{1,2})/.exec(text);
  if (m && isSchooling(`${Number(m[1])}/${Number(m[2])}`)) return `${Number(m[1])}/${Number(m[2])}`;
  const only = /^\D*(\d{1,2})\D*$/.exec(text);
  if (only && Number(only[1]) >= 1 && Number(only[1]) <= 12) return `${Number(only[1])}/12`;
  return undefined;
}

export interface RightsRead {
  /** Rights 1-5, sorted, distinct; undefined when the value is not a subset of 1-5. */
  rights?: number[];
  /** A likely reading of an invalid value ("1, 2" for the number 12). */
  likely?: string;
  /** "1-3": rights 1 to 3, or rights 1 and 3? `likely` holds the range; the ends are these two. */
  dashRange?: [number, number];
}

const RIGHT_NAME_KEYS: readonly [string, number][] = Object.entries(ACCOUNT_RIGHTS).map(
  ([n, name]) => [foldKey(name), Number(n)] as [string, number],
);

/** "1, 2", "1;2", "1,2,5", "2. Nhập liệu", the number 1 … */
export function readRights(cell: Cell): RightsRead | undefined {
  if (cell.type === 'number') {
    const n = cell.value as number;
    if (Number.isInteger(n) && n >= 1 && n <= 5) return { rights: [n] };
    // "1,2" typed where the comma is the decimal separator becomes 1.2; "12" typed without a separator.
    const digits = String(n).replace(/\D/g, '');
    return { likely: likelyFromDigits(digits) };
  }
  if (cell.type !== 'text') return cell.type === 'empty' || cell.type === 'error' ? undefined : {};
  // "Quyền 2, 3", "Quyền: 1, 2": the column's own word repeated before the numbers.
  const text = (cell.value as string).trim().replace(/^quyền(\s+số)?\s*:?\s*(?=\d)/iu, '');
  if (!text) return undefined;
  // "từ 1 đến 3": a range, said in words. "1-3" may be that range or rights 1 and 3: asked, the range suggested.
  const range = /^(?:từ\s*)?([1-5])\s*(đến|tới|den|toi|[-–])\s*([1-5])$/i.exec(text);
  if (range && Number(range[3]) > Number(range[1]) + 1) {
    const all = [];
    for (let n = Number(range[1]); n <= Number(range[3]); n++) all.push(n);
    return /^[-–]$/.test(range[2])
      ? { likely: all.join(', '), dashRange: [all[0], all[all.length - 1]] }
      : { rights: all };
  }
  const found = new Set<number>();
  let bad = false;
  for (const part of text.split(/[,;\n+&/]|\s+và\s+|\s+va\s+/i)) {
    const p = part.trim();
    if (!p) continue;
    const lead = /^(\d+)\s*[.)\-:]?\s*(.*)$/.exec(p);
    if (/^\d+(?:\s*[.\-–]?\s*\d+)*\.?$/.test(p)) {
      // "1 2 5", "2.3", "2 - 3": numbers separated by spaces, dots or dashes only.
      for (const t of p.split(/[\s.\-–]+/).filter((x) => x)) {
        const n = Number(t);
        if (Number.isInteger(n) && n >= 1 && n <= 5) found.add(n);
        else bad = true;
      }
      continue;
    }
    if (lead) {
      const n = Number(lead[1]);
      if (n >= 1 && n <= 5) found.add(n);
      else bad = true;
      continue;
    }
    const key = foldKey(p);
    const named = RIGHT_NAME_KEYS.find(([k]) => k === key || key.includes(k));
    if (named) found.add(named[1]);
    else bad = true;
  }
  // "Tất cả (các quyền)", "Toàn bộ": every right, the system administration among them; asked, not assumed.
  const folded = foldDiacritics(text).replace(/\s+/g, ' ');
  if (/^(tat ca|toan bo|ca 5|ca nam)( cac)?( quyen)?$/.test(folded)) return { likely: '1, 2, 3, 4, 5' };
  if (bad || found.size === 0) return { likely: likelyFromDigits(text.replace(/\D/g, '')) };
  return { rights: [...found].sort((a, b) => a - b) };
}

function likelyFromDigits(digits: string): string | undefined {
  if (!digits || digits.length > 5) return undefined;
  const set = new Set<number>();
  for (const ch of digits) {
    const n = Number(ch);
    if (n < 1 || n > 5 || set.has(n)) return undefined;
    set.add(n);
  }
  return [...set].sort((a, b) => a - b).join(', ');
}
