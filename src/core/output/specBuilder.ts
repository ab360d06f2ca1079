import type { SheetSpec, SpecCell, SpecStyle, SpecValue } from './sheetSpec';
import { emptySheetSpec } from './sheetSpec';

/** Small helper for report builders: place cells row by row without index bookkeeping everywhere. */
export class SpecBuilder {
  readonly spec: SheetSpec;

  constructor(name: string) {
    this.spec = emptySheetSpec(name);
  }

  set(row: number, col: number, value: SpecValue, extra: Omit<SpecCell, 'row' | 'col' | 'value'> = {}): void {
    this.spec.cells.push({ row, col, value, ...extra });
  }

  /** One cell spanning columns left..right of a row, value in the first. */
  mergedLine(row: number, left: number, right: number, value: SpecValue, style?: SpecStyle): void {
    this.set(row, left, value, style ? { style } : {});
    if (right > left) {
      // Style the covered cells too, so borders and fills span the merge.
      for (let c = left + 1; c <= right; c++) if (style?.border) this.set(row, c, null, { style });
      this.spec.merges.push({ top: row, left, bottom: row, right });
    }
  }

  widths(widths: number[]): void {
    widths.forEach((w, c) => (this.spec.columnWidths[c] = w));
  }

  height(row: number, points: number): void {
    this.spec.rowHeights[row] = points;
  }
}

/** Merge two styles (later wins). */
export function withStyle(base: SpecStyle | undefined, extra: SpecStyle): SpecStyle {
  return { ...(base ?? {}), ...extra };
}
