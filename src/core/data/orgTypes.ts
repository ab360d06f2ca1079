/**
 * Organisation types and statuses (RULES.md §2) and the variants users type for them.
 * Variants are matched on looseKey (no case, diacritics, spaces or punctuation).
 */
import type { OrgStatus, OrgType } from '../records';
import { looseKey } from '../text/normalize';

export const UPPER_COMMITTEE: OrgType = 'Đảng bộ cấp trên cơ sở';

/** Canonical spellings, in the order the plans list them. */
export const ORG_TYPES: readonly OrgType[] = [
  'Đảng bộ cấp trên cơ sở',
  'Đảng bộ cơ sở',
  'Chi bộ cơ sở',
  'Đảng bộ bộ phận',
  'Chi bộ trực thuộc',
];

/** Allowed direct superiors inside the table, by type (RULES.md §2). */
export const ALLOWED_PARENTS: Readonly<Record<OrgType, readonly OrgType[]>> = {
  'Đảng bộ cấp trên cơ sở': ['Đảng bộ cấp trên cơ sở'],
  'Đảng bộ cơ sở': ['Đảng bộ cấp trên cơ sở'],
  'Chi bộ cơ sở': ['Đảng bộ cấp trên cơ sở'],
  'Đảng bộ bộ phận': ['Đảng bộ cơ sở'],
  'Chi bộ trực thuộc': ['Đảng bộ cơ sở', 'Đảng bộ bộ phận'],
};

/** Chi bộ (a branch) as opposed to a đảng bộ (a committee with organisations under it). */
export function isBranchType(type: OrgType): boolean {
  return type === 'Chi bộ cơ sở' || type === 'Chi bộ trực thuộc';
}

// looseKey → canonical type. Abbreviations as used in party offices (CBCS, ĐBCS, ĐBBP, CBTT).
const TYPE_VARIANTS: Record<string, OrgType> = {};
function variants(type: OrgType, keys: string[]): void {
  for (const k of [looseKey(type), ...keys]) TYPE_VARIANTS[k] = type;
}
variants('Đảng bộ cấp trên cơ sở', [
  'captrencoso', 'dangbocaptren', 'dbctcs', 'dangbocaptrencs', 'dbcaptrencoso', 'danguycaptrencoso',
  'dangboxa', 'dangbophuong', 'dangbodackhu', 'dangboxaphuong', 'dangbophuongxa', 'dangboxaphuongdackhu',
  'danguyxa', 'danguyphuong', 'danguydackhu', 'dbxa', 'dbphuong',
]);
variants('Đảng bộ cơ sở', ['dbcs', 'dangbocs', 'dbcoso', 'danguycoso', 'tcdcsdangbo']);
variants('Chi bộ cơ sở', ['cbcs', 'chibocs', 'cbcoso', 'tcdcschibo']);
variants('Đảng bộ bộ phận', ['dbbp', 'dangbobp', 'dbbophan', 'bophan']);
variants('Chi bộ trực thuộc', ['cbtt', 'chibott', 'cbtructhuoc', 'chibotructhuocdangbo', 'chibotructhuocdanguy']);

/** Chi bộ trực thuộc đảng ủy cơ sở / đảng bộ bộ phận / … : the qualifier after "trực thuộc" names its superior. */
const BRANCH_UNDER = /^(chibo|cb)tructhuoc/;

export interface ParsedOrgType {
  type?: OrgType;
  /** The text is exactly the canonical spelling (after NFC and collapsing spaces). */
  exact: boolean;
}

/** Reads a type as written. `text` should already be NFC with spaces collapsed. */
export function parseOrgType(text: string): ParsedOrgType {
  if ((ORG_TYPES as readonly string[]).includes(text)) return { type: text as OrgType, exact: true };
  const key = looseKey(text);
  const hit = TYPE_VARIANTS[key] ?? (BRANCH_UNDER.test(key) ? 'Chi bộ trực thuộc' : undefined);
  return { type: hit, exact: false };
}

export const ORG_STATUSES: readonly OrgStatus[] = [
  'Đang hoạt động', 'Thành lập mới', 'Đổi tên', 'Sáp nhập', 'Giải thể', 'Giải tán',
];

const STATUS_VARIANTS: Record<string, OrgStatus> = {};
for (const s of ORG_STATUSES) STATUS_VARIANTS[looseKey(s)] = s;
Object.assign(STATUS_VARIANTS, {
  hoatdong: 'Đang hoạt động', conhoatdong: 'Đang hoạt động', binhthuong: 'Đang hoạt động',
  moithanhlap: 'Thành lập mới', thanhlap: 'Thành lập mới', moi: 'Thành lập mới',
  dadoiten: 'Đổi tên', dasapnhap: 'Sáp nhập', hopnhat: 'Sáp nhập', dahopnhat: 'Sáp nhập',
  dagiaithe: 'Giải thể', dagiaitan: 'Giải tán',
} as Record<string, OrgStatus>);

/** Reads a status as written; undefined when empty or unknown. */
export function parseOrgStatus(text: string): OrgStatus | undefined {
  const key = looseKey(text);
  if (!key) return undefined;
  const hit = STATUS_VARIANTS[key];
  if (hit) return hit;
  // "Đã giải thể theo QĐ số …": the status word comes first, a note follows.
  if (/^(da)?giaithe/.test(key)) return 'Giải thể';
  if (/^(da)?giaitan/.test(key)) return 'Giải tán';
  return undefined;
}

/**
 * "Đã sáp nhập vào Chi bộ Thôn 1", "Hợp nhất vào …": the organisation it was merged into, as written. Such an
 * organisation no longer exists (unlike "Sáp nhập" alone, the status of the one formed by a merger).
 */
export function mergedInto(text: string): string | undefined {
  const m = /^(?:đã\s+|da\s+)?(?:sáp nhập|sap nhap|hợp nhất|hop nhat|nhập|nhap)\s+(?:vào|vao)\s*:?\s*(.+)$/iu.exec(text.trim());
  return m ? m[1].trim() : undefined;
}

export function isActiveStatus(status: OrgStatus | undefined): boolean {
  return status !== 'Giải thể' && status !== 'Giải tán';
}
