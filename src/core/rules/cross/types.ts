import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { MemberRecord, OrganisationRecord } from '../../records';
import type { MemberKeys } from './memberKeys';

export interface MemberTableInput {
  sheet: SheetData;
  table: TableInfo;
  records: MemberRecord[];
  /** The records' comparison keys, when they were filled as the table was read (one per record, same order). */
  keys?: MemberKeys;
}

export interface OrganisationTableInput {
  sheet: SheetData;
  table: TableInfo;
  records: OrganisationRecord[];
}

export interface CrossCheckInput {
  /** As-of date, Excel serial. */
  asOf: number;
  members: MemberTableInput[];
  organisations: OrganisationTableInput[];
}

/** One member with the table it came from. */
export interface MemberSite {
  input: MemberTableInput;
  record: MemberRecord;
}
