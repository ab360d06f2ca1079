/**
 * Members' comparison keys for the duplicate checks (duplicates.ts): IDs, card and record numbers as compared,
 * with their hashes, and a coarse hash of name and birth day. Filled row by row while the member table is read
 * (a record and its texts are then in the cache; read again later, each costs a trip to memory), or afterwards
 * for records from elsewhere.
 */
import { foldDiacritics } from '../../text/normalize';
import type { MemberRecord } from '../../records';
import { FNV_OFFSET, FNV_PRIME, mix, stringHash } from './groupBy';
import type { MemberSites } from './types';

/**
 * A comparable ID: digits only, at least 9 (CMND or CCCD); placeholders such as "000000000000" are not IDs.
 * (setMemberKeys takes the common all-digit ID without this; the result is the same.)
 */
export function idKey(id: string | undefined): string | undefined {
  if (!id) return undefined;
  const k = id.replace(/[\s.\-]/g, '');
  return /^\d{9,}$/.test(k) && !/^0+$/.test(k) ? k : undefined;
}

/** A comparable card or record number: no spaces, capitals, with a digit, not all zeros. */
function codeKey(code: string): string | undefined {
  const k = code.replace(/\s+/g, '').toUpperCase();
  return /\d/.test(k) && !/^0+$/.test(k) ? k : undefined;
}

/** Every member's comparison keys, by member index, with their hashes: the grouping passes read only these. */
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

export function newMemberKeys(n: number): MemberKeys {
  return {
    id: new Array<string | undefined>(n), idHash: new Int32Array(n),
    card: new Array<string | undefined>(n), cardHash: new Int32Array(n),
    record: new Array<string | undefined>(n), recordHash: new Int32Array(n),
    person: new Int32Array(n),
  };
}

/** The keys of member i. */
export function setMemberKeys(keys: MemberKeys, i: number, r: MemberRecord): void {
  const id = r.nationalId;
  if (id) setIdKey(keys, i, id);
  else keys.id[i] = undefined;
  keys.card[i] = setCodeKey(keys.cardHash, i, r.cardNumber);
  keys.record[i] = setCodeKey(keys.recordHash, i, r.recordNumber);
  keys.person[i] = r.fullName && r.birthDate !== undefined ? coarsePersonHash(Math.floor(r.birthDate), r.fullName) : -1;
}

