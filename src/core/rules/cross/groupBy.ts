/** Groups items by a key (items whose key is undefined are left out), in first-seen order. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Most related rows a finding carries (a placeholder ID repeated a thousand times must not cost a million). */
export const MAX_RELATED = 100;
