/** duplicate-id, duplicate-card, duplicate-person: across every member table, every occurrence named. */
import { formatDate } from '../../dates';
import type { MemberField } from '../../fields';
import type { Finding } from '../../findings';
import { crossStrings, rowList, type RowRef } from '../../strings/cross';
import { foldDiacritics, nameKey } from '../../text/normalize';
import { makeFinding } from '../makeFinding';
import { duplicateGroups, MAX_RELATED } from './groupBy';
import type { MemberSite } from './types';

/** A comparable ID: digits only, at least 9 (CMND or CCCD); placeholders such as "000000000000" are not IDs. */
export function idKey(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const k = id.replace(/[\s.\-]/g, '');
  return /^\d{9,}$/.test(k) && !/^0+$/.test(k) ? k : undefined;
}

function codeKey(code: string | undefined): string | undefined {
  if (!code) return undefined;
  const k = code.replace(/\s+/g, '').toUpperCase();
  return /\d/.test(k) && !/^0+$/.test(k) ? k : undefined;
}

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
  groups: Map<string, MemberSite[]>,
  emit: (site: MemberSite, others: MemberSite[], key: string) => void,
): void {
  for (const [key, sites] of groups) {
    if (sites.length < 2) continue;
    for (const site of sites) emit(site, othersOf(sites, site), key);
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

export function checkDuplicateIds(sites: MemberSite[]): Finding[] {
  const out: Finding[] = [];
  const groups = duplicateGroups(sites, (s) => idKey(s.record.nationalId));
  eachDuplicate(groups, (site, others, key) => {
    const size = groups.get(key)!.length;
    out.push(finding(site, 'nationalId', 'duplicate-id',
      crossStrings.duplicateId(key, othersText(site, others, size)), others));
  });
  return out;
}

export function checkDuplicateCards(sites: MemberSite[]): Finding[] {
  const out: Finding[] = [];
  const cards = duplicateGroups(sites, (s) => codeKey(s.record.cardNumber));
  eachDuplicate(cards, (site, others, key) => {
    out.push(finding(site, 'cardNumber', 'duplicate-card',
      crossStrings.duplicateCard(key, othersText(site, others, cards.get(key)!.length)), others));
  });
  const records = duplicateGroups(sites, (s) => codeKey(s.record.recordNumber));
  eachDuplicate(records, (site, others, key) => {
    out.push(finding(site, 'recordNumber', 'duplicate-card',
      crossStrings.duplicateRecord(key, othersText(site, others, records.get(key)!.length)), others));
  });
  return out;
}

// Folding a character (lower case, no diacritics, no spaces) through a cache: a cheap first key, coarser than
// nameKey, so that nameKey's Unicode normalisation runs only on members who may be duplicates.
const foldCache = new Map<string, string>();
function coarseNameKey(name: string): string {
  let out = '';
  for (const ch of name) {
    let f = foldCache.get(ch);
    if (f === undefined) {
      f = foldDiacritics(ch).replace(/[\s\u00A0\u200B-\u200D\u2060\uFEFF]/g, '');
      foldCache.set(ch, f);
    }
    out += f;
  }
  return out;
}

/**
 * Same name (Thuý = Thúy, Hà ≠ Hạ) and birth date, IDs different or missing. Two rows with the same ID are
 * duplicate-id's business, not this rule's.
 */
export function checkDuplicatePersons(sites: MemberSite[]): Finding[] {
  const out: Finding[] = [];
  const candidates = duplicateGroups(sites, (s) =>
    s.record.fullName && s.record.birthDate !== undefined
      ? `${Math.floor(s.record.birthDate)}|${coarseNameKey(s.record.fullName)}`
      : undefined,
  );
  for (const candidate of candidates.values()) {
    for (const group of duplicateGroups(candidate, (s) => nameKey(s.record.fullName!)).values()) {
      out.push(...personFindings(group));
    }
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
