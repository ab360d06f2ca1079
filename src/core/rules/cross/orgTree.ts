/**
 * The organisation tree: each organisation's parent found in the table, the roots, the cycles.
 * Findings: org-parent-unknown, org-hierarchy (type pairs and cycles).
 */
import { ALLOWED_PARENTS, isBranchType, UPPER_COMMITTEE } from '../../data/orgTypes';
import type { Finding } from '../../findings';
import type { OrgType } from '../../records';
import { crossStrings, rowList } from '../../strings/cross';
import { headerKey } from '../../text/normalize';
import { makeFinding } from '../makeFinding';
import { communePlace, orgBaseKey } from '../organisation/orgNames';
import type { OrgEntry, OrgIndex } from './orgIndex';

export const NO_PARENT = -1;

export interface OrgTree {
  /** Index of each organisation's parent in the table; NO_PARENT when none is found (or none written). */
  parent: number[];
  /** True for organisations on a cycle (a parent chain that comes back to itself). */
  onCycle: boolean[];
  /** Indices ordered children before parents (cycles left where they fall). */
  bottomUp: number[];
}

// A superior outside the commune's table: province or city committee, the old district committees, bloc committees.
const OUTSIDE_SUPERIOR =
  /^(tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang bo tinh|dang bo thanh pho|dang uy khoi|dang bo khoi|dang uy cac co quan|dang uy doanh nghiep|ban thuong vu|ban chap hanh|bch|btv|trung uong)\b/;

// What a chi bộ trực thuộc / đảng bộ bộ phận directly under the commune committee has been since July 2025.
const UNDER_COMMUNE: Partial<Record<OrgType, OrgType>> = {
  'Chi bộ trực thuộc': 'Chi bộ cơ sở',
  'Đảng bộ bộ phận': 'Đảng bộ cơ sở',
};

export function namesOutsideSuperior(parent: string): boolean {
  return OUTSIDE_SUPERIOR.test(headerKey(parent));
}

export function buildOrgTree(index: OrgIndex): OrgTree {
  const n = index.size;
  const parent = new Array<number>(n).fill(NO_PARENT);
  for (const e of index.entries) parent[e.index] = resolveParent(index, e);
  const onCycle = findCycles(parent);
  return { parent, onCycle, bottomUp: bottomUpOrder(parent, onCycle) };
}

/** The parent among the organisations the text may mean: not itself, preferably one that can have children. */
function resolveParent(index: OrgIndex, e: OrgEntry): number {
  if (!e.record.parent) return NO_PARENT;
  const candidates = index.resolve(e.record.parent);
  if (!candidates.length) return NO_PARENT;
  const others = candidates.filter((i) => i !== e.index);
  if (!others.length) return e.index; // names itself: a cycle of one
  const canHaveChildren = others.find((i) => {
    const t = index.entries[i].record.type;
    return !t || !isBranchType(t);
  });
  return canHaveChildren ?? others[0];
}

function findCycles(parent: number[]): boolean[] {
  const n = parent.length;
  const state = new Uint8Array(n); // 0 unseen, 1 on the current walk, 2 done
  const onCycle = new Array<boolean>(n).fill(false);
  for (let start = 0; start < n; start++) {
    if (state[start]) continue;
    const path: number[] = [];
    let i = start;
    while (i !== NO_PARENT && state[i] === 0) {
      state[i] = 1;
      path.push(i);
      i = parent[i];
    }
    if (i !== NO_PARENT && state[i] === 1) {
      for (let k = path.indexOf(i); k < path.length; k++) onCycle[path[k]] = true;
    }
    for (const p of path) state[p] = 2;
  }
  return onCycle;
}

function bottomUpOrder(parent: number[], onCycle: boolean[]): number[] {
  // depth = number of ancestors reached through non-cycle links; deeper first means children before parents.
  const depth = new Array<number>(parent.length).fill(-1);
  for (let start = 0; start < parent.length; start++) {
    const path: number[] = [];
    let i = start;
    while (depth[i] < 0 && !onCycle[i] && parent[i] !== NO_PARENT) {
      path.push(i);
      i = parent[i];
    }
    if (depth[i] < 0) depth[i] = 0;
    let d = depth[i];
    for (let k = path.length - 1; k >= 0; k--) depth[path[k]] = ++d;
  }
  return [...depth.keys()].sort((a, b) => depth[b] - depth[a]);
}

/**
 * org-parent-unknown: parents not found, except the top of the tree, which names its superior outside the table:
 * an upper committee, a parent named like a province/bloc committee, the one root the others descend from, or —
 * when the table lists a commune's organisations without the commune itself — the superior most of them name.
 */
