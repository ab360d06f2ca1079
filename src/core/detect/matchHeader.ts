import type { FieldKey, TableKind } from '../fields';
import { headerKey } from '../text/normalize';
import { COLUMN_CATALOG } from './catalog';
import { MIDDLE_KEYS, SURNAME_KEYS } from './nameSplit';
import { namedRight, rightOfLabel } from './rightsSplit';
import { isAspect, plausiblePartial } from './partialGuards';

/** How a header label matched the catalog: the whole label is a known name, or a known name sits inside it. */
export type MatchQuality = 'exact' | 'partial';

export interface HeaderMatch {
  field: FieldKey;
  quality: MatchQuality;
}

interface KindIndex {
  exact: Map<string, FieldKey>;
  /** Partial names, longest first, so the most specific name inside a label wins. */
  partial: { key: string; padded: string; field: FieldKey }[];
  /** Every name (exact-only ones too), for ranking the fields a label mentions. */
  mentions: { key: string; field: FieldKey }[];
  /** Ranks in `partial` (ascending) by the name's first word. */
  partialByFirstWord: Map<string, number[]>;
}

/** Keys shorter than this never match inside a longer label ("tt", "dt"). */
const MIN_PARTIAL_KEY = 3;

const indexes = new Map<TableKind, KindIndex>();

function kindIndex(kind: TableKind): KindIndex {
  let index = indexes.get(kind);
  if (index) return index;
  index = { exact: new Map(), partial: [], mentions: [], partialByFirstWord: new Map() };
  for (const spec of COLUMN_CATALOG) {
    if (!spec.kinds.includes(kind)) continue;
    for (const name of spec.names) {
      const key = headerKey(name);
      index.exact.set(key, spec.field);
      if (key.length >= MIN_PARTIAL_KEY) index.partial.push({ key, padded: ' ' + key + ' ', field: spec.field });
    }
    for (const name of spec.exactNames ?? []) index.exact.set(headerKey(name), spec.field);
  }
  for (const [key, field] of index.exact) if (key.length >= MIN_PARTIAL_KEY) index.mentions.push({ key, field });
  index.mentions.sort((a, b) => b.key.length - a.key.length);
  index.partial.sort((a, b) => b.key.length - a.key.length);
  index.partial.forEach((p, rank) => {
    const first = p.key.split(' ')[0];
    const ranks = index!.partialByFirstWord.get(first);
    if (ranks) ranks.push(rank);
    else index!.partialByFirstWord.set(first, [rank]);
  });
  indexes.set(kind, index);
  return index;
}

// A date group over its sub-labels: "Ngày tháng" + "Vào Đảng", "Ngày, tháng, năm" + "Sinh" read as
// "Ngày vào Đảng", "Ngày sinh".
const DATE_GROUP = /^(ngay thang nam|ngay thang|thoi gian|ngay) (.+)$/;

function withoutDateGroup(key: string): string | undefined {
  const m = DATE_GROUP.exec(key);
  if (!m) return undefined;
  return m[2].startsWith('ngay ') ? m[2] : 'ngay ' + m[2];
}

function containsWords(haystack: string, needle: string): boolean {
  return (' ' + haystack + ' ').includes(' ' + needle + ' ');
}

function exactField(key: string, index: KindIndex): FieldKey | undefined {
  return key ? index.exact.get(key) : undefined;
}

function partialField(key: string, index: KindIndex): FieldKey | undefined {
  if (!key) return undefined;
  const padded = ' ' + key + ' ';
  // Only names whose first word is a word of the label can sit inside it: data rows tried as headers
  // (long names, addresses) then test a handful of names instead of all of them. Same winner: lowest rank.
  let best = -1;
  for (const word of key.split(' ')) {
    const ranks = index.partialByFirstWord.get(word);
    if (!ranks) continue;
    for (const rank of ranks) {
      if (best !== -1 && rank >= best) break;
      const p = index.partial[rank];
      if (padded.includes(p.padded) && plausiblePartial(key, p.key, p.field)) best = rank;
    }
  }
  return best === -1 ? undefined : index.partial[best].field;
}

/**
 * The field a header label stands for in a table of the given kind, or undefined.
 * With a two-row header, `group` is the merged label above: the column's name is the group and its own label
 * together ("Ngày tháng" + "Chính thức" is the official date; "Chính thức" alone is the member type).
 */
export function matchHeader(label: string, kind: TableKind, group?: string, wideGroup = false): HeaderMatch | undefined {
  // Detection tries every row of the search area as a header, as one row and as two, under each kind: the same
  // few hundred labels, asked for many times over (a sheet's first rows cost milliseconds each check otherwise).
  const byLabel = matchMemo(kind, group ?? '', wideGroup);
  const known = byLabel.get(label);
  if (known !== undefined) return known ?? undefined;
  const match = computeMatch(label, kind, group, wideGroup);
  byLabel.set(label, match ? Object.freeze(match) : null);
  return match;
}

/** Labels matched so far (null: no field), by kind, wide or not, and group: nested, so no key is built per call. */
const matches = new Map<string, Map<string, Map<string, Readonly<HeaderMatch> | null>>>();
/** Labels remembered at most, per kind and group. */
const MATCHES_LIMIT = 4096;

function matchMemo(kind: TableKind, group: string, wide: boolean): Map<string, Readonly<HeaderMatch> | null> {
  const kindKey = wide ? kind + '+' : kind;
  let byGroup = matches.get(kindKey);
  if (!byGroup) matches.set(kindKey, (byGroup = new Map()));
  let byLabel = byGroup.get(group);
  if (!byLabel) {
    if (byGroup.size >= MATCHES_LIMIT) byGroup.clear();
    byGroup.set(group, (byLabel = new Map()));
  } else if (byLabel.size >= MATCHES_LIMIT) byLabel.clear();
  return byLabel;
}

