import { ACCOUNT_RIGHTS } from '../data/lists';
import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

const RIGHT_KEYS: readonly [string, number][] = Object.entries(ACCOUNT_RIGHTS).map(([n, name]) => [headerKey(name), Number(n)]);

// "Quyền 2", "Quyền số 2": the column's own word before the right.
const RIGHT_WORD = /^quyen (?:so )?/;

/**
 * The right a sub-column of "Quyền khai thác, sử dụng hệ thống" stands for: "Nhập liệu", "2. Nhập liệu", "(2)", "2",
 * "Quyền 2".
 */
export function rightOfLabel(label: string): number | undefined {
  const key = headerKey(label).replace(RIGHT_WORD, '');
  const numbered = /^([1-5])(?: (.*))?$/.exec(key);
  if (numbered) return Number(numbered[1]);
  for (const [name, n] of RIGHT_KEYS) if (key === name || key.includes(name)) return n;
  return undefined;
}

/**
 * A right named by a header of its own, with no "Quyền khai thác" above it: "Nhập liệu", "2. Nhập liệu",
 * "Quyền 2". A bare number is not one (a numbering row is made of those).
 */
export function namedRight(label: string): number | undefined {
  const key = headerKey(label);
  if (/^[1-5]$/.test(key)) return undefined;
  const right = rightOfLabel(label);
  if (right === undefined) return undefined;
  const rest = key.replace(RIGHT_WORD, '').replace(/^[1-5] ?/, '');
  return RIGHT_WORD.test(key) || RIGHT_KEYS.some(([name]) => rest === name) ? right : undefined;
}

/**
 * Phụ lục 01 with the rights spread over one column per right, marked with an x: the columns and their rights
 * are recorded (`rightsByMark`) instead of duplicate rights columns. Under a "Quyền" group any right label counts;
 * without one, only headers that name their right (namedRight).
 */
export function splitRights(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind !== 'accounts' || mapping.columns.rights === undefined) return mapping;
  const cols = [mapping.columns.rights, ...mapping.duplicateColumns.filter((d) => d.field === 'rights').map((d) => d.col)];
  if (cols.length < 2) return mapping;
  const marks: { col: number; right: number }[] = [];
  for (const col of cols) {
    const cell = cells.find((c) => c.col === col);
    const right = cell?.group ? rightOfLabel(cell.own) : cell ? namedRight(cell.own) : undefined;
    if (right === undefined) return mapping;
    marks.push({ col, right });
  }
  marks.sort((a, b) => a.col - b.col);
  return {
    ...mapping,
    columns: { ...mapping.columns, rights: marks[0].col },
    duplicateColumns: mapping.duplicateColumns.filter((d) => d.field !== 'rights'),
    rightsByMark: marks,
    score: mapping.score + 2,
  };
}
