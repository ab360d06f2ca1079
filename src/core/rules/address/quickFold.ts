/**
 * headerKey (folded, punctuation to spaces, collapsed) computed a character at a time through a cache:
 * the same result without normalising the whole string, for checks that run on every address.
 */
import { foldDiacritics } from '../../text/normalize';

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let f = cache.get(ch);
  if (f === undefined) {
    f = foldDiacritics(ch).replace(/[^a-z0-9]/g, ' ');
    cache.set(ch, f);
  }
  return f;
}

export function quickFold(s: string): string {
  let out = '';
  let space = true; // no leading space
  for (const ch of s) {
    const f = foldChar(ch);
    for (const c of f) {
      if (c === ' ') {
        if (!space) out += ' ';
        space = true;
      } else {
        out += c;
        space = false;
      }
    }
  }
  return space ? out.trimEnd() : out;
}
