/**
 * Builders of real .xlsx files for tests (exceljs), shared by every engineer's tests.
 * All people and numbers are synthetic.
 */
import { mkdtempSync, writeFileSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';

/** A cell in a spec: a plain value, or a value with number format / font / note. */
export type SpecValue = string | number | boolean | Date | null | undefined | ExcelJS.CellValue;
export interface SpecCell {
  v: SpecValue;
  numFmt?: string;
  font?: string;
  note?: string;
}
export type SpecEntry = SpecValue | SpecCell;

export interface SheetSpec {
  name: string;
  /** rows[0] is Excel row 1. */
  rows: SpecEntry[][];
  /** "A5:A6" … */
  merges?: string[];
  state?: 'visible' | 'hidden' | 'veryHidden';
}

export function makeTempDir(prefix = 'dvcheck-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

function isSpecCell(e: SpecEntry): e is SpecCell {
  return typeof e === 'object' && e !== null && !(e instanceof Date) && 'v' in (e as object);
}

/** UTC-midnight Date, how exceljs represents a calendar date. */
export function utcDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function buildWorkbook(sheets: SheetSpec[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.state ?? 'visible' });
    s.rows.forEach((row, r) => {
      row.forEach((entry, c) => {
        if (entry === undefined) return;
        const cell = ws.getCell(r + 1, c + 1);
        if (isSpecCell(entry)) {
          cell.value = entry.v as ExcelJS.CellValue;
          if (entry.numFmt) cell.numFmt = entry.numFmt;
          if (entry.font) cell.font = { name: entry.font };
          if (entry.note) cell.note = entry.note;
        } else {
          cell.value = entry as ExcelJS.CellValue;
          if (entry instanceof Date) cell.numFmt = 'dd/mm/yyyy';
        }
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return wb;
}

/** Writes the sheets to DIR/name and returns the path. */
export async function writeWorkbook(dir: string, name: string, sheets: SheetSpec[]): Promise<string> {
  const file = path.join(dir, name);
  await buildWorkbook(sheets).xlsx.writeFile(file);
  return file;
}

export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * A member sheet as users keep them: two title rows, a blank row, a two-row header with "Ngày tháng" merged over
 * "Vào Đảng" / "Chính thức", then data rows with the usual variety. `rows` are extra data rows appended after the
 * built-in ones (each: name, gender, birth, id, admission, official, branch, phone, address).
 */
export function memberSheet(extraRows: SpecEntry[][] = [], name = 'Đảng viên'): SheetSpec {
  const header1 = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày tháng', null, 'Chi bộ', 'Số điện thoại', 'Nơi thường trú'];
  const header2 = [null, null, null, null, null, 'Vào Đảng', 'Chính thức', null, null, null];
  const data: SpecEntry[][] = [
    [1, 'Nguyễn Thị Lan', 'Nữ', utcDate(1953, 4, 12), '037153000257', utcDate(1975, 3, 26), utcDate(1976, 3, 26), 'Chi bộ Thôn 1', '0912345678', 'Thôn 1, xã Yên Lạc, tỉnh Ninh Bình'],
    [2, 'Trần Văn Minh', 'Nam', '05/06/1980', '001080012345', '19/05/2005', '19/05/2006', 'Chi bộ Thôn 1', '0987654321', 'Thôn 2, xã Yên Lạc, tỉnh Ninh Bình'],
    // Text date not in dd/mm/yyyy, ID as a number with lost zero and no format.
    [3, 'Lê Văn Hùng', 'Nam', '1975-09-02', { v: 37075001234 }, utcDate(2000, 1, 3), utcDate(2001, 1, 3), 'Chi bộ Thôn 2', '0903111222', 'Thôn 3, xã Yên Lạc, tỉnh Ninh Bình'],
    // ID as a number shown with twelve digits by a custom format.
    [4, 'Phạm Thị Hoa', 'Nữ', utcDate(1990, 7, 15), { v: 37190005678, numFmt: '000000000000' }, utcDate(2015, 2, 3), utcDate(2016, 2, 3), 'Chi bộ Thôn 2', '0356789012', 'Thôn 4, xã Yên Lạc, tỉnh Ninh Bình'],
    // A formula cell (cached result) and an error cell.
    [5, { v: { formula: 'PROPER("hoàng văn nam")', result: 'Hoàng Văn Nam' } }, 'Nam', utcDate(1985, 12, 1), '037085009999', utcDate(2010, 6, 1), utcDate(2011, 6, 1), 'Chi bộ Thôn 1', { v: { error: '#N/A' } }, 'Thôn 1, xã Yên Lạc, tỉnh Ninh Bình'],
    ...extraRows,
  ];
  return {
    name,
    rows: [
      ['ĐẢNG BỘ XÃ YÊN LẠC'],
      ['DANH SÁCH ĐẢNG VIÊN'],
      [],
      header1,
      header2,
      ...data,
    ],
    merges: ['A1:J1', 'A2:J2', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:G4', 'H4:H5', 'I4:I5', 'J4:J5'],
  };
}

/** An organisation sheet matching memberSheet's branches. */
export function organisationSheet(name = 'Tổ chức đảng'): SheetSpec {
  return {
    name,
    rows: [
      ['DANH SÁCH TỔ CHỨC ĐẢNG'],
      [],
      ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'],
      [1, 'Đảng bộ xã Yên Lạc', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
      [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Lạc', 'Đang hoạt động'],
      [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Lạc', 'Đang hoạt động'],
    ],
  };
}

/** The first bytes of an OLE compound file: what an encrypted .xlsx or an old .xls starts with. */
export function cfbBytes(stream: string | null = 'EncryptedPackage'): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  if (stream !== null) b.write(stream, 600, 'utf16le'); // a directory entry's name, zero-padded
  return b;
}

/** A valid .xlsx cut in half: starts like a zip, cannot be unzipped. */
export function truncatedZip(validXlsx: string): Buffer {
  const bytes = readFileSync(validXlsx);
  return bytes.subarray(0, Math.floor(bytes.length / 2));
}

export function writeBytes(dir: string, name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
