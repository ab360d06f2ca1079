import type { FieldKey } from '../../fields';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';
import { LATIN1_VIETNAMESE_PAIRS, UNICODE_ONLY_VIETNAMESE_PAIRS, VIETNAMESE_CODE_LIMIT } from '../../text/alphabet';

/**
 * name-invalid and name-case for person names (members' full and birth names, account requests).
 * Case is judged against the column's prevailing style, so it is collected row by row and reported at the end.
 */

/** Letters (any script), combining marks, spaces, apostrophes and hyphens (H'Hen Niê, Ksor H'Bia). */
const NAME_CHARS = /^[\p{L}\p{M}' ’\-]+$/u;

/**
 * The reason a name is not a name, or undefined. `text` is cleaned (NFC, spaces collapsed).
 * A prefix joined by an apostrophe is a word of its own: "K'Brăn" (K'Ho) is "K' Brăn", two words.
 */
export function nameProblem(field: FieldKey, text: string): string | undefined {
  let ascii = true;
  let words = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return S.nameHasDigits(field, text);
    if (c === 32) words++;
    else if ((c === 39 || c === 0x2019 || c === MODIFIER_APOSTROPHE) && i > 0 && i + 1 < text.length && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i + 1) !== 32) {
      words++;
      if (c !== 39) ascii = false;
    } else if (c >= 128) ascii = false;
    else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45)) return S.nameHasSymbols(field, text);
  }
  if (!ascii && !NAME_CHARS.test(text)) return S.nameHasSymbols(field, text);
  if (words < 2) return S.nameSingleWord(field, text);
  return undefined;
}

/**
 * ʼ U+02BC, the apostrophe Unicode recommends inside names (HʼNhi): a letter to Unicode, so it is named here as
 * an apostrophe, or "HʼNhi" would read as a capital inside a word and be "fixed" to "Hʼnhi".
 */
const MODIFIER_APOSTROPHE = 0x02bc;

export type CaseStyle = 'title' | 'upper' | 'both' | 'lower' | 'mixed';
/** The styles NameCaseColumn keeps, by code. */
const STYLE_CODES: readonly CaseStyle[] = ['title', 'upper', 'lower', 'mixed'];

/** Title Case ("Nguyễn Thị Hà", "H'Hen Niê"), UPPER CASE, both (every word one letter), lower, or mixed. */
export function caseStyle(text: string): CaseStyle {
  const up = text.toUpperCase();
  const lo = text.toLowerCase();
  if (text === lo && text !== up) return 'lower';
  if (up.length !== text.length || lo.length !== text.length) return 'mixed';
  let title = true;
  // 0: a word's first letter (upper), 1: after an apostrophe or hyphen (either case: H'Bia, H'hen), 2: lower.
  let at = 0;
  for (let i = 0; i < text.length && title; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      at = 0;
      continue;
    }
    if (c === 39 || c === 45 || c === 0x2019 || c === MODIFIER_APOSTROPHE) {
      at = 1;
      continue;
    }
    if (at === 0 ? text[i] !== up[i] : at === 2 && text[i] !== lo[i]) title = false;
    at = 2;
  }
  const upper = text === up;
  if (title && upper) return 'both';
  if (title) return 'title';
  if (upper) return 'upper';
  return 'mixed';
}

const WORD_TITLE = "\\p{Lu}\\p{Ll}*(?:['’ʼ\\-]\\p{L}\\p{Ll}*)*";
const WORD_UPPER = "\\p{Lu}+(?:['’ʼ\\-]\\p{Lu}+)*";
/** A valid name of two or more words in Title Case / UPPER CASE: one regex decides the common case. */
const TITLE_NAME = new RegExp(`^${WORD_TITLE}(?: ${WORD_TITLE})+$`, 'u');
const UPPER_NAME = new RegExp(`^${WORD_UPPER}(?: ${WORD_UPPER})+$`, 'u');

/**
 * TITLE_NAME's and UPPER_NAME's verdict for names written in the Vietnamese alphabet, in one loop (most names;
 * the Unicode regexes cost several times more): 'title' or 'upper' when one of them matches (TITLE_NAME tried
 * first), undefined when neither does or a character is outside the alphabet (the regexes then decide).
 */
