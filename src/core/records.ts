import type { TableInfo } from './fields';

/**
 * Rows of a table read into typed, normalised values (undefined when empty or unreadable).
 * The validation engine builds them once; cross-row checks, reports and reconciliation use them.
 */

export type Gender = 'Nam' | 'Nữ';
export type MemberType = 'Chính thức' | 'Dự bị';

export type OrgType =
  | 'Đảng bộ cấp trên cơ sở'
  | 'Đảng bộ cơ sở'
  | 'Chi bộ cơ sở'
  | 'Đảng bộ bộ phận'
  | 'Chi bộ trực thuộc';

export type OrgStatus = 'Đang hoạt động' | 'Thành lập mới' | 'Đổi tên' | 'Sáp nhập' | 'Giải thể' | 'Giải tán';

export interface MemberRecord {
  /** Excel row. */
  row: number;
  /** NFC, spaces collapsed. */
  fullName?: string;
  gender?: Gender;
  /** Excel serial days. */
  birthDate?: number;
  /** Digits only, zero-padded to 12 when the cell lost its zeros; the raw text otherwise. */
  nationalId?: string;
  cardNumber?: string;
  recordNumber?: string;
  admissionDate?: number;
  officialDate?: number;
  /** Branch name as written (NFC, spaces collapsed). */
  branch?: string;
  memberType?: MemberType;
  phone?: string;
  email?: string;
  ethnicity?: string;
  religion?: string;
  address?: string;
  hometown?: string;
  position?: string;
  workplace?: string;
  /** The row's `reviewed` column is marked (x, Có, ✓ …). */
  reviewed: boolean;
  /** The status column says the member is no longer in the organisation (died, moved out, struck off). */
  left?: MemberLeft;
}

export type MemberLeft = 'died' | 'movedOut' | 'removed';

export interface OrganisationRecord {
  row: number;
  name?: string;
  code?: string;
  type?: OrgType;
  /** The type as written, when it is not one of the canonical types. */
  typeText?: string;
  parent?: string;
  status?: OrgStatus;
  /** Not dissolved (giải thể / giải tán) nor merged into another organisation. */
  active: boolean;
  /** The organisation it was merged into, as the status says ("Đã sáp nhập vào Chi bộ Thôn 1"). */
  mergedInto?: string;
  /** Names the organisation had before a merger or renaming ("Tên cũ"), one per name written. */
  formerNames?: string[];
  memberCount?: number;
}

export interface AccountRecord {
  row: number;
  province?: string;
  commune?: string;
  fullName?: string;
  birthDate?: number;
  nationalId?: string;
  phone?: string;
  position?: string;
  workplace?: string;
  /** Rights 1-5, sorted, when readable. */
  rights?: number[];
}

export interface TableRecords<R> {
  table: TableInfo;
  records: R[];
  /**
   * Member lists only: the rows whose member an earlier list of the workbook already holds (a copy of the sheet, a
   * chi bộ's sheet beside the whole list; members-repeated). Counted once, in the earlier list.
   */
  repeatedRows?: ReadonlySet<number>;
}

/** A list's members that no earlier list of the workbook holds: whom counts and lists take from this table. */
export function listedHere<R extends { row: number }>(t: TableRecords<R>): R[] {
  const repeated = t.repeatedRows;
  return repeated ? t.records.filter((r) => !repeated.has(r.row)) : t.records;
}

/** The members a list holds today: each counted once (listedHere), without those who died, moved out or were struck off. */
export function currentMembers(t: TableRecords<MemberRecord>): MemberRecord[] {
  return listedHere(t).filter((m) => m.left === undefined);
}
