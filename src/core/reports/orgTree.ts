import type { OrganisationRecord } from '../records';
import { looseKey } from '../text/normalize';

/** An organisation placed in the tree: đảng bộ with the chi bộ under them, in table order. */
export interface OrgNode {
  record: OrganisationRecord;
  sheet: string;
  name: string;
  children: OrgNode[];
  depth: number;
}

// Prefixes users write or leave out ("Chi bộ Thôn 1" / "Thôn 1"); used only as a second, unambiguous match.
const TYPE_PREFIX = /^(chibo|dangbo|dangbobophan|dangbocoso|chibocoso|chibotructhuoc)/;

export function orgNameKey(name: string): string {
  return looseKey(name);
}

function shortKey(name: string): string {
  return looseKey(name).replace(TYPE_PREFIX, '');
}

/** Finds the organisation a name refers to: exact (case-, space-, diacritics-insensitive), else by name without its type prefix if unique. */
export class OrgIndex {
  private readonly exact = new Map<string, OrgNode>();
  private readonly short = new Map<string, OrgNode | null>();

  constructor(nodes: readonly OrgNode[]) {
    for (const n of nodes) {
      const k = orgNameKey(n.name);
      if (!this.exact.has(k)) this.exact.set(k, n);
      const s = shortKey(n.name);
      if (!s) continue;
      this.short.set(s, this.short.has(s) ? null : n);
    }
  }

  find(name: string | undefined): OrgNode | undefined {
    if (!name) return undefined;
    const hit = this.exact.get(orgNameKey(name));
    if (hit) return hit;
    const s = shortKey(name);
    return (s && this.short.get(s)) || undefined;
  }
}

/** Builds the forest: roots are organisations whose parent is not in the table (the upper committee names its superior outside). */
export function buildOrgTree(tables: { sheet: string; records: readonly OrganisationRecord[] }[]): {
  roots: OrgNode[];
  all: OrgNode[];
  index: OrgIndex;
} {
  const all: OrgNode[] = [];
  for (const t of tables) {
    for (const r of t.records) {
      if (!r.name) continue;
      all.push({ record: r, sheet: t.sheet, name: r.name, children: [], depth: 0 });
    }
  }
  const index = new OrgIndex(all);
  const parentOf = new Map<OrgNode, OrgNode>();
  for (const n of all) {
    const p = index.find(n.record.parent);
    if (p && p !== n) parentOf.set(n, p);
  }
  // A cycle has no root; break it by treating its first member (in table order) as a root.
  const roots: OrgNode[] = [];
  const placed = new Set<OrgNode>();
  const childrenOf = new Map<OrgNode, OrgNode[]>();
  for (const n of all) {
    const p = parentOf.get(n);
    if (!p) continue;
    const list = childrenOf.get(p);
    if (list) list.push(n);
    else childrenOf.set(p, [n]);
  }
  const attach = (n: OrgNode, depth: number): void => {
    placed.add(n);
    n.depth = depth;
    for (const c of childrenOf.get(n) ?? []) {
      if (placed.has(c)) continue;
      n.children.push(c);
      attach(c, depth + 1);
    }
  };
  for (const n of all) if (!parentOf.has(n)) roots.push(n);
  for (const r of roots) attach(r, 0);
  for (const n of all) {
    if (placed.has(n)) continue;
    roots.push(n);
    attach(n, 0);
  }
  return { roots, all, index };
}

/** The committee the report is for: the upper committee if present, else the first organisation with children. */
export function topOrganisation(roots: readonly OrgNode[]): OrgNode | undefined {
  return (
    roots.find((r) => r.record.type === 'Đảng bộ cấp trên cơ sở') ??
    roots.find((r) => r.children.length > 0) ??
    roots[0]
  );
}
