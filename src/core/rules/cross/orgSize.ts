/**
 * org-size, org-empty and org-member-count: members counted per organisation from the member table, descendants
 * included.
 */
import type { Finding } from '../../findings';
import type { MemberRecord } from '../../records';
import { crossStrings } from '../../strings/cross';
import { makeFinding } from '../makeFinding';
import type { OrgEntry, OrgIndex } from './orgIndex';
import { NO_PARENT, type OrgTree } from './orgTree';
import type { MemberSite } from './types';

/** Official: member type "Chính thức", or no member type and an official date already reached. */
export function isOfficial(r: MemberRecord, asOf: number): boolean {
  if (r.memberType) return r.memberType === 'Chính thức';
  return r.officialDate !== undefined && r.officialDate <= asOf;
}

export interface OrgCounts {
  total: Float64Array;
  official: Float64Array;
  /** Members placed in the organisation itself, its descendants' not added. */
  own: Float64Array;
}

/** Members per organisation, each organisation's descendants' members added to it. */
export function countMembers(
  index: OrgIndex, tree: OrgTree, sites: MemberSite[], orgOf: Int32Array, asOf: number,
): OrgCounts {
  const total = new Float64Array(index.size);
  const official = new Float64Array(index.size);
  for (let k = 0; k < sites.length; k++) {
    const o = orgOf[k];
    // Only members still here count towards a chi bộ's size.
    if (o < 0 || sites[k].record.left) continue;
    total[o] += 1;
    if (isOfficial(sites[k].record, asOf)) official[o] += 1;
  }
  const own = total.slice();
  for (const i of tree.bottomUp) {
    const p = tree.parent[i];
    if (p === NO_PARENT || tree.onCycle[i]) continue;
    total[p] += total[i];
    official[p] += official[i];
  }
  return { total, official, own };
}

const MIN_BRANCH_OFFICIAL = 3;
const COMMITTEE_SIZE = 30;

export function checkOrgSizes(index: OrgIndex, counts: OrgCounts): Finding[] {
  const out: Finding[] = [];
  for (const e of index.entries) {
    if (!e.record.active) continue;
    const total = counts.total[e.index];
    const official = counts.official[e.index];
    const type = e.record.type;
    if (total === 0) {
      out.push(finding(e, 'org-empty', crossStrings.orgEmpty(e.name), e.table.columns.name));
      continue;
    }
    // The list's own "Số đảng viên" against the member table: a member missing, or a count not updated. A đảng
    // bộ's count may be all its members or only those not in its chi bộ (often 0): either agrees.
    const written = e.record.memberCount;
    if (written !== undefined && written !== total && written !== counts.own[e.index] &&
      e.table.columns.memberCount !== undefined) {
      out.push(finding(e, 'org-member-count', crossStrings.orgMemberCount(e.name, written, total),
        e.table.columns.memberCount, String(total)));
    }
    if ((type === 'Chi bộ cơ sở' || type === 'Chi bộ trực thuộc') && official < MIN_BRANCH_OFFICIAL) {
      out.push(finding(e, 'org-size', crossStrings.branchTooSmall(e.name, official), e.table.columns.name));
    }
    if (type === 'Chi bộ cơ sở' && total >= COMMITTEE_SIZE) {
      out.push(finding(e, 'org-size', crossStrings.branchTooLarge(e.name, total), e.table.columns.type,
        'Đảng bộ cơ sở'));
    }
    if (type === 'Đảng bộ cơ sở' && total < COMMITTEE_SIZE) {
      out.push(finding(e, 'org-size', crossStrings.committeeTooSmall(e.name, total), e.table.columns.type,
        'Chi bộ cơ sở'));
    }
  }
  return out;
}

function finding(e: OrgEntry, rule: string, message: string, col: number | undefined, suggestion?: string): Finding {
  const c = e.table.columns;
  const field = col === undefined ? 'name' : col === c.type ? 'type' : col === c.memberCount ? 'memberCount' : 'name';
  return makeFinding({
    sheet: e.sheet.name, row: e.record.row, col: col ?? e.table.columns.name ?? 0, field, rule, message,
    ...(suggestion ? { suggestion } : {}),
  });
}
