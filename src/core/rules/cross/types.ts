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

/**
 * Every member of every table under one index (tables in order). A site object is made only when a check asks
 * for it: the duplicate checks need them for the few duplicates, not for 200,000 members.
 */
export class MemberSites {
  readonly length: number;
  private readonly starts: number[] = [];
  private list?: MemberSite[];

  constructor(readonly tables: readonly MemberTableInput[]) {
    let n = 0;
    for (const t of tables) {
      this.starts.push(n);
      n += t.records.length;
    }
    this.length = n;
  }

  at(i: number): MemberSite {
    if (this.list) return this.list[i];
    let t = this.tables.length - 1;
    while (this.starts[t] > i) t--;
    return { input: this.tables[t], record: this.tables[t].records[i - this.starts[t]] };
  }

  /** All of them, made once (the organisation checks read every member). */
  all(): MemberSite[] {
    if (!this.list) {
      const list: MemberSite[] = [];
      for (const input of this.tables) for (const record of input.records) list.push({ input, record });
      this.list = list;
    }
    return this.list;
  }
}
