import type { CellRange } from '../../core/cells';
import { columnIndex } from '../../core/cells';

const MAX_ROW = 1048576;
const MAX_COL = 16383;

/**
 * An Excel address as Office.js reports it ("Sheet1!B3:D7", "'Đảng viên'!A5", "C:C", "4:9") → 0-based range.
 * Undefined when it cannot be read.
 */
export function parseRangeAddress(address: string): CellRange | undefined {
  const bang = address.lastIndexOf('!');
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim();
  const [a, b = a] = ref.split(':');
  const p = parsePart(a);
  const q = parsePart(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row ?? 0, q.row ?? MAX_ROW - 1),
    bottom: Math.max(p.row ?? 0, q.row ?? MAX_ROW - 1),
    left: Math.min(p.col ?? 0, q.col ?? MAX_COL),
    right: Math.max(p.col ?? 0, q.col ?? MAX_COL),
  };
}

function parsePart(part: string): { row?: number; col?: number } | undefined {
  const m = /^([A-Za-z]{0,3})(\d*)$/.exec(part);
  if (!m || (!m[1] && !m[2])) return undefined;
  return { col: m[1] ? columnIndex(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
}

/** "Sheet1!A1:B2, Sheet1!C3:C4" (RangeAreas.address) → ranges. */
export function parseAreaList(address: string): CellRange[] {
  if (!address) return [];
  const out: CellRange[] = [];
  // Split on commas outside quotes (sheet names may contain commas).
  let depth = false;
  let cur = '';
  for (const ch of address) {
    if (ch === "'") depth = !depth;
    if (ch === ',' && !depth) {
      out.push(...maybe(parseRangeAddress(cur)));
      cur = '';
    } else cur += ch;
  }
  out.push(...maybe(parseRangeAddress(cur)));
  return out;
}

const maybe = <T>(x: T | undefined): T[] => (x === undefined ? [] : [x]);
