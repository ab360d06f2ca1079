/** SheetData built in code, as the hosts report it (merged cells other than the first are empty). Synthetic data. */
import { parseAddress, type Cell, type CellRange, type SheetData } from '../../../src/core/cells';

export type V = string | number | null | undefined | Cell;

export function toCell(v: V): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return { type: 'text', value: v };
  if (typeof v === 'number') return { type: 'number', value: v, format: 'General' };
  return v;
}

/** "A5:C5" → 0-based range. */
export function range(ref: string): CellRange {
  const [a, b] = ref.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  return { top: p.row - 1, left: p.col, bottom: q.row - 1, right: q.col };
}

export function makeSheet(name: string, rows: V[][], merges: string[] = []): SheetData {
  return { name, rows: rows.map((r) => r.map(toCell)), merges: merges.map(range) };
}

export function dateCell(serial: number): Cell {
  return { type: 'date', value: serial, format: 'dd/mm/yyyy' };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Tô', 'Tống', 'Bàn', 'Trương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu'];
const GIVEN = ['An', 'Bình', 'Công', 'Dũng', 'Hà', 'Lan', 'Phương', 'Thúy', 'Hòa', 'Nam'];

/** A synthetic member's values by field (deterministic from i). */
export function member(i: number): Record<string, V> {
  const gender = i % 2 === 0 ? 'Nam' : 'Nữ';
  const year = 1950 + (i % 50);
  return {
    index: i,
    fullName: `${SURNAMES[i % 10]} ${MIDDLE[(i >> 1) % 5]} ${GIVEN[(i >> 2) % 10]}`,
    gender,
    birthDate: `${String((i % 28) + 1).padStart(2, '0')}/0${(i % 9) + 1}/${year}`,
    nationalId: `0371${String(year).slice(2)}${String(100000 + i).slice(-6)}`,
    admissionDate: `15/0${(i % 9) + 1}/${year + 25}`,
    officialDate: `15/0${(i % 9) + 1}/${year + 26}`,
    branch: `Chi bộ Thôn ${(i % 4) + 1}`,
    phone: `09${String(12345678 + i).slice(-8)}`,
    ethnicity: 'Kinh',
    religion: 'Không',
  };
}

/** A data row: the member's values in the given field order (undefined for unknown names = blank). */
export function memberRow(i: number, fields: string[]): V[] {
  const m = member(i);
  return fields.map((f) => m[f]);
}
