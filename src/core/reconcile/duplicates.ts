import type { MemberRecord } from '../records';
import { dateText, displayText } from './normalizeValue';
import type { MemberKeys } from './matchKeys';
import { MATCH_KEYS, type InternalDuplicate } from './types';

function label(by: (typeof MATCH_KEYS)[number], key: string, rec: MemberRecord): string {
  if (by !== 'nameBirth') return key;
  // The key itself moves tone marks; show the name as written with the date.
  return `${displayText(rec.fullName ?? '')}, ${dateText(Number(key.slice(key.lastIndexOf('|') + 1)))}`;
}

/**
 * Rows of one side sharing a match key (the same ID twice, the same card, the same name and birth date),
 * reported before any matching. A group whose rows were all reported together under an earlier key
 * (a row copied twice) is not repeated.
 */
export function internalDuplicates(side: 'a' | 'b', records: MemberRecord[], keys: MemberKeys[]): InternalDuplicate[] {
  const out: InternalDuplicate[] = [];
  const firstGroup = new Int32Array(records.length).fill(-1);
  MATCH_KEYS.forEach((by, level) => {
    // A number for a key seen once (most), a list only for keys seen twice: no 200,000 small arrays.
    const groups = new Map<string, number | number[]>();
    keys.forEach((k, i) => {
      const key = k[level];
      if (key === undefined) return;
      const seen = groups.get(key);
      if (seen === undefined) groups.set(key, i);
      else if (typeof seen === 'number') groups.set(key, [seen, i]);
      else seen.push(i);
    });
    for (const [key, idx] of groups) {
      if (typeof idx === 'number') continue;
      const earlier = firstGroup[idx[0]];
      if (earlier >= 0 && idx.every((i) => firstGroup[i] === earlier)) continue;
      const groupIndex = out.length;
      for (const i of idx) if (firstGroup[i] < 0) firstGroup[i] = groupIndex;
      out.push({ side, by, value: label(by, key, records[idx[0]]), rows: idx.map((i) => records[i].row) });
    }
  });
  return out;
}
