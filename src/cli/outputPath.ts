import * as path from 'path';

/** DIR/<name>.checked.xlsx for an input file; a second input with the same name gets "-2", "-3"… */
export function checkedCopyPath(outDir: string, input: string, taken: Set<string>): string {
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  let candidate = path.join(outDir, `${base}.checked.xlsx`);
  for (let n = 2; taken.has(candidate); n++) candidate = path.join(outDir, `${base}-${n}.checked.xlsx`);
  taken.add(candidate);
  return candidate;
}
