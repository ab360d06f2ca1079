/**
 * Provinces merged away on 1 July 2025, named in an address after "tỉnh" (or "T."), or alone as its last part.
 * "xã Yên Bái" is a commune, not the province: without "tỉnh" only the last part counts.
 */
import { CENTRAL_CITIES, MERGED_INTO } from '../../data/provinces';
import { headerKey } from '../../text/normalize';
import { quickFold } from './quickFold';
import { markedFormer } from './oldUnits';

interface Former {
  former: string;
  words: string[];
}

// Folded words of every former province, with the spellings users write for some.
const ALIASES: Record<string, string> = {
  'br vt': 'Bà Rịa - Vũng Tàu', brvt: 'Bà Rịa - Vũng Tàu', 'tt hue': 'Thừa Thiên Huế', 'bac can': 'Bắc Kạn',
  'dac nong': 'Đắk Nông', kontum: 'Kon Tum', 'thua thien': 'Thừa Thiên Huế',
};
const FORMERS: readonly Former[] = [
  ...Object.keys(MERGED_INTO).map((former) => ({ former, words: headerKey(former).split(' ') })),
  ...Object.entries(ALIASES).map(([alias, former]) => ({ former, words: alias.split(' ') })),
].sort((a, b) => b.words.length - a.words.length); // longest first: "Thừa Thiên Huế" before "Thừa Thiên"

const BY_KEY = new Map(FORMERS.map((f) => [f.words.join(' '), f]));

const AFTER_TINH = /(?:tỉnh|tinh|t\.)\s*([^,;]+)/giu;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TINH_PREFIX = /^(?:tỉnh|tinh|t\.)\s*/iu;

export interface OldProvince {
  /** As written in the address. */
  written: string;
  former: string;
  current: string;
  /** "tỉnh Tuyên Quang", "thành phố Huế". */
  suggestion: string;
}

function startsWithWords(words: string[], prefix: string[]): boolean {
  return prefix.length <= words.length && prefix.every((w, i) => words[i] === w);
}

function found(written: string, former: string): OldProvince {
  const current = MERGED_INTO[former];
  const prefix = CENTRAL_CITIES.includes(current) ? 'thành phố' : 'tỉnh';
  return { written, former, current, suggestion: `${prefix} ${current}` };
}

export function findOldProvince(text: string): OldProvince | undefined {
  AFTER_TINH.lastIndex = 0;
  for (let m = AFTER_TINH.exec(text); m; m = AFTER_TINH.exec(text)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1])) {
      AFTER_TINH.lastIndex = m.index + 1;
      continue;
    }
    const words = quickFold(m[1]).split(' ');
    const hit = FORMERS.find((f) => startsWithWords(words, f.words));
    const written = m[0].split(/[()]/)[0].trim();
    if (hit && !markedFormer(text, m.index, m[1].split(/[()]/)[0].trim())) return found(written, hit.former);
  }
  const parts = text.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
  let last = parts[parts.length - 1];
  if (last && /^(viet nam|vn)$/.test(quickFold(last))) last = parts[parts.length - 2];
  if (!last || parts.length < 2) return undefined;
  const hit = BY_KEY.get(quickFold(last.replace(TINH_PREFIX, '')));
  return hit ? found(last, hit.former) : undefined;
}

const PROVINCE_WORD = /^(?:tỉnh|tinh|t\.|thành phố|thanh pho|tp\.?)\s*/iu;

/**
 * A cell that holds only a province's name ("Nam Định", "Tỉnh Hà Nam"), as the account form's "Tỉnh/thành phố"
 * column does: the former province it names, if merged away.
 */
export function oldProvinceNamed(text: string): OldProvince | undefined {
  const written = text.trim();
  const prefix = PROVINCE_WORD.exec(written)?.[0];
  const hit = BY_KEY.get(quickFold(written.slice(prefix?.length ?? 0)));
  if (!hit) return undefined;
  const province = found(written, hit.former);
  // Written without "tỉnh": the suggestion is the bare name too.
  return prefix ? { ...province, suggestion: province.suggestion[0].toUpperCase() + province.suggestion.slice(1) }
    : { ...province, suggestion: province.current };
}
