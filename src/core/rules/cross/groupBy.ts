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

/** Most related rows a finding carries (a placeholder ID repeated a thousand times must not cost a million). */
export const MAX_RELATED = 100;
