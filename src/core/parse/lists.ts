import type { CodeList } from '../data/lists';
import { foldDiacritics, editDistance } from '../text/normalize';

/**
 * Matching a cell against a code list. Lists repeat the same few values thousands of times, so results
 * are memoised per list and the common case is one map lookup.
 */

export interface ListMatch {
  /** The canonical value, when the text is one (exact) or is a variant of one. */
  value?: string;
  /** Written in an accepted spelling: nothing to say. */
  exact: boolean;
  /** Only a case / diacritics / hyphen / space variant of value: safe to replace. */
  fixable: boolean;
}

const EXACT_NONE: ListMatch = Object.freeze({ exact: false, fixable: false });

/** Letters and digits only, folded: "Khơ-me" → "khome", "Kinh (Việt)" → "kinhviet". */
export function foldKey(s: string): string {
  return foldDiacritics(s).replace(/[^a-z0-9]+/g, '');
}

interface ListIndex {
  /** Accepted spelling → its (shared, frozen) match: no allocation for the common case. */
  exact: Map<string, ListMatch>;
  byKey: Map<string, string | null>;
  memo: Map<string, ListMatch>;
}

const indexes = new WeakMap<CodeList, ListIndex>();

// The few lists a table checks, looked up by identity before the WeakMap: a row checks four of them.
const recentLists: CodeList[] = [];
const recentIndexes: ListIndex[] = [];
const RECENT_LISTS = 8;

function indexOf(list: CodeList): ListIndex {
  for (let i = 0; i < recentLists.length; i++) if (recentLists[i] === list) return recentIndexes[i];
  const idx = indexOfSlow(list);
  if (recentLists.length < RECENT_LISTS) {
    recentLists.push(list);
    recentIndexes.push(idx);
  }
  return idx;
}

function indexOfSlow(list: CodeList): ListIndex {
  let idx = indexes.get(list);
  if (!idx) {
    const byKey = new Map<string, string | null>();
    for (const [spelling, canonical] of list.accepted) {
      const k = foldKey(spelling);
      const prev = byKey.get(k);
      // Two different values folding alike: never guess between them.
      byKey.set(k, prev !== undefined && prev !== canonical ? null : canonical);
    }
    const exact = new Map<string, ListMatch>();
    for (const [spelling, canonical] of list.accepted) {
      exact.set(spelling, Object.freeze({ value: canonical, exact: true, fixable: false }));
    }
    idx = { exact, byKey, memo: new Map() };
    indexes.set(list, idx);
  }
  return idx;
}

const MEMO_LIMIT = 5000;

/** text: the cell's text, trimmed and with spaces collapsed. */
export function matchList(list: CodeList, text: string): ListMatch {
  const idx = indexOf(list);
  const exact = idx.exact.get(text);
  if (exact !== undefined) return exact;
  const known = idx.memo.get(text);
  if (known) return known;
  const result = matchSlow(list, idx, text);
  if (idx.memo.size < MEMO_LIMIT) idx.memo.set(text, result);
  return result;
}

function matchSlow(list: CodeList, idx: ListIndex, text: string): ListMatch {
  const key = foldKey(text);
  if (!key) return EXACT_NONE;
  const folded = idx.byKey.get(key);
  if (folded) return { value: folded, exact: false, fixable: true };
  if (folded === null) return EXACT_NONE;
  const variant = list.variants[key];
  if (variant) return { value: variant, exact: false, fixable: false };
  // A typing slip (one letter off) in a longer name: a suggestion, never a silent fix.
  if (key.length >= 4) {
    let best: string | undefined;
    let ties = 0;
    for (const [k, canonical] of idx.byKey) {
      if (canonical && Math.abs(k.length - key.length) <= 1 && editDistance(k, key) === 1) {
        if (best !== canonical) ties++;
        best = canonical;
      }
    }
    if (ties === 1) return { value: best, exact: false, fixable: false };
  }
  // "Trung cấp LLCT", "Cao cấp lý luận chính trị": the level with words after it.
  for (const [k, canonical] of idx.byKey) {
    if (canonical && k.length >= 5 && key.startsWith(k)) return { value: canonical, exact: false, fixable: false };
  }
  return EXACT_NONE;
}
