/** Excel's limits on sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX_LENGTH = 31;

export function safeSheetName(name: string): string {
  const cleaned = name.replace(FORBIDDEN, ' ').trim() || 'Sheet';
  return cleaned.slice(0, MAX_LENGTH);
}

/**
 * A name not yet used in the workbook (case-insensitive, as Excel compares them): "Phụ lục 01",
 * then "Phụ lục 01 (2)", "Phụ lục 01 (3)" … We never overwrite a sheet the user already has.
 */
export function uniqueSheetName(desired: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.normalize('NFC').toLowerCase()));
  const base = safeSheetName(desired);
  if (!taken.has(base.normalize('NFC').toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate.normalize('NFC').toLowerCase())) return candidate;
  }
}