export function quickStyle(text: string): 'title' | 'upper' | undefined {
  return styleOfShape(nameShape(text));
}

/** The case style a nameShape decided, if any. */
export function styleOfShape(shape: number): 'title' | 'upper' | undefined {
  const style = shape & SHAPE_STYLE;
  return style === SHAPE_TITLE ? 'title' : style === SHAPE_UPPER ? 'upper' : undefined;
}

/** nameShape's bits: the style (0 when undecided) and the kinds of letters met. */
export const SHAPE_TITLE = 1;
export const SHAPE_UPPER = 2;
const SHAPE_STYLE = 3;
/** ă đ ơ ư ạ …: only Unicode Vietnamese has them. */
const SHAPE_UNICODE_ONLY = 4;
/** à â ê ô …: TCVN3/VNI mojibake is made of such letters too. */
const SHAPE_LATIN1 = 8;
/** The typographic apostrophe ’ (a name may hold it; the text checks look at it more closely). */
const SHAPE_CURLY = 16;

/**
 * One pass over a name: its case style as quickStyle says, and the kinds of letters in it. With a decided style
 * and letters that cannot be legacy text, the name is also clean text (nameIsCleanText), so the row scanner
 * checks a name column in this one pass.
 */
export function nameShape(text: string): number {
  let words = 1;
  let title = true;
  let upper = true;
  let kinds = 0;
  let at = 0; // 0: a word's first letter, 1: the letter after an apostrophe or hyphen, 2: inside a word
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 39 || c === 45 || c === 0x2019) {
      if (at !== 2) return 0; // a leading or double separator: no match
      if (c === 32) {
        words++;
        at = 0;
      } else {
        if (c === 0x2019) kinds |= SHAPE_CURLY;
        at = 1;
      }
      continue;
    }
    const k = c < LETTER_CASE.length ? LETTER_CASE[c] : 0;
    if (k === 0) return 0;
    if (c >= 0x80) kinds |= c < 0x100 ? SHAPE_LATIN1 : SHAPE_UNICODE_ONLY;
    if (at === 0 && k !== UPPER) return 0; // both patterns start a word with a capital
    if (at === 1) upper &&= k === UPPER;
    else if (at === 2) {
      if (k === UPPER) title = false;
      else upper = false;
    }
    at = 2;
  }
  if (at !== 2 || words < 2) return 0;
  return (title ? SHAPE_TITLE : upper ? SHAPE_UPPER : 0) | kinds;
}

/**
 * A name whose shape was decided is clean text (what checkTextCell would find clean at a glance) when it has no
 * typographic apostrophe and is plain ASCII or has a letter only Unicode has; Latin-1-only names go the long way
 * (they may be TCVN3/VNI text).
 */
export function nameIsCleanText(shape: number): boolean {
  if ((shape & SHAPE_STYLE) === 0 || (shape & SHAPE_CURLY) !== 0) return false;
  return (shape & SHAPE_LATIN1) === 0 || (shape & SHAPE_UNICODE_ONLY) !== 0;
}

const UPPER = 1;
const LOWER = 2;
/** Case of each letter of the Vietnamese alphabet by UTF-16 code (0: not such a letter). */
const LETTER_CASE = letterCases();

function letterCases(): Uint8Array {
  const cases = new Uint8Array(VIETNAMESE_CODE_LIMIT);
  const pair = ([capital, small]: readonly [number, number]) => {
    cases[capital] = UPPER;
    cases[small] = LOWER;
  };
  for (let c = 0x41; c <= 0x5a; c++) pair([c, c + 0x20]);
  LATIN1_VIETNAMESE_PAIRS.forEach(pair);
  UNICODE_ONLY_VIETNAMESE_PAIRS.forEach(pair);
  return cases;
}

/** A valid name's case style by the Unicode regexes (any script); undefined when it is not a valid name in either. */
export function regexStyle(text: string): 'title' | 'upper' | undefined {
  if (TITLE_NAME.test(text)) return 'title';
  if (UPPER_NAME.test(text)) return 'upper';
  return undefined;
}

