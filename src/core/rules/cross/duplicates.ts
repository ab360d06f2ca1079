/** duplicate-id, duplicate-card, duplicate-person: across every member table, every occurrence named. */
import { formatDate } from '../../dates';
import type { MemberField } from '../../fields';
import type { Finding } from '../../findings';
import { crossStrings, rowList, type RowRef } from '../../strings/cross';
import { foldDiacritics, nameKey } from '../../text/normalize';
import { makeFinding } from '../makeFinding';
import { duplicateGroups, duplicateHashedGroups, duplicateIntGroups, MAX_RELATED, stringHash, type IndexGroup } from './groupBy';
import type { MemberSite } from './types';

/** A comparable ID: digits only, at least 9 (CMND or CCCD); placeholders such as "000000000000" are not IDs. */
export function idKey(id: string | undefined): string | undefined {
  if (!id) return undefined;
  // Most IDs are digits only: the key is the ID itself, no regex and no new string.
  let allZeros = true;
  let i = 0;
  for (; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (c !== 48) allZeros = false;
  }
  if (i === id.length) return id.length >= 9 && !allZeros ? id : undefined;
  const k = id.replace(/[\s.\-]/g, '');
  return /^\d{9,}$/.test(k) && !/^0+$/.test(k) ? k : undefined;
}

function codeKey(code: string | undefined): string | undefined {
  if (!code) return undefined;
  // Most numbers are digits and capitals already: the key is the number itself.
  let digit = false;
  let allZeros = true;
  let i = 0;
  for (; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digit = true;
      if (c !== 48) allZeros = false;
    } else if (c >= 65 && c <= 90) allZeros = false;
    else break;
  }
  if (i === code.length) return digit && !allZeros ? code : undefined;
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
  all: MemberSite[],
  groups: IndexGroup<string>[],
  emit: (site: MemberSite, others: MemberSite[], key: string, size: number) => void,
): void {
  for (const { key, indexes } of groups) {
    const sites = indexes.map((i) => all[i]);
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

/**
 * Every member's comparison keys, read in one pass over the records (each record and its texts are read once,
 * not once per check), with their hashes: the grouping passes then read only these arrays.
 */
export interface MemberKeys {
  id: (string | undefined)[];
  idHash: Int32Array;
  card: (string | undefined)[];
  cardHash: Int32Array;
  record: (string | undefined)[];
  recordHash: Int32Array;
  /** coarsePersonHash, −1 without a name or birth date. */
  person: Int32Array;
}

export function memberKeys(sites: readonly MemberSite[]): MemberKeys {
  const n = sites.length;
  const keys: MemberKeys = {
    id: new Array<string | undefined>(n), idHash: new Int32Array(n),
    card: new Array<string | undefined>(n), cardHash: new Int32Array(n),
    record: new Array<string | undefined>(n), recordHash: new Int32Array(n),
    person: new Int32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const r = sites[i].record;
    const id = idKey(r.nationalId);
    keys.id[i] = id;
    if (id !== undefined) keys.idHash[i] = stringHash(id);
    const card = codeKey(r.cardNumber);
    keys.card[i] = card;
    if (card !== undefined) keys.cardHash[i] = stringHash(card);
    const rec = codeKey(r.recordNumber);
    keys.record[i] = rec;
    if (rec !== undefined) keys.recordHash[i] = stringHash(rec);
    keys.person[i] = r.fullName && r.birthDate !== undefined ? coarsePersonHash(Math.floor(r.birthDate), r.fullName) : -1;
  }
  return keys;
}

export function checkDuplicateIds(sites: MemberSite[], keys: MemberKeys = memberKeys(sites)): Finding[] {
  const out: Finding[] = [];
  const groups = duplicateHashedGroups(keys.id, keys.idHash);
  eachDuplicate(sites, groups, (site, others, key, size) => {
    out.push(finding(site, 'nationalId', 'duplicate-id',
      crossStrings.duplicateId(key, othersText(site, others, size)), others));
  });
  return out;
}

export function checkDuplicateCards(sites: MemberSite[], keys: MemberKeys = memberKeys(sites)): Finding[] {
  const out: Finding[] = [];
  const cards = duplicateHashedGroups(keys.card, keys.cardHash);
  eachDuplicate(sites, cards, (site, others, key, size) => {
    out.push(finding(site, 'cardNumber', 'duplicate-card',
      crossStrings.duplicateCard(key, othersText(site, others, size)), others));
  });
  const records = duplicateHashedGroups(keys.record, keys.recordHash);
  eachDuplicate(sites, records, (site, others, key, size) => {
    out.push(finding(site, 'recordNumber', 'duplicate-card',
      crossStrings.duplicateRecord(key, othersText(site, others, size)), others));
  });
  return out;
}

// Folding a character (lower case, no diacritics, no spaces) through a cache: a cheap first key, coarser than
// nameKey, so that nameKey's Unicode normalisation runs only on members who may be duplicates.
const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    f = foldDiacritics(ch).replace(/[\s\u00A0\u200B-\u200D\u2060\uFEFF]/g, '');
    foldCache.set(ch, f);
  }
  return f;
}

function coarseNameKey(name: string): string {
  let out = '';
  for (const ch of name) out += foldChar(ch);
  return out;
}

/** Folded non-ASCII characters by UTF-16 code (BMP), filled as met. */
const foldByCode: (string | undefined)[] = [];

/**
 * A 30-bit hash of the birth day and coarseNameKey(name), computed without building the key: equal keys give
 * equal hashes, so grouping by it and then by the exact key finds the same groups as grouping by the key.
 */
function coarsePersonHash(birthDay: number, name: string): number {
  let h = Math.imul(birthDay | 0, 0x9e3779b1) ^ 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c < 0x80) {
      // ASCII folds to itself lower-cased; its whitespace (\t \n \v \f \r space) is dropped.
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, 16777619);
      continue;
    }
    let f: string | undefined;
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < name.length && (name.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      f = foldChar(name.slice(i, i + 2));
      i++;
    } else {
      f = foldByCode[c];
      if (f === undefined) foldByCode[c] = f = foldChar(name[i]);
    }
    for (let j = 0; j < f.length; j++) h = Math.imul(h ^ f.charCodeAt(j), 16777619);
  }
  return h & 0x3fffffff;
}

/**
 * Same name (Thuý = Thúy, Hà ≠ Hạ) and birth date, IDs different or missing. Two rows with the same ID are
 * duplicate-id's business, not this rule's.
 */
export function checkDuplicatePersons(sites: MemberSite[], keys: MemberKeys = memberKeys(sites)): Finding[] {
  const out: Finding[] = [];
  // Candidates by a hash of (birth day, coarse name): a number key, and no key string for the many unique
  // members; each candidate group is then split by the exact keys.
  const person = keys.person;
  const candidates = duplicateIntGroups(sites.length, (i) => (person[i] < 0 ? undefined : person[i]));
  for (const { indexes } of candidates) {
    const candidate = indexes.map((i) => sites[i]);
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
