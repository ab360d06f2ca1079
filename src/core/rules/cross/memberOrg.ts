/**
 * Members against the organisation table: member-org-unknown and member-org-inactive, and each member's
 * organisation for the size checks.
 */
import type { Finding } from '../../findings';
import { crossStrings, rowList } from '../../strings/cross';
import { makeFinding } from '../makeFinding';
import { BranchLocator, type BranchSite } from './memberBranch';
import type { OrgIndex } from './orgIndex';
import type { MemberSite, MemberTableInput } from './types';

export interface MemberOrgResult {
  findings: Finding[];
  /** For each member (same order as the sites given), the organisation it belongs to, or -1. */
  orgOf: Int32Array;
  /** Some member table says which branch its members belong to. */
  anyBranches: boolean;
}

export function checkMemberOrgs(sites: MemberSite[], index: OrgIndex): MemberOrgResult {
  const findings: Finding[] = [];
  const orgOf = new Int32Array(sites.length).fill(-1);
  const locators = new Map<MemberTableInput, BranchLocator>();
  const sectionReported = new Set<string>();
  let anyBranches = false;
  sites.forEach((site, k) => {
    let locator = locators.get(site.input);
    if (!locator) {
      locator = new BranchLocator(site.input);
      locators.set(site.input, locator);
    }
    if (locator.hasBranches) anyBranches = true;
    const where = locator.locate(site.record);
    if (!where) return;
    const candidates = index.resolve(where.branch);
    const active = candidates.find((i) => index.entries[i].record.active) ??
      (candidates.length ? index.resolveLoose(where.branch).find((i) => index.entries[i].record.active) : undefined);
    // A name the table gives as an organisation's former name: the member belongs there, under its new name.
    const renamed = candidates.length ? undefined : index.resolveFormer(where.branch).find((i) => index.entries[i].record.active);
    const chosen = active ?? candidates[0] ?? renamed;
    if (chosen !== undefined) orgOf[k] = chosen;
    // A member who died or moved out keeps the chi bộ of their last days here, even one since dissolved or merged.
    if (site.record.left) return;
    // One finding per section row, however many members sit under it.
    const onceKey = `${site.input.sheet.name}\u0000${where.row}`;
    if (where.fromSection && sectionReported.has(onceKey)) return;
    const finding = renamed !== undefined
      ? former(site, where, index, renamed)
      : chosen === undefined
        ? unknown(site, where, index)
        : active === undefined ? inactive(site, where, index, chosen) : undefined;
    if (!finding) return;
    if (where.fromSection) sectionReported.add(onceKey);
    findings.push(finding);
  });
  return { findings, orgOf, anyBranches };
}

const suggestions = new WeakMap<OrgIndex, Map<string, string | null>>();
// A column of names mapped as the branch by mistake would ask for 200,000 suggestions, each against every
// organisation: past this many distinct unknown branches, findings come without one.
const MAX_SUGGESTED = 2000;

function nearestName(index: OrgIndex, branch: string): string | undefined {
  let cache = suggestions.get(index);
  if (!cache) suggestions.set(index, (cache = new Map()));
  if (!cache.has(branch)) {
    if (cache.size >= MAX_SUGGESTED) return undefined;
    cache.set(branch, index.nearest(branch)?.name ?? null);
  }
  return cache.get(branch) ?? undefined;
}

function unknown(site: MemberSite, where: BranchSite, index: OrgIndex): Finding {
  const suggestion = nearestName(index, where.branch);
  return makeFinding({
    sheet: site.input.sheet.name, row: where.row, col: where.col, field: 'branch', rule: 'member-org-unknown',
    message: where.fromSection
      ? crossStrings.memberOrgUnknownSection(where.branch, suggestion)
      : crossStrings.memberOrgUnknown(where.branch, suggestion),
    ...(suggestion ? { suggestion } : {}),
  });
}

function inactive(site: MemberSite, where: BranchSite, index: OrgIndex, org: number): Finding {
  const e = index.entries[org];
  const at = rowList([{ sheet: e.sheet.name, row: e.record.row }], site.input.sheet.name);
  const active = (i: number) => index.entries[i].record.active;
  // Merged into another organisation of the table: the member's branch is now that one.
  const into = e.record.mergedInto;
  const target = into !== undefined ? index.resolve(into).find(active) : undefined;
  const name = target !== undefined ? index.entries[target].name : into;
  // Dissolved, and an active organisation gives this name as its former one ("Tên cũ"): its successor.
  const successor = name === undefined ? index.resolveFormer(where.branch).find(active) : undefined;
  const status = e.record.status ?? 'Giải thể';
  const message = name !== undefined
    ? crossStrings.memberOrgMerged(where.branch, name, at)
    : successor !== undefined
      ? crossStrings.memberOrgSucceeded(where.branch, status, index.entries[successor].name, at)
      : crossStrings.memberOrgInactive(where.branch, status, at);
  const suggestion = target !== undefined ? name : successor !== undefined ? index.entries[successor].name : undefined;
  return makeFinding({
    sheet: site.input.sheet.name, row: where.row, col: where.col, field: 'branch', rule: 'member-org-inactive',
    message, ...(suggestion !== undefined ? { suggestion } : {}),
  });
}

function former(site: MemberSite, where: BranchSite, index: OrgIndex, org: number): Finding {
  const e = index.entries[org];
  const at = rowList([{ sheet: e.sheet.name, row: e.record.row }], site.input.sheet.name);
  return makeFinding({
    sheet: site.input.sheet.name, row: where.row, col: where.col, field: 'branch', rule: 'member-org-unknown',
    message: crossStrings.memberOrgFormerName(where.branch, e.name, at),
    suggestion: e.name,
  });
}
