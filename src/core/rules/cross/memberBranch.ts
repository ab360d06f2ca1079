/**
 * Where a member's branch is written: the branch cell of the row, or — in a table grouped by section rows
 * ("Chi bộ Thôn 1" on a row of its own) — the section row above the member.
 */
import { cellAt, isBlank } from '../../cells';
import type { MemberRecord } from '../../records';
import type { MemberTableInput } from './types';

export interface BranchSite {
  branch: string;
  row: number;
  col: number;
  /** True when the branch comes from a section row shared by the members below it. */
  fromSection: boolean;
}

/** Per table: finds the section above a row by binary search (sections are in row order). */
export class BranchLocator {
  private readonly sections: { row: number; label: string }[];

  constructor(private readonly input: MemberTableInput) {
    this.sections = [...input.table.sections].sort((a, b) => a.row - b.row);
  }

  get hasBranches(): boolean {
    return this.input.table.columns.branch !== undefined || this.sections.length > 0;
  }

  locate(record: MemberRecord): BranchSite | undefined {
    const col = this.input.table.columns.branch;
    if (col !== undefined) {
      return record.branch ? { branch: record.branch, row: record.row, col, fromSection: false } : undefined;
    }
    const section = this.sectionAbove(record.row);
    if (!section) return undefined;
    const branch = record.branch ?? section.label;
    return branch ? { branch, row: section.row, col: this.labelCol(section.row), fromSection: true } : undefined;
  }

  private sectionAbove(row: number): { row: number; label: string } | undefined {
    let lo = 0;
    let hi = this.sections.length - 1;
    let found: { row: number; label: string } | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.sections[mid].row < row) {
        found = this.sections[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The first filled cell of a section row, where its label is. */
  private labelCol(row: number): number {
    const cells = this.input.sheet.rows[row - 1] ?? [];
    for (let c = 0; c < cells.length; c++) if (!isBlank(cellAt(this.input.sheet, row - 1, c))) return c;
    return 0;
  }
}
