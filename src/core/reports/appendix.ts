import type { AccountRecord } from '../records';
import type { SheetSpec, SpecStyle } from '../output/sheetSpec';
import { SpecBuilder } from '../output/specBuilder';
import {
  APPENDIX_HEADERS, APPENDIX_NOTE, APPENDIX_RIGHTS_LEGEND, APPENDIX_SHEET, APPENDIX_TITLES, appendixForcedNote,
} from '../strings/reports';

export interface AppendixOptions {
  /** Sheet name to use (already made unique by the caller); default "Phụ lục 01". */
  sheetName?: string;
  /** Typed once for everybody; used where a row has no province/commune of its own. */
  province?: string;
  commune?: string;
  /** Excel rows of the source table that still have errors and were included on the user's request. */
  errorRows?: ReadonlySet<number>;
}

export const APPENDIX_HEADER_ROW = 4; // 0-based: three title lines and a blank line above it
const LAST_COL = APPENDIX_HEADERS.length - 1;
const WIDTHS = [6, 16, 16, 24, 12, 16, 14, 20, 24, 20];

const BORDERED: SpecStyle = { border: true, vAlign: 'middle', wrap: true };
const HEADER: SpecStyle = { ...BORDERED, bold: true, hAlign: 'center', fill: 'D9E1F2' };
const FLAGGED = 'FFF2CC';

/** "1, 2" — the chosen rights as the form writes them. */
export function rightsText(rights: readonly number[] | undefined): string {
  return rights && rights.length ? [...rights].sort((a, b) => a - b).join(', ') : '';
}

/** Phụ lục 01 of Kế hoạch 291-KH/BTCTW as a sheet: the official titles, the ten columns, one row per person. */
export function buildAppendixSheet(records: readonly AccountRecord[], options: AppendixOptions = {}): SheetSpec {
  const b = new SpecBuilder(options.sheetName ?? APPENDIX_SHEET);
  APPENDIX_TITLES.forEach((title, i) => {
    b.mergedLine(i, 0, LAST_COL, title, { bold: i < 2, italic: i === 2, hAlign: 'center', wrap: true, size: i === 1 ? 13 : 12 });
  });
  b.height(1, 36);
  APPENDIX_HEADERS.forEach((h, c) => b.set(APPENDIX_HEADER_ROW, c, h, { type: 'text', style: HEADER }));
  b.height(APPENDIX_HEADER_ROW, 45);

  let row = APPENDIX_HEADER_ROW + 1;
  records.forEach((r, i) => {
    const flagged = options.errorRows?.has(r.row) ?? false;
    const style: SpecStyle = flagged ? { ...BORDERED, fill: FLAGGED } : BORDERED;
    const center: SpecStyle = { ...style, hAlign: 'center' };
    const text = (col: number, value: string | undefined, s: SpecStyle = style): void =>
      b.set(row, col, value ?? '', { type: 'text', format: '@', style: s });
    b.set(row, 0, i + 1, { type: 'number', style: center });
    text(1, r.province || options.province);
    text(2, r.commune || options.commune);
    text(3, r.fullName);
    if (r.birthDate !== undefined) b.set(row, 4, r.birthDate, { type: 'date', format: 'dd/mm/yyyy', style: center });
    else text(4, '', center);
    text(5, r.nationalId, center);
    text(6, r.phone, center);
    text(7, r.position);
    text(8, r.workplace);
    text(9, rightsText(r.rights), center);
    row++;
  });

  row++;
  b.mergedLine(row++, 0, LAST_COL, APPENDIX_RIGHTS_LEGEND, { wrap: true });
  b.height(row - 1, 30);
  b.mergedLine(row++, 0, LAST_COL, APPENDIX_NOTE, { italic: true });
  const flaggedCount = options.errorRows?.size ?? 0;
  if (flaggedCount > 0) b.mergedLine(row++, 0, LAST_COL, appendixForcedNote(flaggedCount), { italic: true, fill: FLAGGED });

  b.widths(WIDTHS);
  b.spec.print = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: { first: APPENDIX_HEADER_ROW, last: APPENDIX_HEADER_ROW },
  };
  b.spec.freezeRows = APPENDIX_HEADER_ROW + 1;
  return b.spec;
}
