import type { CellFix, Finding } from '../findings';

/**
 * One cell can carry several fixable findings (a TCVN3 name in lower case with a double space). Each rule's fix
 * is computed on the cell's cleaned text, so the most specific fix already contains the text repairs: its value
 * wins, and the font change of a legacy-encoding repair is kept with it.
 */

/** Specific rules first (their value includes the cleaning), generic text hygiene last. */
const VALUE_ORDER = [
  'date-text',
  'id-leading-zeros-lost',
  'id-stored-as-number',
  'phone-invalid',
  'gender-invalid',
  'org-type-invalid',
  'value-not-in-list',
  'name-case',
  // rules not listed here sit between the specific and the generic ones
  'text-legacy-encoding',
  'text-unicode',
  'text-whitespace',
];
const UNLISTED = VALUE_ORDER.indexOf('text-legacy-encoding') - 0.5;

export function valueOrder(rule: string): number {
  const i = VALUE_ORDER.indexOf(rule);
  return i < 0 ? UNLISTED : i;
}

/** The findings of one cell (each with a fix) → the fix to write. */
export function mergeFixes(findings: readonly Finding[]): CellFix {
  const sorted = [...findings].sort((a, b) => valueOrder(a.rule) - valueOrder(b.rule));
  const chosen = { ...(sorted[0].fix as CellFix) };
  if (chosen.font === undefined && !chosen.isDate) {
    const font = sorted.find((f) => f.fix?.font !== undefined)?.fix?.font;
    if (font !== undefined) chosen.font = font;
  }
  return chosen;
}