/** idKey and its stringHash in one loop over the common all-digit ID (the general path otherwise). */
function setIdKey(keys: MemberKeys, i: number, id: string): void {
  let h = FNV_OFFSET;
  let allZeros = true;
  let j = 0;
  for (; j < id.length; j++) {
    const c = id.charCodeAt(j);
    if (c < 48 || c > 57) break;
    if (c !== 48) allZeros = false;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (j === id.length) {
    const ok = id.length >= 9 && !allZeros;
    keys.id[i] = ok ? id : undefined;
    if (ok) keys.idHash[i] = mix(h);
    return;
  }
  const key = idKey(id);
  keys.id[i] = key;
  if (key !== undefined) keys.idHash[i] = stringHash(key);
}

/** codeKey, its stringHash stored at hashes[i], in one loop over a number already in digits and capitals. */
function setCodeKey(hashes: Int32Array, i: number, code: string | undefined): string | undefined {
  if (!code) return undefined;
  let h = FNV_OFFSET;
  let digit = false;
  let allZeros = true;
  let j = 0;
  for (; j < code.length; j++) {
    const c = code.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      digit = true;
      if (c !== 48) allZeros = false;
    } else if (c >= 65 && c <= 90) allZeros = false;
    else break;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (j === code.length) {
    if (!digit || allZeros) return undefined;
    hashes[i] = mix(h);
    return code;
  }
  const key = codeKey(code);
  if (key !== undefined) hashes[i] = stringHash(key);
  return key;
}

/**
 * The keys of every member: the tables' own keys joined when each table brought them (filled as it was read),
 * otherwise computed here.
 */
export function memberKeys(sites: MemberSites): MemberKeys {
  const n = sites.length;
  const tables = sites.tables;
  if (tables.length && tables.every((t) => t.keys !== undefined && t.keys.person.length === t.records.length)) {
    return joinKeys(tables.map((t) => t.keys!), n);
  }
  const keys = newMemberKeys(n);
  let i = 0;
  for (const t of tables) for (const record of t.records) setMemberKeys(keys, i++, record);
  return keys;
}

function joinKeys(parts: MemberKeys[], n: number): MemberKeys {
  if (parts.length === 1) return parts[0];
  const keys = newMemberKeys(n);
  let at = 0;
  for (const p of parts) {
    const len = p.person.length;
    for (let i = 0; i < len; i++) {
      keys.id[at + i] = p.id[i];
      keys.card[at + i] = p.card[i];
      keys.record[at + i] = p.record[i];
    }
    keys.idHash.set(p.idHash, at);
    keys.cardHash.set(p.cardHash, at);
    keys.recordHash.set(p.recordHash, at);
    keys.person.set(p.person, at);
    at += len;
  }
  return keys;
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

export function coarseNameKey(name: string): string {
  let out = '';
  for (const ch of name) out += foldChar(ch);
  return out;
}

/**
 * For codes below FOLD_CODES (Latin and Vietnamese letters), the fold as one code, in a typed array: UNFOLDED not
 * yet met, DROPPED folds to nothing, LONGER to several; OTHER for codes beyond (surrogates, rare scripts).
 */
const FOLD_CODES = 0x2000;
const UNFOLDED = -1;
const DROPPED = -2;
const LONGER = -3;
const OTHER = -4;
const foldCode = new Int32Array(FOLD_CODES).fill(UNFOLDED);

function foldOfCode(c: number): number {
  const f = foldChar(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) : f.length === 0 ? DROPPED : LONGER;
}

/** The fold of code c as one code, or DROPPED, LONGER, OTHER. */
function foldedCode(c: number): number {
  if (c < 0x80) {
    // ASCII folds to itself lower-cased; its whitespace (\t \n \v \f \r space) is dropped.
    if (c === 32 || (c >= 9 && c <= 13)) return DROPPED;
    return c >= 65 && c <= 90 ? c + 32 : c;
  }
  if (c >= FOLD_CODES) return OTHER;
  let k = foldCode[c];
  if (k === UNFOLDED) foldCode[c] = k = foldOfCode(c);
  return k;
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => (c & 0xfc00) === 0xdc00;

/** Folded code units taken from each end of the name for the candidate hash. */
const EDGE_UNITS = 3;
const FNV_PRIME_32 = 16777619;

/**
 * A 30-bit hash of the birth day and the first and last EDGE_UNITS units of coarseNameKey(name), found by folding
 * only the characters at the name's two ends. It is a function of the key (equal keys give equal hashes), so
 * grouping by it and then by the exact key finds the same groups as grouping by the key; the ends and the day
 * tell people apart well enough that few members need their exact key.
 */
export function coarsePersonHash(birthDay: number, name: string): number {
  let h = Math.imul(birthDay | 0, 0x9e3779b1) ^ 0x811c9dc5;
  let taken = 0;
  for (let i = 0; i < name.length && taken < EDGE_UNITS; i++) {
    const c = name.charCodeAt(i);
    const k = foldedCode(c);
    if (k >= 0) {
      h = Math.imul(h ^ k, FNV_PRIME_32);
      taken++;
      continue;
    }
    if (k === DROPPED) continue;
    const pair = isHighSurrogate(c) && i + 1 < name.length && isLowSurrogate(name.charCodeAt(i + 1));
    const f = foldChar(pair ? name.slice(i, i + 2) : name[i]);
    if (pair) i++;
    for (let j = 0; j < f.length && taken < EDGE_UNITS; j++, taken++) h = Math.imul(h ^ f.charCodeAt(j), FNV_PRIME_32);
  }
  h = Math.imul(h ^ 0x7c, FNV_PRIME_32); // between the two ends
  taken = 0;
  for (let i = name.length - 1; i >= 0 && taken < EDGE_UNITS; i--) {
    const c = name.charCodeAt(i);
    const k = foldedCode(c);
    if (k >= 0) {
      h = Math.imul(h ^ k, FNV_PRIME_32);
      taken++;
      continue;
    }
    if (k === DROPPED) continue;
    const pair = isLowSurrogate(c) && i > 0 && isHighSurrogate(name.charCodeAt(i - 1));
    const f = foldChar(pair ? name.slice(i - 1, i + 1) : name[i]);
    if (pair) i--;
    for (let j = f.length - 1; j >= 0 && taken < EDGE_UNITS; j--, taken++) h = Math.imul(h ^ f.charCodeAt(j), FNV_PRIME_32);
  }
  return h & 0x3fffffff;
}