function computeMatch(label: string, kind: TableKind, group: string | undefined, wideGroup: boolean): HeaderMatch | undefined {
  const index = kindIndex(kind);
  const own = headerKey(label);
  const combined = group ? headerKey(group + ' ' + label) : own;
  const regrouped = withoutDateGroup(combined);

  // A two-way choice split into two marked columns ("Giới tính": "Nam" | "Nữ"; "Đảng viên": "Chính thức" |
  // "Dự bị"): the first column carries the field; the second half is left unmapped rather than reported as a
  // duplicate column.
  if (group && isSecondHalf(own, group, kind)) return undefined;
  // "Ngày, tháng, năm sinh" over "Nam" | "Nữ": both are the birth date, written under the member's gender.
  // Also "Ngày" | "Tháng" | "Năm": the date in three columns (genderSplit.ts and dateParts.ts tell the two layouts apart).
  if (group && BIRTH_SUBLABELS.has(own) && matchHeader(group, kind)?.field === 'birthDate') {
    return { field: 'birthDate', quality: 'exact' };
  }
  // "Chính thức" over "Ngày" | "Tháng" | "Năm": the official date in three columns (dateParts.ts), not the member
  // type that "Chính thức" alone names.
  if (group && kind === 'members' && DATE_PART_KEYS.has(own) && headerKey(group) === 'chinh thuc') {
    return { field: 'officialDate', quality: 'exact' };
  }
  // "Giới tính" over "Nam" | "Nữ" (marked x): the "Nam" column is the gender column (genderSplit.ts).
  if (group && own === 'nam' && matchHeader(group, kind)?.field === 'gender') return { field: 'gender', quality: 'exact' };
  // "Quyền khai thác" over "Quản trị hệ thống" | "Nhập liệu" | …: one column per right (rightsSplit.ts).
  if (group && kind === 'accounts' && rightOfLabel(label) !== undefined && matchHeader(group, kind)?.field === 'rights') {
    return { field: 'rights', quality: 'exact' };
  }
  // The same columns with no group above them: each header names its right ("Nhập liệu", "Làm thẻ Đảng"), which
  // would otherwise read as the member table's "thẻ đảng" or "sinh hoạt đảng".
  if (!group && kind === 'accounts' && namedRight(label) !== undefined) return { field: 'rights', quality: 'exact' };
  // "Họ và tên" over "Họ đệm" | "Tên" or "Họ" | "Chữ đệm" | "Tên": the parts of the full name (nameSplit.ts).
  if (group && kind !== 'organisations' && (SURNAME_KEYS.has(own) || MIDDLE_KEYS.has(own) || own === 'ten') && matchHeader(group, kind)?.field === 'fullName') {
    return { field: 'fullName', quality: 'exact' };
  }

  // "Quê quán" over "Xã" | "Huyện" | "Tỉnh": a field's parts under its own name (groupParts.ts keeps the first).
  // "Căn cước công dân" over "Số" | "Ngày cấp" | "Nơi cấp": "Số" is the ID itself, the others are about it.
  if (group && wideGroup) {
    // Unless group and sub-label make another field's whole name: "Họ và tên" over "Khai sinh" is the birth name.
    const named = exactField(combined, index);
    if (named) return { field: named, quality: 'exact' };
    const whole = groupField(label, kind, group);
    if (whole) return isAspect(own, whole.field) ? undefined : whole;
  }

  for (const key of [regrouped, combined, group ? own : undefined]) {
    const field = key === undefined ? undefined : exactField(key, index);
    if (field) return { field, quality: 'exact' };
  }
  for (const key of [regrouped, combined, group ? own : undefined]) {
    const field = key === undefined ? undefined : partialField(key, index);
    if (field) return { field, quality: 'partial' };
  }
  return undefined;
}

/**
 * The field a merged group names on its own, when the sub-label under it names none (or only "Số"): "Quê quán"
 * over "Xã", "Căn cước công dân" over "Số". Undefined when the group is no field name ("DANH SÁCH …" titles).
 */
export function groupField(label: string, kind: TableKind, group: string): HeaderMatch | undefined {
  const whole = matchHeader(group, kind);
  if (whole?.quality !== 'exact') return undefined;
  const alone = matchHeader(label, kind);
  return !alone || alone.field === 'index' ? whole : undefined;
}

const BIRTH_SUBLABELS: ReadonlySet<string> = new Set(['nam', 'nu', 'ngay', 'thang']);
/** The parts of a date written in three columns ("Năm" folds to "nam"). */
const DATE_PART_KEYS: ReadonlySet<string> = new Set(['ngay', 'thang', 'nam']);

function isSecondHalf(own: string, group: string, kind: TableKind): boolean {
  if (own === 'nu') return matchHeader(group, kind)?.field === 'gender';
  if (own === 'du bi') {
    const g = headerKey(group);
    return g === 'dang vien' || matchHeader(group, kind)?.field === 'memberType';
  }
  return false;
}

/** Every field whose catalog names occur in the label (for ranking choices), best first. */
export function matchingFields(label: string, kind: TableKind): FieldKey[] {
  const index = kindIndex(kind);
  const key = headerKey(label);
  const fields: FieldKey[] = [];
  const best = matchHeader(label, kind);
  if (best) fields.push(best.field);
  for (const p of index.mentions) {
    if (!fields.includes(p.field) && containsWords(key, p.key)) fields.push(p.field);
  }
  return fields;
}
