/**
 * Groups items by a key (items whose key is undefined are left out), in first-seen order, keeping only the
 * groups of two or more: with 200,000 members almost every key is unique, so singles stay unallocated.
 */
export function duplicateGroups<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const first = new Map<string, T>();
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, item);
      continue;
    }
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [seen, item]);
  }
  return groups;
}

/** A group of two or more item indexes sharing one key, indexes ascending. */
export interface IndexGroup<K> {
  key: K;
  indexes: number[];
}

/**
 * The same grouping over indexes 0…n−1 of string keys, each with its stringHash computed beforehand (keys[i]
 * undefined: item left out), in an open-addressing table of typed arrays rather than a Map (a Map of 200,000
 * string keys costs several times more): a key seen once costs one slot, and only a second occurrence allocates
 * the group. Groups come in the order they got their second member (as above). A table passed in is reused
 * (the checks of one run share one: fresh memory costs a page fault every 4 KB).
 */
export function duplicateHashedGroups(
  keys: readonly (string | undefined)[],
  hashes: Int32Array,
  table = new GroupingTable(keys.length),
): IndexGroup<string>[] {
  const n = keys.length;
  const slots = table.take(n);
  const mask = table.mask;
  const wrap = table.wrap;
  const groups: IndexGroup<string>[] = [];
  for (let i = 0; i < n; i++) {
    const k = keys[i];
    if (k === undefined) continue;
    const h = hashes[i];
    let p = (h & mask) << 1;
    for (;;) {
      const s = slots[p];
      if (s === 0) {
        slots[p] = i + 1;
        slots[p + 1] = h;
        break;
      }
      if (slots[p + 1] === h) {
        if (s > 0 && keys[s - 1] === k) {
          groups.push({ key: k, indexes: [s - 1, i] });
          slots[p] = -groups.length;
          break;
        }
        if (s < 0 && groups[-s - 1].key === k) {
          groups[-s - 1].indexes.push(i);
          break;
        }
      }
      p = (p + 2) & wrap;
    }
  }
  return groups;
}

/** The same for keys that are 32-bit integers (a hash: equal numbers are equal keys). */
export function duplicateIntGroups(
  n: number,
  keyAt: (i: number) => number | undefined,
  table = new GroupingTable(n),
): IndexGroup<number>[] {
  const slots = table.take(n);
  const mask = table.mask;
  const wrap = table.wrap;
  const groups: IndexGroup<number>[] = [];
  for (let i = 0; i < n; i++) {
    const k = keyAt(i);
    if (k === undefined) continue;
    let p = (mix(k) & mask) << 1;
    for (;;) {
      const s = slots[p];
      if (s === 0) {
        slots[p] = i + 1;
        slots[p + 1] = k;
        break;
      }
      if (slots[p + 1] === k) {
        if (s > 0) {
          groups.push({ key: k, indexes: [s - 1, i] });
          slots[p] = -groups.length;
        } else groups[-s - 1].indexes.push(i);
        break;
      }
      p = (p + 2) & wrap;
    }
  }
  return groups;
}

/**
 * The slots of a grouping, two numbers side by side (one cache line): the key's first index + 1 (0: free), or
 * once the key repeats −(its group's index + 1); and the key's hash.
 */
export class GroupingTable {
  readonly mask: number;
  readonly wrap: number;
  private readonly slots: Int32Array;
  private used = false;

  constructor(n: number) {
    let size = 16;
    while (size < n * 2) size *= 2; // at most half full: short probe runs
    this.mask = size - 1;
    this.wrap = size * 2 - 1;
    this.slots = new Int32Array(size * 2);
  }

  /** The emptied slots, for a grouping of up to n items (at most what the table was made for). */
  take(n: number): Int32Array {
    if (n * 2 > this.mask + 1) throw new RangeError('grouping table too small');
    if (this.used) this.slots.fill(0);
    this.used = true;
    return this.slots;
  }
}

/** FNV-1a over the UTF-16 codes, then mixed so that the low bits (the slot) depend on every character. */
export function stringHash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return mix(h);
}

/** stringHash's steps, for loops that hash a text while they read it for something else. */
export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;

export function mix(x: number): number {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** Most related rows a finding carries (a placeholder ID repeated a thousand times must not cost a million). */
export const MAX_RELATED = 100;
