/** duplicate-id, duplicate-card, duplicate-person: across every member table, every occurrence named. */
import { formatDate } from '../../dates';
import type { MemberField } from '../../fields';
import type { Finding } from '../../findings';
import { crossStrings, rowList, type RowRef } from '../../strings/cross';
import { nameKey } from '../../text/normalize';
import { makeFinding } from '../makeFinding';
import { duplicateGroups, duplicateHashedGroups, duplicateIntGroups, GroupingTable, MAX_RELATED, type IndexGroup } from './groupBy';
import { coarseNameKey, idKey, memberKeys, type MemberKeys } from './memberKeys';
import type { MemberSite, MemberSites } from './types';

const ref = (s: MemberSite): RowRef => ({ sheet: s.input.sheet.name, row: s.record.row });

function finding(site: MemberSite, field: MemberField, rule: string, message: string, others: MemberSite[]): Finding {
  const sheet = site.input.sheet.name;
  const col = site.input.table.columns[field] ?? site.input.table.columns.fullName ?? 0;
  const related = others.filter((o) => o.input.sheet.name === sheet).slice(0, MAX_RELATED).map((o) => o.record.row);
  return makeFinding({
    sheet, row: site.record.row, col, field, rule, message,
    ...(related.length ? { relatedRows: related } : {}),
  });
}

/** Every member of a group that holds more than one gets a finding naming the others. */
function eachDuplicate(
  all: MemberSites,
  groups: IndexGroup<string>[],
  emit: (site: MemberSite, others: MemberSite[], key: string, size: number) => void,
): void {
  for (const { key, indexes } of groups) {
    const sites = indexes.map((i) => all.at(i));
    for (const site of sites) emit(site, othersOf(sites, site), key, sites.length);
  }
}

function othersOf(sites: MemberSite[], site: MemberSite): MemberSite[] {
  const out: MemberSite[] = [];
  for (const s of sites) {
    if (s !== site) out.push(s);
    if (out.length >= MAX_RELATED) break;
  }
  return out;
}

/** The other rows, as many as the message lists; the rest counted ("và 95 dòng khác"). */
function othersText(site: MemberSite, others: MemberSite[], groupSize: number): string {
  return rowList(others.map(ref), site.input.sheet.name, groupSize - 1);
}

export function checkDuplicateIds(
  sites: MemberSites,
  keys: MemberKeys = memberKeys(sites),
  table = new GroupingTable(sites.length),
): Finding[] {
  const out: Finding[] = [];
  const groups = duplicateHashedGroups(keys.id, keys.idHash, table);
  eachDuplicate(sites, groups, (site, others, key, size) => {
    out.push(finding(site, 'nationalId', 'duplicate-id',
      crossStrings.duplicateId(key, othersText(site, others, size)), others));
  });
  return out;
}

export function checkDuplicateCards(
  sites: MemberSites,
  keys: MemberKeys = memberKeys(sites),
  table = new GroupingTable(sites.length),
): Finding[] {
  const out: Finding[] = [];
  const cards = duplicateHashedGroups(keys.card, keys.cardHash, table);
  eachDuplicate(sites, cards, (site, others, key, size) => {
    out.push(finding(site, 'cardNumber', 'duplicate-card',
      crossStrings.duplicateCard(key, othersText(site, others, size)), others));
  });
  const records = duplicateHashedGroups(keys.record, keys.recordHash, table);
  eachDuplicate(sites, records, (site, others, key, size) => {
    out.push(finding(site, 'recordNumber', 'duplicate-card',
      crossStrings.duplicateRecord(key, othersText(site, others, size)), others));
  });
  return out;
}

/**
 * Same name (Thuý = Thúy, Hà ≠ Hạ) and birth date, IDs different or missing. Two rows with the same ID are
 * duplicate-id's business, not this rule's.
 */
export function checkDuplicatePersons(
  sites: MemberSites,
  keys: MemberKeys = memberKeys(sites),
  table = new GroupingTable(sites.length),
): Finding[] {
  const out: Finding[] = [];
  // Candidates by a hash of (birth day, coarse name): a number key, and no key string for the many unique
  // members; each candidate group is then split by the exact keys.
  const person = keys.person;
  const candidates = duplicateIntGroups(sites.length, (i) => (person[i] < 0 ? undefined : person[i]), table);
  for (const { indexes } of candidates) {
    const candidate = indexes.map((i) => sites.at(i));
    const exact = (s: MemberSite) =>
      `${Math.floor(s.record.birthDate!)}|${coarseNameKey(s.record.fullName!)}|${nameKey(s.record.fullName!)}`;
    for (const group of duplicateGroups(candidate, exact).values()) out.push(...personFindings(group));
  }
  return out;
}

function personFindings(sites: MemberSite[]): Finding[] {
  const out: Finding[] = [];
  const idCount = new Map<string, number>();
  for (const s of sites) {
    const id = idKey(s.record.nationalId);
    if (id) idCount.set(id, (idCount.get(id) ?? 0) + 1);
  }
  for (const site of sites) {
    const id = idKey(site.record.nationalId);
    // Everyone else except those sharing this member's ID.
    const otherCount = sites.length - (id ? idCount.get(id)! : 1);
    if (otherCount === 0) continue;
    const others: MemberSite[] = [];
    for (const s of sites) {
      if (s === site || (id && idKey(s.record.nationalId) === id)) continue;
      others.push(s);
      if (others.length >= MAX_RELATED) break;
    }
    const r = site.record;
    const message = crossStrings.duplicatePerson(
      r.fullName!, formatDate(r.birthDate!), othersText(site, others, otherCount + 1),
    );
    out.push(finding(site, 'fullName', 'duplicate-person', message, others));
  }
  return out;
}
