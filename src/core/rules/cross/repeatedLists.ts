import type { Finding } from '../../findings';
import { crossStrings } from '../../strings/cross';
import { makeFinding } from '../makeFinding';
import type { MemberRecord } from '../../records';
import { nameKey } from '../../text/normalize';
import { idKey } from './memberKeys';
import type { MemberTableInput } from './types';

/**
 * A member list that lists again the members of an earlier one: a copy of the sheet kept as "DS 2025 (2)", an
 * older version beside the new one, a chi bộ's own sheet beside the whole đảng bộ's list. Its people are not
 * duplicates of themselves, and counting them twice would double every chi bộ: the members it repeats are left
 * out of the cross-table checks (duplicates, sizes), its own rows are still checked, and one finding says so.
 */

/** Share of a list's IDs found in an earlier list for it to repeat that list, and the fewest IDs that tell. */
const REPEAT_SHARE = 0.8;
const MIN_REPEATED = 3;

export interface RepeatedList {
  /** Index of the repeating table in the input, and of the earlier table it repeats. */
  table: number;
  of: number;
  /** IDs of the repeating table found in the earlier one, of all its IDs. */
  repeated: Set<string>;
  total: number;
}

/** Tables (in order) that repeat an earlier one, each with the earlier table sharing most of its IDs. */
export function findRepeatedLists(tables: readonly MemberTableInput[]): RepeatedList[] {
  if (tables.length < 2) return [];
  const ids = tables.map((t) => {
    const set = new Set<string>();
    for (const k of recordIds(t)) if (k) set.add(k);
    return set;
  });
  const found: RepeatedList[] = [];
  for (let j = 1; j < tables.length; j++) {
    const own = ids[j];
    if (own.size < MIN_REPEATED) continue;
    let best: RepeatedList | undefined;
    for (let i = 0; i < j; i++) {
      const repeated = new Set<string>();
      for (const k of own) if (ids[i].has(k)) repeated.add(k);
      if (repeated.size >= MIN_REPEATED && repeated.size >= REPEAT_SHARE * own.size && (!best || repeated.size > best.repeated.size)) {
        best = { table: j, of: i, repeated, total: own.size };
      }
    }
    if (best) found.push(best);
  }
  return found;
}

/** The rows of each repeating list whose member the earlier list holds, by table index. */
export function repeatedRows(tables: readonly MemberTableInput[], repeats: readonly RepeatedList[]): Map<number, Set<number>> {
  const rows = new Map<number, Set<number>>();
  for (const r of repeats) {
    // A member written without an ID in both lists is the same one when the name and birth date agree.
    const earlier = new Set<string>();
    for (const rec of tables[r.of].records) {
      const k = personKey(rec);
      if (k !== undefined) earlier.add(k);
    }
    const own = new Set<number>();
    const { records } = tables[r.table];
    const ids = recordIds(tables[r.table]);
    for (let i = 0; i < records.length; i++) {
      const id = ids[i];
      if (id !== undefined ? r.repeated.has(id) : earlier.has(personKey(records[i]) ?? '\u0000')) own.add(records[i].row);
    }
    rows.set(r.table, own);
  }
  return rows;
}

/** Each record's comparable ID (idKey), as the table's keys hold them when it was read, else computed. */
function recordIds(t: MemberTableInput): readonly (string | undefined)[] {
  return t.keys && t.keys.id.length === t.records.length ? t.keys.id : t.records.map((r) => idKey(r.nationalId));
}

function personKey(rec: MemberRecord): string | undefined {
  return rec.fullName && rec.birthDate !== undefined ? `${Math.floor(rec.birthDate)}|${nameKey(rec.fullName)}` : undefined;
}

/** The cross-check input without those rows. */
export function withoutRepeats(tables: readonly MemberTableInput[], rows: ReadonlyMap<number, ReadonlySet<number>>): MemberTableInput[] {
  return tables.map((t, i) => {
    const repeated = rows.get(i);
    // The keys were filled for every record: without them, the checks compute the kept records' own.
    return repeated ? { sheet: t.sheet, table: t.table, records: t.records.filter((rec) => !repeated.has(rec.row)) } : t;
  });
}

/** One finding per repeating list, on its header row, in its ID column. */
export function repeatedListFindings(tables: readonly MemberTableInput[], repeats: readonly RepeatedList[]): Finding[] {
  return repeats.map((r) => {
    const t = tables[r.table].table;
    const of = tables[r.of].table;
    return makeFinding({
      sheet: t.sheet,
      row: t.headerRow,
      col: t.columns.nationalId ?? t.columns.fullName ?? 0,
      field: 'nationalId',
      rule: 'members-repeated',
      message: crossStrings.membersRepeated(r.repeated.size, r.total, of.sheet === t.sheet ? undefined : of.sheet, of.headerRow),
    });
  });
}
