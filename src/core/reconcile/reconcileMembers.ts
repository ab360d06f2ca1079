import { MEMBER_FIELDS, type MemberField } from '../fields';
import type { MemberRecord } from '../records';
import { internalDuplicates } from './duplicates';
import { comparableFields, fieldColumn, memberFieldValue, rawFieldValue } from './fieldValues';
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
 * step and differ there are different people (a different ID is never matched by name), save a mistyped ID:
 * the same name and birth date with IDs one digit apart (pairTypedIds). A row with two or more
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

  pairTypedIds(keysA, keysB, stateA, stateB, pairs);

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

/** Two 12-digit IDs one slip of the keyboard apart: one digit changed, or two neighbours swapped. */
export function nearIds(x: string, y: string): boolean {
  let first = -1;
  let count = 0;
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) continue;
    if (++count > 2) return false;
    if (first < 0) first = k;
  }
  if (count === 1) return true;
  return count === 2 && x[first] === y[first + 1] && x[first + 1] === y[first];
}

/**
 * A mistyped ID (036190005556 for 036190005555) keeps two lists' rows of one member apart at the ID step, and a
 * different ID is never a match by name alone. Rows left over on both sides with the same name and birth date and
 * IDs one slip apart are that member, though: paired (only where exactly one row each way fits), so the clerk sees
 * one ID to correct, not a member to add to one list and drop from the other.
 */
function pairTypedIds(keysA: MemberKeys[], keysB: MemberKeys[], stateA: Int8Array, stateB: Int8Array, pairs: { i: number; j: number; by: MatchedPair['by'] }[]): void {
  const ID = MATCH_KEYS.indexOf('nationalId');
  const NAME_BIRTH = MATCH_KEYS.indexOf('nameBirth');
  const fits = (keys: MemberKeys[], state: Int8Array) => {
    const byPerson = new Map<string, number[]>();
    keys.forEach((k, i) => {
      const person = k[NAME_BIRTH];
      if (state[i] !== OPEN || k[ID] === undefined || person === undefined) return;
      const list = byPerson.get(person);
      if (list) list.push(i);
      else byPerson.set(person, [i]);
    });
    return byPerson;
  };
  const openA = fits(keysA, stateA);
  const openB = fits(keysB, stateB);
  for (const [person, rowsA] of openA) {
    const rowsB = openB.get(person);
    if (!rowsB) continue;
    const near = (i: number, j: number) => nearIds(keysA[i][ID]!, keysB[j][ID]!);
    for (const i of rowsA) {
      const js = rowsB.filter((j) => near(i, j));
      if (js.length !== 1 || rowsA.filter((i2) => near(i2, js[0])).length !== 1) continue;
      stateA[i] = MATCHED;
      stateB[js[0]] = MATCHED;
      pairs.push({ i, j: js[0], by: 'nameBirth' });
    }
  }
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
      colA: fieldColumn(a, recA.row, field),
      colB: fieldColumn(b, recB.row, field),
    });
  }
}