/** name-invalid for one name; the case style goes to the column (when there is one). shape: its nameShape, if known. */
export function checkPersonName(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  text: string,
  column: NameCaseColumn | undefined,
  shape = nameShape(text),
): void {
  const style = styleOfShape(shape) ?? regexStyle(text);
  if (style !== undefined) {
    column?.addStyle(row, text, style);
    return;
  }
  const problem = nameProblem(field, text);
  if (problem) out.add(row, col, field, 'name-invalid', problem);
  else column?.add(row, text);
}

/** The name in a style, changing only case: never letters or tone marks (Thuý stays Thuý). */
export function toStyle(text: string, style: 'title' | 'upper'): string {
  if (style === 'upper') return text.toUpperCase();
  let out = '';
  let start = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const c = text.charCodeAt(i);
    if (c === 32 || c === 39 || c === 45 || c === 0x2019 || c === MODIFIER_APOSTROPHE) {
      out += ch;
      start = true;
      continue;
    }
    out += start ? ch.toUpperCase() : ch.toLowerCase();
    start = false;
  }
  return out;
}

/** Collects the styles of a name column, then reports the names that stray from the prevailing one. */
export class NameCaseColumn {
  /** The names to look at again in report(), in typed arrays sized up front (growing arrays copy themselves). */
  private rows: Int32Array;
  private styles: Uint8Array;
  private texts: string[];
  private count = 0;
  private title = 0;
  private upper = 0;
  /** Names in lower case or mixed case: they are fixed to Title Case when the column has no prevailing style. */
  private lowerOrMixed = 0;

  /** capacity: how many names the column will probably hold (the table's data rows). */
  constructor(
    private readonly col: number,
    private readonly field: FieldKey,
    capacity = 64,
  ) {
    this.rows = new Int32Array(capacity);
    this.styles = new Uint8Array(capacity);
    this.texts = new Array<string>(capacity);
  }

  add(row: number, text: string): void {
    this.addStyle(row, text, caseStyle(text));
  }

  addStyle(row: number, text: string, style: CaseStyle): void {
    if (style === 'title') this.title++;
    else if (style === 'upper') this.upper++;
    else if (style === 'lower' || style === 'mixed') this.lowerOrMixed++;
    if (style === 'both') return;
    if (this.count === this.rows.length) this.grow();
    this.rows[this.count] = row;
    this.styles[this.count] = STYLE_CODES.indexOf(style);
    this.texts[this.count] = text;
    this.count++;
  }

  private grow(): void {
    const rows = new Int32Array(this.rows.length * 2 + 16);
    rows.set(this.rows);
    this.rows = rows;
    const styles = new Uint8Array(rows.length);
    styles.set(this.styles);
    this.styles = styles;
  }

  /**
   * The column's prevailing style; undefined when Title and UPPER are equally common. In a tie, lower-case names
   * are fixed to Title Case, which then prevails: deciding so now keeps the fix idempotent (a second run would
   * otherwise flag the UPPER CASE names).
   */
  prevailing(): 'title' | 'upper' | undefined {
    if (this.title > this.upper) return 'title';
    if (this.upper > this.title) return 'upper';
    return this.title === 0 || this.lowerOrMixed > 0 ? 'title' : undefined;
  }

  report(out: Findings): void {
    const main = this.prevailing();
    for (let i = 0; i < this.count; i++) {
      const style = STYLE_CODES[this.styles[i]];
      const text = this.texts[i];
      let message: string | undefined;
      let fixed: string | undefined;
      if (style === 'lower' || style === 'mixed') {
        const target = main ?? 'title';
        fixed = toStyle(text, target);
        message = style === 'lower' ? S.nameCaseLower(text, fixed) : S.nameCaseMixed(text, fixed, target);
      } else if (main && style !== main) {
        fixed = toStyle(text, main);
        message = S.nameCaseStyle(text, fixed, main);
      }
      if (message && fixed !== undefined && fixed !== text) {
        out.add(this.rows[i], this.col, this.field, 'name-case', message, { suggestion: fixed, fix: textFix(fixed) });
      }
    }
  }
}
