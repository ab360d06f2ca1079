/**
 * Structural validator for one written Vietnamese syllable: onset + (medial) + nucleus + (coda) + tone.
 * Used to decide whether a legacy-encoding conversion produced real Vietnamese, and to repair tone marks
 * typed on the wrong vowel. Both tone-placement styles are valid ("hoà"/"hòa", "thuý"/"thúy", "khoẻ"/"khỏe").
 */

/** Tone numbers: 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

const TONE_OF_MARK: Record<string, Tone> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 };
export const TONE_MARK: Record<Tone, string> = { 0: '', 1: '\u0300', 2: '\u0301', 3: '\u0309', 4: '\u0303', 5: '\u0323' };

/** Quality marks (circumflex, breve, horn) applied to a base letter. */
const QUALITY: Record<string, Record<string, string>> = {
  '\u0302': { a: 'â', e: 'ê', o: 'ô' },
  '\u0306': { a: 'ă' },
  '\u031B': { o: 'ơ', u: 'ư' },
};

const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']);
const MARKED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư']);

const ONSETS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x',
];

// Rhymes (vần) without tone. Grouped by nucleus; medial o/u rhymes last.
const PLAIN_RHYMES = [
  'a ac ach ai am an ang anh ao ap at au ay',
  'ăc ăm ăn ăng ăp ăt',
  'âc âm ân âng âp ât âu ây',
  'e ec em en eng eo ep et',
  'ê êch êm ên ênh êp êt êu',
  'i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu',
  'o oc oi om on ong op ot ooc oong',
  'ô ôc ôi ôm ôn ông ôp ôt',
  'ơ ơi ơm ơn ơp ơt',
  'u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt',
  'ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu',
  'y yêm yên yêng yêt yêu',
].join(' ').split(' ');

const MEDIAL_O_RHYMES = 'oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet'.split(' ');
const MEDIAL_U_RHYMES = 'uân uâng uât uây uê uêch uên uênh uêt uêu uơ uy uya uych uyn uynh uyp uyt uyu uyên uyêt'.split(' ');

const RHYMES = new Set([...PLAIN_RHYMES, ...MEDIAL_O_RHYMES, ...MEDIAL_U_RHYMES]);

/** After "qu" the u is the medial: "qua" = q+u+a like "hoa" = h+o+a. */
const QU_RHYMES = new Set([
  ...MEDIAL_O_RHYMES.map((r) => r.slice(1)),
  ...MEDIAL_U_RHYMES.map((r) => r.slice(1)),
  'i', 'ich', 'in', 'inh', 'it', 'ôc', 'ăp',
]);

const STOP_CODA = /(c|ch|p|t)$/;
const FRONT = new Set(['i', 'e', 'ê', 'y']);

/** A word split into toneless lower-case letters, the tone and the index of the toned letter. */
export interface Letters {
  letters: string[];
  tone: Tone;
  toneAt: number;
}

/** Decompose a word into letters (with quality marks applied) and its single tone mark; undefined if not letters. */
export function splitTone(word: string): Letters | undefined {
  const d = word.normalize('NFD').toLowerCase();
  const letters: string[] = [];
  let tone: Tone = 0;
  let toneAt = -1;
  for (const ch of d) {
    if ((ch >= 'a' && ch <= 'z') || ch === 'đ') {
      letters.push(ch);
      continue;
    }
    const q = QUALITY[ch];
    if (q) {
      const last = letters.length - 1;
      const composed = last >= 0 ? q[letters[last]] : undefined;
      if (!composed) return undefined;
      letters[last] = composed;
      continue;
    }
    const t = TONE_OF_MARK[ch];
    if (t && tone === 0 && letters.length > 0) {
      tone = t;
      toneAt = letters.length - 1;
      continue;
    }
    return undefined;
  }
  if (letters.length === 0) return undefined;
  return { letters, tone, toneAt };
}

/** Parse of a syllable: where the onset ends, the rhyme and which letter positions may carry the tone. */
export interface SyllableParse {
  onsetLength: number;
  rhyme: string;
  /** Indexes (into letters) where the tone may go in either accepted style. */
  tonePositions: number[];
}

function onsetAllows(onset: string, rhyme: string): boolean {
  const first = rhyme[0];
  switch (onset) {
    case '':
      return !rhyme.startsWith('iê');
    case 'qu':
      return QU_RHYMES.has(rhyme);
    case 'gi':
      return first !== 'i' && first !== 'ê' && RHYMES.has(rhyme);
    case 'g':
      return !(first === 'e' || first === 'ê' || rhyme.startsWith('ia') || rhyme.startsWith('y'));
    case 'gh':
    case 'ngh':
      return first === 'i' || first === 'e' || first === 'ê';
    case 'ng':
      return !FRONT.has(first);
    case 'c':
      return !FRONT.has(first);
    default:
      return !rhyme.startsWith('yê');
  }
}