export function checkParentsUnknown(index: OrgIndex, tree: OrgTree): Finding[] {
  const roots = index.entries.filter((e) => e.record.parent && tree.parent[e.index] === NO_PARENT);
  const hasChildren = new Set<number>();
  tree.parent.forEach((p, i) => {
    if (p !== NO_PARENT && p !== i) hasChildren.add(p);
  });
  const rootsWithChildren = roots.filter((e) => hasChildren.has(e.index));
  const sharedSuperior = index.entries.some((e) => e.record.type === UPPER_COMMITTEE)
    ? undefined
    : mostNamed(roots.map((e) => orgBaseKey(e.record.parent!)));
  const out: Finding[] = [];
  for (const e of roots) {
    const top =
      e.record.type === UPPER_COMMITTEE ||
      namesOutsideSuperior(e.record.parent!) ||
      (rootsWithChildren.length === 1 && rootsWithChildren[0] === e) ||
      (sharedSuperior !== undefined && orgBaseKey(e.record.parent!) === sharedSuperior);
    if (top) continue;
    const near = index.nearest(e.record.parent!, (o) => o !== e && (!o.record.type || !isBranchType(o.record.type)));
    out.push(makeFinding({
      sheet: e.sheet.name, row: e.record.row, col: parentCol(e), field: 'parent', rule: 'org-parent-unknown',
      message: crossStrings.orgParentUnknown(e.record.parent!),
      ...(near ? { suggestion: near.name } : {}),
    }));
  }
  return out;
}

/** The key named most often (the first of equals); undefined for none. */
function mostNamed(keys: string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  for (const k of keys) {
    const c = (counts.get(k) ?? 0) + 1;
    counts.set(k, c);
    if (best === undefined || c > counts.get(best)!) best = k;
  }
  return best;
}

/** org-hierarchy: type pairs RULES.md §2 does not allow, and cycles. */
export function checkHierarchy(index: OrgIndex, tree: OrgTree): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<number>();
  for (const e of index.entries) {
    const p = tree.parent[e.index];
    if (p === NO_PARENT) continue;
    if (tree.onCycle[e.index]) {
      if (!reported.has(e.index)) out.push(...cycleFindings(index, tree, e.index, reported));
      continue;
    }
    const parent = index.entries[p];
    const type = e.record.type;
    const parentType = parent.record.type;
    if (!type || !parentType || ALLOWED_PARENTS[type].includes(parentType)) continue;
    const where = rowList([{ sheet: parent.sheet.name, row: parent.record.row }], e.sheet.name);
    // "Đảng bộ xã …" typed "Đảng bộ cơ sở" out of habit from before July 2025: the fix is on the commune's row.
    const communeHint = parentType === 'Đảng bộ cơ sở' && ALLOWED_PARENTS[type].includes(UPPER_COMMITTEE) &&
      communePlace(parent.name) !== undefined ? crossStrings.communeTypedGrassroots(parent.name, where) : '';
    out.push(makeFinding({
      sheet: e.sheet.name, row: e.record.row, col: parentCol(e), field: 'parent', rule: 'org-hierarchy',
      message: crossStrings.orgHierarchy(type, parent.name, parentType, where, ALLOWED_PARENTS[type],
        parentType === UPPER_COMMITTEE ? UNDER_COMMUNE[type] : undefined) + communeHint,
    }));
  }
  return out;
}

function cycleFindings(index: OrgIndex, tree: OrgTree, start: number, reported: Set<number>): Finding[] {
  const members: number[] = [];
  let i = start;
  do {
    members.push(i);
    i = tree.parent[i];
  } while (i !== start && members.length <= tree.parent.length);
  const names = [...members, start].map((k) => `“${index.entries[k].name}”`).join(' → ');
  return members.map((k) => {
    reported.add(k);
    const e = index.entries[k];
    const message = members.length === 1
      ? crossStrings.orgSelfParent(e.name)
      : crossStrings.orgCycle(names, rowList(
        members.map((m) => ({ sheet: index.entries[m].sheet.name, row: index.entries[m].record.row })), e.sheet.name));
    const related = members.filter((m) => m !== k && index.entries[m].sheet === e.sheet)
      .map((m) => index.entries[m].record.row);
    return makeFinding({
      sheet: e.sheet.name, row: e.record.row, col: parentCol(e), field: 'parent', rule: 'org-hierarchy', message,
      ...(related.length ? { relatedRows: related } : {}),
    });
  });
}

export function parentCol(e: OrgEntry): number {
  return e.table.columns.parent ?? e.table.columns.name ?? 0;
}
