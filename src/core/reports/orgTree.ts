import type { TableInfo } from '../fields';
import type { OrganisationRecord } from '../records';
import { OrgIndex } from '../rules/cross/orgIndex';
import { NO_PARENT, buildOrgTree as engineTree } from '../rules/cross/orgTree';
import { orgFullKey } from '../rules/organisation/orgNames';

/**
 * The organisations placed in a tree for the report: đảng bộ with the chi bộ under them, in table order.
 * Names and parents are resolved by the engine's own index and tree (rules/cross), so the report files a member
 * under exactly the organisation the checks used.
 */
export interface OrgNode {
  record: OrganisationRecord;
  sheet: string;
  /** The organisation table it is listed in (its columns, when it shares its rows with a list beside it). */
  table: TableInfo;
  name: string;
  children: OrgNode[];
  depth: number;
}

export interface ReportOrgTree {
  roots: OrgNode[];
  all: OrgNode[];
  /** The organisation a branch name written on a member row means (an active one first, as the checks choose). */
  find(branch: string | undefined): OrgNode | undefined;
}

export function buildReportOrgTree(tables: readonly { table: TableInfo; records: OrganisationRecord[] }[]): ReportOrgTree {
  // The index keeps the sheet only to report findings; the report needs names, so an empty sheet will do.
  const index = new OrgIndex(tables.map((t) => ({ sheet: { name: t.table.sheet, rows: [], merges: [] }, table: t.table, records: t.records })));
  const tree = engineTree(index);
  const all: OrgNode[] = index.entries.map((e) => ({ record: e.record, sheet: e.table.sheet, table: e.table, name: e.name, children: [], depth: 0 }));
  const childrenOf = new Map<number, number[]>();
  tree.parent.forEach((p, i) => {
    if (p === NO_PARENT || p === i) return;
    const list = childrenOf.get(p);
    if (list) list.push(i);
    else childrenOf.set(p, [i]);
  });
  const placed = new Set<number>();
  const roots: OrgNode[] = [];
  const attach = (i: number, depth: number): void => {
    placed.add(i);
    all[i].depth = depth;
    for (const c of childrenOf.get(i) ?? []) {
      if (placed.has(c)) continue;
      all[i].children.push(all[c]);
      attach(c, depth + 1);
    }
  };
  const isRoot = (i: number): boolean => tree.parent[i] === NO_PARENT || tree.parent[i] === i;
  for (let i = 0; i < all.length; i++) {
    if (!isRoot(i)) continue;
    roots.push(all[i]);
    attach(i, 0);
  }
  // Organisations on a parent cycle have no root above them: list them at the top level rather than drop them.
  for (let i = 0; i < all.length; i++) {
    if (placed.has(i)) continue;
    roots.push(all[i]);
    attach(i, 0);
  }
  const find = (branch: string | undefined): OrgNode | undefined => {
    if (!branch) return undefined;
    const candidates = index.resolve(branch);
    // A former name ("Tên cũ") counts where the check counts it: under the organisation's present name.
    const chosen = candidates.find((i) => index.entries[i].record.active) ?? candidates[0] ??
      index.resolveFormer(branch).find((i) => index.entries[i].record.active);
    return chosen === undefined ? undefined : all[chosen];
  };
  return { roots, all, find };
}

/**
 * The committee the report is for, by name: the upper committee if present; else the one top organisation; else the
 * superior that every top organisation names outside the table (a list of the commune's chi bộ and đảng bộ cơ sở
 * without the commune's own row: the report is the commune's, not its first chi bộ's); else the first organisation
 * with children.
 */
export function committeeName(roots: readonly OrgNode[]): string | undefined {
  const upper = roots.find((r) => r.record.type === 'Đảng bộ cấp trên cơ sở');
  if (upper || roots.length === 1) return (upper ?? roots[0]).name;
  const parents = new Map<string, string>();
  for (const r of roots) {
    const parent = r.record.parent?.trim();
    if (parent) parents.set(orgFullKey(parent), parent);
  }
  if (parents.size === 1 && roots.every((r) => r.record.parent?.trim())) return [...parents.values()][0];
  return topOrganisation(roots)?.name;
}

/** The top organisation: the upper committee if present, else the first organisation with children. */
export function topOrganisation(roots: readonly OrgNode[]): OrgNode | undefined {
  return (
    roots.find((r) => r.record.type === 'Đảng bộ cấp trên cơ sở') ??
    roots.find((r) => r.children.length > 0) ??
    roots[0]
  );
}