/** Where the tone goes: on the last marked vowel; else before a consonant coda on the last vowel; else by pattern. */
function tonePositions(letters: string[], start: number): number[] {
  let end = start;
  while (end < letters.length && VOWELS.has(letters[end])) end++;
  const cluster = letters.slice(start, end);
  const hasCoda = end < letters.length;
  for (let i = cluster.length - 1; i >= 0; i--) if (MARKED_VOWELS.has(cluster[i])) return [start + i];
  if (hasCoda || cluster.length === 1) return [start + cluster.length - 1];
  if (cluster.length === 3) return [start + 1];
  const pair = cluster.join('');
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return [start, start + 1];
  return [start];
}

function parseLetters(letters: string[]): SyllableParse | undefined {
  const word = letters.join('');
  for (const onset of ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rhyme = word.slice(onset.length);
    if (rhyme && (onset === 'qu' || RHYMES.has(rhyme)) && onsetAllows(onset, rhyme)) {
      return { onsetLength: onset.length, rhyme, tonePositions: tonePositions(letters, onset.length) };
    }
    // "gi" + rhyme failed: "gì", "gìn", "giếng" read as g + i-rhyme; keep trying shorter onsets.
  }
  if (RHYMES.has(word) && onsetAllows('', word)) {
    return { onsetLength: 0, rhyme: word, tonePositions: tonePositions(letters, 0) };
  }
  return undefined;
}

const cache = new Map<string, SyllableParse | null>();
const CACHE_LIMIT = 50000;

/** Parse a toneless letter sequence (cached: names and common words repeat across millions of cells). */
function parseCached(letters: string[]): SyllableParse | undefined {
  const key = letters.join('');
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = parseLetters(letters) ?? null;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit ?? undefined;
}

export interface SyllableOptions {
  /** Accept a tone mark on any vowel of the syllable (old keyboards' typos such as "baỏ"). Default false. */
  anyTonePosition?: boolean;
}

/** Letters, tone and parse of a syllable, and whether its tone sits where either accepted style puts it. */
export type SyllableAnalysis = Letters & SyllableParse & { tonePlaced: boolean };

function analyseUncached(word: string): SyllableAnalysis | undefined {
  const split = splitTone(word);
  if (!split) return undefined;
  const parse = parseCached(split.letters);
  if (!parse) return undefined;
  // Checked syllables (stop coda p, t, c, ch) take only sắc or nặng.
  if (STOP_CODA.test(parse.rhyme) && split.tone !== 2 && split.tone !== 5) return undefined;
  if (split.tone !== 0 && !VOWELS.has(split.letters[split.toneAt])) return undefined;
  const tonePlaced = split.tone === 0 || parse.tonePositions.includes(split.toneAt);
  return Object.freeze({ ...split, ...parse, tonePlaced });
}

// Word-level cache: detection asks about the same names and words across millions of cells.
const analysisCache = new Map<string, SyllableAnalysis | null>();

/** Full analysis (cached, read-only); undefined when the word is not a Vietnamese syllable at all. */
export function analyseSyllable(word: string): SyllableAnalysis | undefined {
  let hit = analysisCache.get(word);
  if (hit === undefined) {
    hit = analyseUncached(word) ?? null;
    if (analysisCache.size >= CACHE_LIMIT) analysisCache.clear();
    analysisCache.set(word, hit);
  }
  return hit ?? undefined;
}

/**
 * True when word is one correctly spelled Vietnamese syllable (any case, NFC or NFD, either tone style).
 * "hoà", "Hòa", "THUÝ", "nghiêng", "quốc", "gìn" → true; "café", "ban" with "ð", "baỏ" (tone on the wrong vowel) → false.
 */
export function isVietnameseSyllable(word: string, options?: SyllableOptions): boolean {
  const a = analyseSyllable(word);
  if (!a) return false;
  return a.tonePlaced || options?.anyTonePosition === true;
}

// Folded forms of every rhyme, for words typed without diacritics.
function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');
}
const FOLDED_RHYMES = new Set([...RHYMES].map(fold).concat([...QU_RHYMES].map((r) => 'u' + fold(r))));
const FOLDED_ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'q', 'th', 'tr', 'b', 'c', 'd', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', ''];

/** True when an ASCII word could be a Vietnamese syllable typed without diacritics ("Nguyen", "Viet", "hoa"). */
export function isFoldedVietnameseSyllable(ascii: string): boolean {
  const word = ascii.toLowerCase();
  if (!/^[a-z]+$/.test(word)) return false;
  for (const onset of FOLDED_ONSETS) {
    if (!word.startsWith(onset)) continue;
    const rest = word.slice(onset.length);
    if (rest ? FOLDED_RHYMES.has(rest) : onset === 'gi') return true;
  }
  return false;
}
