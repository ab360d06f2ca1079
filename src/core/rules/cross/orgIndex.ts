/**
 * Every organisation of every organisation table, and a lookup from a name as users write it to the
 * organisations it may mean: exact key first, then the key without "Chi bộ"/"Đảng bộ"/"CB" prefixes, then the
 * key without the commune's own name ("Quân sự" for "Chi bộ Quân sự xã") when that names only one, then the code.
 */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { OrganisationRecord } from '../../records';
import { editDistance, looseKey } from '../../text/normalize';
import { communePlace, orgBaseKey, orgFullKey, orgLocalKey } from '../organisation/orgNames';
import type { OrganisationTableInput } from './types';

// " - ", " – ", ",", "/" between a branch and its superiors; a hyphen inside a name ("Khu 1-2") is not one.
const PATH_SEPARATOR = /\s+[-–]\s+|\s*[,/]\s*/;
// A path written from the top down, as web systems show it: "Đảng bộ tỉnh > Đảng bộ xã > Chi bộ Thôn 1".
const TOP_DOWN_SEPARATOR = /\s*[>»›→]\s*/;

/** The innermost organisation of a path first, then its superior. */
function pathParts(text: string): string[] {
  const down = text.split(TOP_DOWN_SEPARATOR).filter((p) => p.trim());
  return down.length > 1 ? down.reverse() : text.split(PATH_SEPARATOR);
}

export interface OrgEntry {
  index: number;
  sheet: SheetData;
  table: TableInfo;
  record: OrganisationRecord;
  name: string;
  fullKey: string;
  baseKey: string;
}

export class OrgIndex {
  readonly entries: OrgEntry[] = [];
  private readonly byFull = new Map<string, number[]>();
  private readonly byBase = new Map<string, number[]>();
  private readonly byLocal = new Map<string, number[]>();
  private readonly byFormer = new Map<string, number[]>();
  private readonly byCode = new Map<string, number[]>();
  /** The communes the table's committees are named after (folded words: "gia vien"). */
  private readonly places: string[] = [];
  private readonly cache = new Map<string, readonly number[]>();
  private readonly formerCache = new Map<string, readonly number[]>();

  constructor(tables: readonly OrganisationTableInput[]) {
    for (const t of tables) {
      for (const record of t.records) {
        if (!record.name) continue;
        const e: OrgEntry = {
          index: this.entries.length, sheet: t.sheet, table: t.table, record, name: record.name,
          fullKey: orgFullKey(record.name), baseKey: orgBaseKey(record.name),
        };
        this.entries.push(e);
        push(this.byFull, e.fullKey, e.index);
        push(this.byBase, e.baseKey, e.index);
        const place = communePlace(record.name);
        if (place && !this.places.includes(place)) this.places.push(place);
        for (const former of record.formerNames ?? []) push(this.byFormer, orgBaseKey(former), e.index);
        if (record.code) push(this.byCode, looseKey(record.code), e.index);
      }
    }
    for (const e of this.entries) {
      push(this.byLocal, this.localKey(e.name), e.index);
      // A name written with its superiors ("Chi bộ Phân xưởng 1 - Đảng bộ Công ty May"): also by its first part.
      const first = e.name.split(PATH_SEPARATOR)[0];
      if (first !== e.name && first.trim()) push(this.byLocal, this.localKey(first), e.index);
    }
  }

  private localKey(name: string): string {
    return orgLocalKey(name, this.places) ?? orgBaseKey(name);
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * The organisations a written name may mean (empty when none): the exact name first, else the name without
   * its "Chi bộ"/"Đảng bộ" prefix, else the first part of a path ("Chi bộ Thôn 1 - Đảng bộ xã Tân Lập").
   * Cached: 200,000 members share a few hundred names.
   */
  resolve(text: string): readonly number[] {
    const hit = this.cache.get(text);
    if (hit) return hit;
    let found = this.byFull.get(orgFullKey(text)) ?? this.byBase.get(orgBaseKey(text));
    const [first, superior] = pathParts(text);
    if (!found && first !== text && first.trim()) {
      found = this.byFull.get(orgFullKey(first)) ?? this.byBase.get(orgBaseKey(first));
      // "Chi bộ Văn phòng - Đảng bộ Công ty A" when Công ty B has a "Chi bộ Văn phòng" too: the one under A.
      const under = superior && found && found.length > 1 ? this.under(found, superior) : undefined;
      if (under?.length) found = under;
    }
    if (!found) {
      const local = this.byLocal.get(this.localKey(text));
      if (local?.length === 1) found = local;
    }
    // The organisation's code ("Mã TCĐ") written in place of its name.
    if (!found && this.byCode.size) found = this.byCode.get(looseKey(text));
    const result = found ?? [];
    this.cache.set(text, result);
    return result;
  }

  private under(candidates: readonly number[], superior: string): number[] {
    const key = this.localKey(superior);
    return candidates.filter((i) => {
      const parent = this.entries[i].record.parent;
      return parent !== undefined && this.localKey(parent) === key;
    });
  }

  /** The organisations that had this name before a merger or renaming ("Tên cũ"). Cached like resolve. */
  resolveFormer(text: string): readonly number[] {
    if (!this.byFormer.size) return [];
    let hit = this.formerCache.get(text);
    if (!hit) this.formerCache.set(text, (hit = this.byFormer.get(orgBaseKey(text)) ?? []));
    return hit;
  }

  /** Every organisation whose name without its prefix is the same ("Thôn 3" for "Chi bộ Thôn 3"). */
  resolveLoose(text: string): readonly number[] {
    return this.byBase.get(orgBaseKey(text)) ?? [];
  }

  /** The organisation whose name is nearest to text, when near enough to be a typing slip. */
  nearest(text: string, accept: (e: OrgEntry) => boolean = () => true): OrgEntry | undefined {
    const key = orgBaseKey(text);
    let best: OrgEntry | undefined;
    let bestDistance = Infinity;
    for (const e of this.entries) {
      if (!accept(e)) continue;
      const d = editDistance(key, e.baseKey);
      if (d < bestDistance) {
        best = e;
        bestDistance = d;
      }
    }
    const limit = Math.max(1, Math.floor(key.length / 3));
    if (best && bestDistance <= limit) return best;
    // A name cut short ("Đảng bộ Trường" for "Đảng bộ Trường THPT Gia Viễn"): the one organisation it begins.
    if (key.length < 4) return undefined;
    const longer = this.entries.filter((e) => accept(e) && e.baseKey.startsWith(key));
    return longer.length === 1 ? longer[0] : undefined;
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
