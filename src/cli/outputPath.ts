import * as path from 'path';

/**
 * How a path is compared with the others of one run: Windows and macOS disks treat DS.xlsx and ds.xlsx, or a name in
 * NFC and in NFD, as one file, so two copies must differ by more than that.
 */
export function pathKey(p: string): string {
  return path.resolve(p).normalize('NFC').toLowerCase();
}

/**
 * DIR/<name>.checked.xlsx for an input file (.xlsx or .xlsm: the copy is always an .xlsx, macros cannot be kept);
 * a path already in `taken` (an earlier input's copy, or an input itself) makes it "-2", "-3"…
 * `taken` holds pathKey()s.
 */
export function checkedCopyPath(outDir: string, input: string, taken: Set<string>): string {
  const base = path.basename(input).normalize('NFC').replace(/\.xls[xm]$/i, '');
  let candidate = path.join(outDir, `${base}.checked.xlsx`);
  for (let n = 2; taken.has(pathKey(candidate)); n++) candidate = path.join(outDir, `${base}-${n}.checked.xlsx`);
  taken.add(pathKey(candidate));
  return candidate;
}

/** A copy an earlier `check --out DIR` wrote: DIR/<name>.checked.xlsx. */
export function isCheckedCopyIn(outDir: string, file: string): boolean {
  return /\.checked\.xlsx$/i.test(file) && pathKey(path.dirname(file)) === pathKey(outDir);
}
