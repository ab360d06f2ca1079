/**
 * Cross-row and cross-table checks: duplicates among members, members against organisations, and the
 * organisation tree. Hash maps throughout, so 200,000 members cost linear time.
 */
import type { Finding } from '../../findings';
import { checkDuplicateCards, checkDuplicateIds, checkDuplicatePersons } from './duplicates';
import { memberKeys } from './memberKeys';
import { GroupingTable } from './groupBy';
import { checkMemberOrgs } from './memberOrg';
import { checkOrgDuplicates } from './orgDuplicate';
import { OrgIndex } from './orgIndex';
import { checkOrgSizes, countMembers } from './orgSize';
import { buildOrgTree, checkHierarchy, checkParentsUnknown } from './orgTree';
import { MemberSites, type CrossCheckInput } from './types';

export type { CrossCheckInput, MemberTableInput, OrganisationTableInput } from './types';

export function crossCheck(input: CrossCheckInput): Finding[] {
  const sites = new MemberSites(input.members);
  const keys = memberKeys(sites);
  const table = new GroupingTable(sites.length); // one for the four groupings
  const findings: Finding[] = [
    ...checkDuplicateIds(sites, keys, table),
    ...checkDuplicateCards(sites, keys, table),
    ...checkDuplicatePersons(sites, keys, table),
  ];

  const index = new OrgIndex(input.organisations);
  if (index.size === 0) return findings; // no organisation table: nothing to compare members with

  const tree = buildOrgTree(index);
  findings.push(...checkOrgDuplicates(index, tree), ...checkParentsUnknown(index, tree), ...checkHierarchy(index, tree));

  if (!input.members.length) return findings;
  const byOrg = checkMemberOrgs(sites.all(), index);
  findings.push(...byOrg.findings);
  // Sizes only mean something when the member table is this tree's: some member found their organisation.
  if (byOrg.anyBranches && byOrg.orgOf.some((o) => o >= 0)) {
    findings.push(...checkOrgSizes(index, countMembers(index, tree, sites.all(), byOrg.orgOf, input.asOf)));
  }
  return findings;
}
