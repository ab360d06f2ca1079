/**
 * Repair of tone marks typed on the wrong vowel by old keyboards: "baỏ" → "bảo", "lựơng" → "lượng",
 * "nghịêm" → "nghiệm", "đaị" → "đại". Only a syllable that is wrong where it stands and right with the tone
 * moved is changed; a correctly spelled syllable in either tone style ("hoà"/"hòa") is never touched.
 * Not applied automatically to names (a name's spelling must match the ID record): callers decide.
 */
import { analyseSyllable, isVietnameseSyllable } from './syllable';

const WORD = /[\p{L}\p{M}]+/gu;
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/;

/** The word with its tone moved to the right vowel, or undefined when there is nothing (safe) to repair. */
export function repairToneInWord(word: string): string | undefined {
  const a = analyseSyllable(word);
  if (!a || a.tone === 0 || isVietnameseSyllable(word)) return undefined;
  const target = a.tonePositions[a.tonePositions.length - 1];
  // Group the NFD word into letters with their marks, move the tone mark from one group to another.
  const groups: string[] = [];
  for (const ch of word.normalize('NFD')) {
    if (/\p{M}/u.test(ch) && groups.length) groups[groups.length - 1] += ch;
    else groups.push(ch);
  }
  if (groups.length !== a.letters.length) return undefined;
  const tone = groups[a.toneAt].match(TONE_MARKS)?.[0];
  if (!tone) return undefined;
  groups[a.toneAt] = groups[a.toneAt].replace(tone, '');
  groups[target] += tone;
  const repaired = groups.join('').normalize('NFC');
  return isVietnameseSyllable(repaired) ? repaired : undefined;
}

/** True when some word of text has a misplaced tone mark that repairToneMarks would fix. */
export function hasMisplacedTone(text: string): boolean {
  for (const w of text.match(WORD) ?? []) if (repairToneInWord(w) !== undefined) return true;
  return false;
}

/** text with every misplaced tone mark moved to its vowel; everything else unchanged. */
export function repairToneMarks(text: string): string {
  return text.replace(WORD, (w) => repairToneInWord(w) ?? w);
}
