import { MEMBER_FIELDS, type MemberField } from '../fields';
import type { MemberRecord } from '../records';
import { internalDuplicates } from './duplicates';
import { comparableFields, memberFieldValue, rawFieldValue } from './fieldValues';
import { memberKeys, type MemberKeys } from './matchKeys';
import { displayText, validNationalId } from './normalizeValue';
import {
  MATCH_KEYS, type AmbiguousEntry, type FieldDifference, type MatchedPair, type OnlyInEntry, type ReconcileResult,
  type ReconcileSide,
} from './types';

const OPEN = 0;
const MATCHED = 1;
const AMBIGUOUS = 2;

/** Which earlier keys a row has, as bits: a later key may pair two rows only where no earlier key exists on both. */
function earlierMask(keys: MemberKeys, level: number): number {
  let m = 0;
  for (let l = 0; l < level; l++) if (keys[l] !== undefined) m |= 1 << l;
  return m;
}

/** Row indices by key: a number for a key seen once (most), a list only for repeated keys. */
type RowIndex = Map<string, number | number[]>;

/** Open rows by (earlier-key mask, key) at one level. */
function bucketRows(keys: MemberKeys[], state: Int8Array, level: number): RowIndex {
  const buckets: RowIndex = new Map();
  keys.forEach((k, i) => {
    const key = k[level];
    if (state[i] !== OPEN || key === undefined) return;
    const id = level === 0 ? key : earlierMask(k, level) + '|' + key;
    const seen = buckets.get(id);
    if (seen === undefined) buckets.set(id, i);
    else if (typeof seen === 'number') buckets.set(id, [seen, i]);
    else seen.push(i);
  });
  return buckets;
}

/** Candidates of one row: -1 none, the index of the only one, or a list of two or more. */
type Candidates = number | number[];

/** The open rows of the other side this row may pair with at this level (no allocation for 0 or 1). */
function candidates(k: MemberKeys, level: number, other: RowIndex): Candidates {
  const key = k[level];
  if (key === undefined) return -1;
  if (level === 0) {
    const found = other.get(key);
    return found === undefined ? -1 : found; // read-only from here on
  }
  const mine = earlierMask(k, level);
  let out: Candidates = -1;
  for (let m = 0; m < 1 << level; m++) {
    if (m & mine) continue;
    const found = other.get(m + '|' + key);
    if (found === undefined) continue;
    for (const i of typeof found === 'number' ? [found] : found) {
      out = out === -1 ? i : typeof out === 'number' ? [out, i] : (out.push(i), out);
    }
  }
  return out;
}

function onlyIn(rec: MemberRecord): OnlyInEntry {
  return {
    row: rec.row,
    nationalId: validNationalId(rec.nationalId) ?? '',
    fullName: rec.fullName ? displayText(rec.fullName) : '',
  };
}

/**
 * Reconcile two member tables (đối soát): pair members by national ID; where a side has no valid ID, by party
 * card number, then record number, then name key + birth date. Two rows that both carry a key at an earlier
 * step and differ there are different people (a different ID is never matched by name). A row with two or more
 * candidates is ambiguous and counted in neither `matched` nor `onlyIn*`. Matched pairs are compared field by
 * field on every field both tables have. Linear time: hash maps only.
 */
export function reconcileMembers(a: ReconcileSide, b: ReconcileSide): ReconcileResult {
  const keysA = a.records.map(memberKeys);
  const keysB = b.records.map(memberKeys);
  const stateA = new Int8Array(a.records.length);
  const stateB = new Int8Array(b.records.length);
  const pairs: { i: number; j: number; by: MatchedPair['by'] }[] = [];
  const ambiguous: AmbiguousEntry[] = [];
  const rowA = (i: number) => a.records[i].row;
  const rowB = (j: number) => b.records[j].row;

  MATCH_KEYS.forEach((by, level) => {
    const bucketsA = bucketRows(keysA, stateA, level);
    const bucketsB = bucketRows(keysB, stateB, level);
    const candA: Candidates[] = keysA.map((k, i) => (stateA[i] === OPEN ? candidates(k, level, bucketsB) : -1));
    const candB: Candidates[] = keysB.map((k, j) => (stateB[j] === OPEN ? candidates(k, level, bucketsA) : -1));
    candA.forEach((c, i) => {
      if (typeof c === 'number') return;
      ambiguous.push({ side: 'a', rowA: rowA(i), rowsB: c.map(rowB), by });
      stateA[i] = AMBIGUOUS;
      for (const j of c) stateB[j] = AMBIGUOUS;
    });
    candB.forEach((c, j) => {
      // A row of B already listed under an ambiguous row of A (duplicates on both sides) is not repeated.
      if (typeof c === 'number' || stateB[j] !== OPEN) return;
      ambiguous.push({ side: 'b', rowB: rowB(j), rowsA: c.map(rowA), by });
      stateB[j] = AMBIGUOUS;
      for (const i of c) stateA[i] = AMBIGUOUS;
    });
    candA.forEach((j, i) => {
      // One candidate each way: a match.
      if (typeof j !== 'number' || j < 0 || candB[j] !== i || stateA[i] !== OPEN || stateB[j] !== OPEN) return;
      stateA[i] = MATCHED;
      stateB[j] = MATCHED;
      pairs.push({ i, j, by });
    });
  });

  const fields = comparableFields(a, b, MEMBER_FIELDS);
  const different: FieldDifference[] = [];
  pairs.sort((p, q) => rowA(p.i) - rowA(q.i));
  for (const p of pairs) compareFields(a, b, a.records[p.i], b.records[p.j], fields, different);
  ambiguous.sort((x, y) => ambiguousOrder(x) - ambiguousOrder(y));

  return {
    a: { sheet: a.sheet },
    b: { sheet: b.sheet },
    comparedFields: fields,
    matched: pairs.length,
    pairs: pairs.map((p) => ({ rowA: rowA(p.i), rowB: rowB(p.j), by: p.by })),
    onlyInA: a.records.filter((_, i) => stateA[i] === OPEN).map(onlyIn).sort((x, y) => x.row - y.row),
    onlyInB: b.records.filter((_, j) => stateB[j] === OPEN).map(onlyIn).sort((x, y) => x.row - y.row),
    different,
    ambiguous,
    duplicates: [...internalDuplicates('a', a.records, keysA), ...internalDuplicates('b', b.records, keysB)],
  };
}

/** A's entries first, each side by row. */
function ambiguousOrder(e: AmbiguousEntry): number {
  return e.side === 'a' ? e.rowA : 1e9 + e.rowB;
}

function compareFields(
  a: ReconcileSide,
  b: ReconcileSide,
  recA: MemberRecord,
  recB: MemberRecord,
  fields: readonly MemberField[],
  out: FieldDifference[],
): void {
  const name = displayText(recA.fullName || recB.fullName || '');
  for (const field of fields) {
    // Identical values are equal however they normalise: most fields of most pairs stop here.
    const x = rawFieldValue(a, recA, field);
    if (x !== undefined && x !== null && x === rawFieldValue(b, recB, field)) continue;
    const va = memberFieldValue(a, recA, field);
    const vb = memberFieldValue(b, recB, field);
    if (va.key === vb.key) continue;
    out.push({
      rowA: recA.row,
      rowB: recB.row,
      field,
      a: va.shown,
      b: vb.shown,
      name,
      colA: a.table.columns[field],
      colB: b.table.columns[field],
    });
  }
}
